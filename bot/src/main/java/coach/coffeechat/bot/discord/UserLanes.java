package coach.coffeechat.bot.discord;

import coach.coffeechat.engine.UserId;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * One lane per user on a shared pool of workers: a user's work runs in the order it was queued, one piece at a
 * time, while other users' work runs alongside. A piece that fails does not hold up the next. While a piece runs,
 * the log's MDC carries the user's id ({@value #MDC_USER}). Thread-safe.
 */
final class UserLanes {
    /** The MDC key of the user whose work is running: their Discord id, never their name. */
    static final String MDC_USER = "user";
    /** Pieces of work queued or running, in all lanes. */
    static final String QUEUED = "coffeechat.lanes.queued";
    /** Users with work queued or running. */
    static final String BUSY_USERS = "coffeechat.lanes.users";

    private final Executor workers;
    private final Map<String, CompletableFuture<?>> lanes = new ConcurrentHashMap<>();
    private final AtomicInteger queued = new AtomicInteger();

    /** Lanes whose work runs on {@code workers}. */
    UserLanes(Executor workers) {
        this.workers = Objects.requireNonNull(workers, "workers");
    }

    /** A fixed pool of {@code threads} daemon workers for the lanes, never JDA's gateway thread. */
    static ExecutorService workerPool(int threads) {
        return Executors.newFixedThreadPool(threads, DaemonThreads.named("coach-discord-worker"));
    }

    /** Shows how deep the lanes are in {@code meters}: pieces queued or running, and users with work in hand. */
    void measure(MeterRegistry meters) {
        Gauge.builder(QUEUED, queued, AtomicInteger::get).strongReference(true)
                .description("Pieces of users' work queued or running in the lanes").register(meters);
        Gauge.builder(BUSY_USERS, lanes, Map::size).strongReference(true)
                .description("Users with work queued or running").register(meters);
    }

    /** Queues {@code work} behind everything already queued for this user. */
    <T> CompletableFuture<T> run(UserId user, Supplier<T> work) {
        String key = user.toString();
        CompletableFuture<T>[] created = newHolder();
        queued.incrementAndGet();
        lanes.compute(key, (k, tail) -> {
            CompletableFuture<?> before = tail == null ? CompletableFuture.completedFuture(null) : tail;
            created[0] = before.handle((ignored, failure) -> null).thenApplyAsync(ignored -> {
                MDC.put(MDC_USER, key);
                try {
                    return work.get();
                } finally {
                    MDC.remove(MDC_USER);
                }
            }, workers);
            return created[0];
        });
        CompletableFuture<T> mine = created[0];
        mine.whenComplete((ignored, failure) -> {
            queued.decrementAndGet();
            lanes.remove(key, mine);
        });
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
