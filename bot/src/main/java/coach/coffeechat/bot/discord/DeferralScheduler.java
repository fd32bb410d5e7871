package coach.coffeechat.bot.discord;

import java.time.Duration;

/**
 * Where the {@link InteractionRouter} gets its time: runs a task once a delay has passed, unless it was cancelled
 * first. Through it the router defers a slow answer, says it is still working when a modal cannot open in time, and
 * stops waiting for queued work when closing. {@link #system()} runs on the real clock; tests use a manual one whose
 * time they advance themselves, so nothing has to sleep. Implementations are thread-safe.
 */
interface DeferralScheduler extends AutoCloseable {
    /**
     * Runs {@code task} once {@code delay} has passed on this scheduler's clock, on a thread of its own choosing.
     *
     * @return a handle to cancel the task before it runs
     */
    Cancellable schedule(Duration delay, Runnable task);

    /** Takes no more tasks and waits briefly for those already scheduled (when the router closes, none are). */
    @Override
    void close();

    /** The real clock: one daemon thread of a {@link java.util.concurrent.ScheduledThreadPoolExecutor}. */
    static DeferralScheduler system() {
        return new SystemDeferralScheduler();
    }

    /** A task scheduled and maybe not run yet. */
    @FunctionalInterface
    interface Cancellable {
        /** Makes sure the task does not run unless it has started already; harmless once it has run. */
        void cancel();
    }
}
