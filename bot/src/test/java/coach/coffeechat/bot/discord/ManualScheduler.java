package coach.coffeechat.bot.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A {@link DeferralScheduler} whose clock stands still until a test moves it with {@link #advance}: the tasks that
 * fall due then run, in the order they fall due, on the test's thread. Nothing sleeps and nothing depends on how
 * fast the machine is. Thread-safe, so that a router on real threads (JDA's, the workers') may schedule on it;
 * {@link #awaitScheduled} waits, bounded, for such a thread to have scheduled.
 */
final class ManualScheduler implements DeferralScheduler {
    private final List<Task> pending = new ArrayList<>();
    private Duration now = Duration.ZERO;
    private long scheduled;
    private boolean closed;

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        if (closed) {
            throw new RejectedExecutionException("the scheduler is closed");
        }
        Task added = new Task(now.plus(delay), scheduled++, task);
        pending.add(added);
        notifyAll();
        return () -> cancel(added);
    }

    private synchronized void cancel(Task task) {
        pending.remove(task);
    }

    /** Moves the clock on by {@code by}, running every task that falls due meanwhile; returns how many ran. */
    int advance(Duration by) {
        Duration until;
        synchronized (this) {
            until = now.plus(by);
        }
        int ran = 0;
        while (true) {
            Task due;
            synchronized (this) {
                due = pending.stream().filter(task -> task.due().compareTo(until) <= 0)
                        .min(Comparator.comparing(Task::due).thenComparingLong(Task::order)).orElse(null);
                if (due == null) {
                    now = until;
                    return ran;
                }
                pending.remove(due);
                now = due.due();
            }
            // Outside the lock: the task may schedule again, or wake a thread that does.
            due.run().run();
            ran++;
        }
    }

    /** How many tasks wait for their time. */
    synchronized int pending() {
        return pending.size();
    }

    /** How many tasks were ever scheduled, run and cancelled ones included. */
    synchronized long scheduled() {
        return scheduled;
    }

    /**
     * Waits until {@code count} tasks in all have been scheduled, for another thread to schedule one.
     *
     * @throws AssertionError if that does not happen within {@code bound}
     */
    synchronized void awaitScheduled(long count, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (scheduled < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("only " + scheduled + " of " + count + " task(s) were scheduled");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Takes no more tasks; those still pending never run. */
    @Override
    public synchronized void close() {
        closed = true;
    }

    private record Task(Duration due, long order, Runnable run) {
    }
}
