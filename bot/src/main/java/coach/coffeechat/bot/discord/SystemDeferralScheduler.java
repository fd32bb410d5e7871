package coach.coffeechat.bot.discord;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The {@link DeferralScheduler} on the real clock: one daemon thread, cancelled tasks leaving its queue at once. */
final class SystemDeferralScheduler implements DeferralScheduler {
    /** How long closing waits for a task that is running. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(1);

    private final ScheduledThreadPoolExecutor executor =
            new ScheduledThreadPoolExecutor(1, DaemonThreads.named("coach-discord-defer"));

    SystemDeferralScheduler() {
        // A timer is cancelled once its interaction is answered; cancelled timers leave the queue at once.
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> future = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
