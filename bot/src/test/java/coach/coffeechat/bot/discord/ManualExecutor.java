package coach.coffeechat.bot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Workers for a router under test that run nothing by themselves: tasks wait in a queue until the test calls
 * {@link #runQueued()}, and then run on the test's thread. So a test sees exactly what the router does on the
 * calling (gateway) thread, then exactly what its workers do, with no thread to wait for. Thread-safe; the tasks run
 * on the thread that calls {@link #runQueued()}.
 */
final class ManualExecutor extends AbstractExecutorService {
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private volatile boolean shutdown;

    @Override
    public void execute(Runnable command) {
        if (shutdown) {
            throw new RejectedExecutionException("the workers are shut down");
        }
        queue.add(command);
    }

    /** Runs the queued tasks, and those they queue, until none is left; returns how many ran. */
    int runQueued() {
        int ran = 0;
        for (Runnable next = queue.poll(); next != null; next = queue.poll()) {
            next.run();
            ran++;
        }
        return ran;
    }

    /** How many tasks wait to be run. */
    int queued() {
        return queue.size();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> dropped = new ArrayList<>(queue);
        queue.clear();
        return dropped;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && queue.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }
}
