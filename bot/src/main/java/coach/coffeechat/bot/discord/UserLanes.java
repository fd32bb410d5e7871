package coach.coffeechat.bot.discord;

import coach.coffeechat.engine.UserId;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * One lane per user on a shared pool of workers: a user's work runs in the order it was queued, one piece at a
 * time, while other users' work runs alongside. A piece that fails does not hold up the next. Thread-safe.
 */
final class UserLanes {
    private final Executor workers;
    private final Map<String, CompletableFuture<?>> lanes = new ConcurrentHashMap<>();

    /** Lanes whose work runs on {@code workers}. */
    UserLanes(Executor workers) {
        this.workers = Objects.requireNonNull(workers, "workers");
    }

    /** A fixed pool of {@code threads} daemon workers for the lanes, never JDA's gateway thread. */
    static ExecutorService workerPool(int threads) {
        return Executors.newFixedThreadPool(threads, DaemonThreads.named("coach-discord-worker"));
    }

    /** Queues {@code work} behind everything already queued for this user. */
    <T> CompletableFuture<T> run(UserId user, Supplier<T> work) {
        String key = user.toString();
        CompletableFuture<T>[] created = newHolder();
        lanes.compute(key, (k, tail) -> {
            CompletableFuture<?> before = tail == null ? CompletableFuture.completedFuture(null) : tail;
            created[0] = before.handle((ignored, failure) -> null).thenApplyAsync(ignored -> work.get(), workers);
            return created[0];
        });
        CompletableFuture<T> mine = created[0];
        mine.whenComplete((ignored, failure) -> lanes.remove(key, mine));
        return mine;
    }

    /**
     * Waits until every lane has run to its end, work queued meanwhile included, or until {@code window} has passed
     * on the scheduler's clock, whichever comes first.
     *
     * @return how many users still had work in hand: 0 when every lane ran to its end
     * @throws InterruptedException when interrupted while waiting
     */
    int drain(Duration window, DeferralScheduler scheduler) throws InterruptedException {
        if (lanes.isEmpty()) {
            return 0;
        }
        CompletableFuture<Void> timeUp = new CompletableFuture<>();
        DeferralScheduler.Cancellable deadline = scheduler.schedule(window, () -> timeUp.complete(null));
        try {
            // A lane's tail completes after everything queued before it; new tails may join while we wait.
            while (!lanes.isEmpty() && !timeUp.isDone()) {
                CompletableFuture<?>[] tails = lanes.values().toArray(CompletableFuture[]::new);
                try {
                    CompletableFuture.anyOf(CompletableFuture.allOf(tails), timeUp).get();
                } catch (ExecutionException failedWorkWasAnsweredAlready) {
                    // Each failure was answered and logged by its own interaction.
                }
            }
        } finally {
            deadline.cancel();
        }
        return lanes.size();
    }

    @SuppressWarnings("unchecked")
    private static <T> CompletableFuture<T>[] newHolder() {
        return new CompletableFuture[1];
    }
}
