package coach.coffeechat.followup;

import coach.coffeechat.engine.IdleFlows;
import coach.coffeechat.engine.TimerDuty;
import coach.coffeechat.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timer: claims due follow-ups under a lease, words them, hands each to the sink, and records the outcome.
 * Delivery is at least once with an idempotency key: if the process dies after posting and before recording,
 * the lease runs out, the prompt is claimed again, and the sink's key keeps it from being posted twice. On start
 * it catches up on everything that fell due while it was down; repeats of one prompt collapse to the newest.
 * A failed delivery backs off and retries; after too many, or when the user cannot be reached, the prompt is
 * held for their next interaction. One bad row never stops the others.
 *
 * <p>{@link #runOnce()} does one round with the injected clock (tests call it directly); {@link #start()} runs
 * rounds on a background thread every poll interval, and earlier when {@link #wakeAt(Instant)} asks.
 * Thread-safe.
 */
public final class FollowUpScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpScheduler.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);

    private final DataSource dataSource;
    private final FollowUpRepository followUps;
    private final FollowUpPlanner planner;
    private final FollowUpRenderer renderer;
    private final FollowUpSink sink;
    private final Clock clock;
    private final FollowUpSettings settings;
    private final List<TimerDuty> duties;
    private final IdleFlows idleFlows;
    private final Object roundLock = new Object();
    private ScheduledExecutorService executor;
    private ScheduledFuture<?> nextRound;
    private Instant nextRoundAt = Instant.MAX;

    /**
     * @param dataSource the database
     * @param followUps the follow_ups table
     * @param planner schedules what a delivery leads to, and idle-flow reminders
     * @param renderer words each prompt
     * @param sink where prompts go
     * @param clock where time comes from
     * @param settings poll interval, lease, batch size, attempts
     * @param duties what the features ask every round to do before due prompts are claimed
     * @param idleFlows the engine's account of open flows, for naming the flow a reminder is about
     */
    FollowUpScheduler(DataSource dataSource, FollowUpRepository followUps, FollowUpPlanner planner,
                      FollowUpRenderer renderer, FollowUpSink sink, Clock clock, FollowUpSettings settings,
                      List<TimerDuty> duties, IdleFlows idleFlows) {
        this.dataSource = dataSource;
        this.followUps = followUps;
        this.planner = planner;
        this.renderer = renderer;
        this.sink = sink;
        this.clock = clock;
        this.settings = settings;
        this.duties = List.copyOf(duties);
        this.idleFlows = idleFlows;
    }

    /** What one round did. */
    public record Round(int claimed, int delivered, int held, int retried, int dropped) {
    }

    /** One round: claim a batch of due prompts and deliver them. */
    public Round runOnce() {
        synchronized (roundLock) {
            Instant now = clock.instant();
            List<FollowUp> claimed = Database.inTransaction(dataSource, connection -> {
                for (TimerDuty duty : duties) {
                    duty.runDue(connection, now, settings.batchSize());
                }
                return followUps.claimDue(connection, now, now.plus(settings.lease()), settings.batchSize());
            });
            if (claimed.isEmpty()) {
                return new Round(0, 0, 0, 0, 0);
            }
            List<FollowUp> superseded = new ArrayList<>();
            List<FollowUp> latest = collapse(claimed, superseded);
            Map<FollowUp, Optional<FollowUpPrompt>> prompts = render(latest);
            Outcomes outcomes = new Outcomes();
            outcomes.dropped.addAll(superseded);
            for (Map.Entry<FollowUp, Optional<FollowUpPrompt>> entry : prompts.entrySet()) {
                deliver(entry.getKey(), entry.getValue(), outcomes);
            }
            record(outcomes, now);
            return new Round(claimed.size(), outcomes.delivered.size(), outcomes.held.size(), outcomes.retried.size(),
                    outcomes.dropped.size());
        }
    }

    /** Rounds until nothing more is due: what start-up does first, after time spent down. */
    public int catchUp() {
        int delivered = 0;
        Round round;
        do {
            round = runOnce();
            delivered += round.delivered();
        } while (round.claimed() >= settings.batchSize());
        return delivered;
    }

    /** Starts the background rounds: a catch-up now, then every poll interval (or earlier when woken). */
    public synchronized void start() {
        if (executor != null) {
            throw new IllegalStateException("the follow-up timer is already running");
        }
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "coffeechat-followups");
            thread.setDaemon(true);
            return thread;
        });
        // On close, a round already running finishes; the next one, merely scheduled, does not start.
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        pool.setRemoveOnCancelPolicy(true);
        executor = pool;
        scheduleRound(Duration.ZERO);
    }

    /** Makes sure a round runs by {@code when}, for something scheduled sooner than the next poll. */
    public synchronized void wakeAt(Instant when) {
        if (executor == null || !when.isBefore(nextRoundAt)) {
            return;
        }
        Duration delay = Duration.between(clock.instant(), when);
        scheduleRound(delay.isNegative() ? Duration.ZERO : delay);
    }

    /**
     * Stops the rounds: one already running finishes (for up to ten seconds), none starts after. The wait happens
     * outside this object's lock, which the running round needs to finish.
     */
    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = executor;
            if (running == null) {
                return;
            }
            running.shutdown();
        }
        try {
            if (!running.awaitTermination(10, TimeUnit.SECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void scheduleRound(Duration delay) {
        if (nextRound != null) {
            nextRound.cancel(false);
        }
        nextRoundAt = clock.instant().plus(delay);
        nextRound = executor.schedule(this::backgroundRound, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void backgroundRound() {
        try {
            int delivered = catchUp();
            if (delivered > 0) {
                LOG.info("delivered {} follow-up prompts", delivered);
            }
        } catch (RuntimeException e) {
            LOG.error("a follow-up round failed; trying again at the next poll", e);
        }
        Duration delay = settings.pollInterval();
        try {
            Optional<Instant> next = Database.inTransaction(dataSource, followUps::nextWake);
            if (next.isPresent()) {
                Duration untilNext = Duration.between(clock.instant(), next.get());
                if (untilNext.compareTo(delay) < 0) {
                    delay = untilNext.isNegative() ? Duration.ZERO : untilNext;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("could not read when the next follow-up is due; polling at the usual interval", e);
        }
        synchronized (this) {
            if (!executor.isShutdown()) {
                scheduleRound(delay);
            }
        }
    }

    /** Keeps the newest of several claimed prompts of one kind for one contact (or one user's flows). */
    private static List<FollowUp> collapse(List<FollowUp> claimed, List<FollowUp> superseded) {
        Map<String, FollowUp> newest = new LinkedHashMap<>();
        for (FollowUp followUp : claimed) {
            String key = followUp.owner().value() + "|" + followUp.contactId() + "|" + followUp.kind();
            FollowUp other = newest.get(key);
            if (other == null) {
                newest.put(key, followUp);
            } else if (followUp.dueAt().isAfter(other.dueAt())) {
                superseded.add(other);
                newest.put(key, followUp);
            } else {
                superseded.add(followUp);
            }
        }
        return new ArrayList<>(newest.values());
    }

    private Map<FollowUp, Optional<FollowUpPrompt>> render(List<FollowUp> followUps) {
        return Database.withConnection(dataSource, "cannot read what the follow-ups are about", connection -> {
            Map<FollowUp, Optional<FollowUpPrompt>> prompts = new LinkedHashMap<>();
            for (FollowUp followUp : followUps) {
                try {
                    prompts.put(followUp, renderer.render(connection, followUp,
                            () -> idleFlows.openFlowTitle(connection, followUp.owner())));
                } catch (RuntimeException e) {
                    LOG.error("follow-up {} ({}) could not be worded", followUp.id(), followUp.kind().id(), e);
                    prompts.put(followUp, null);
                }
            }
            return prompts;
        });
    }

    private void deliver(FollowUp followUp, Optional<FollowUpPrompt> prompt, Outcomes outcomes) {
        if (prompt == null) {
            outcomes.failed(followUp);
            return;
        }
        if (prompt.isEmpty()) {
            outcomes.dropped.add(followUp);
            return;
        }
        FollowUpSink.Delivery delivery;
        try {
            delivery = sink.deliver(prompt.get());
        } catch (RuntimeException e) {
            LOG.error("the sink failed on follow-up {}", followUp.id(), e);
            delivery = new FollowUpSink.Failed(e.getClass().getSimpleName());
        }
        if (delivery instanceof FollowUpSink.Delivered) {
            outcomes.delivered.add(followUp);
        } else if (delivery instanceof FollowUpSink.Undeliverable undeliverable) {
            LOG.info("follow-up {} cannot reach user {} now ({}); holding it for their next interaction",
                    followUp.id(), followUp.owner(), undeliverable.reason());
            outcomes.held.add(followUp);
        } else {
            LOG.warn("follow-up {} failed to deliver ({}); attempt {}", followUp.id(),
                    ((FollowUpSink.Failed) delivery).reason(), followUp.attempts());
            outcomes.failed(followUp);
        }
    }

    private void record(Outcomes outcomes, Instant now) {
        Database.inTransaction(dataSource, connection -> {
            followUps.markSent(connection, outcomes.delivered, now);
            for (FollowUp followUp : outcomes.delivered) {
                planner.delivered(connection, followUp, now);
            }
            for (FollowUp followUp : outcomes.held) {
                followUps.hold(connection, followUp.id(), now);
            }
            for (FollowUp followUp : outcomes.retried) {
                if (followUp.attempts() >= settings.maxAttempts()) {
                    followUps.hold(connection, followUp.id(), now);
                } else {
                    followUps.retryAt(connection, followUp.id(), now.plus(backoff(followUp.attempts())), now);
                }
            }
            followUps.supersede(connection, outcomes.dropped, now);
            return null;
        });
    }

    /** 1, 2, 4, 8 ... minutes after each failed attempt, at most six hours. */
    static Duration backoff(int attempts) {
        Duration delay = Duration.ofMinutes(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    /** Where each claimed prompt ended up in one round. */
    private static final class Outcomes {
        final List<FollowUp> delivered = new ArrayList<>();
        final List<FollowUp> held = new ArrayList<>();
        final List<FollowUp> retried = new ArrayList<>();
        final List<FollowUp> dropped = new ArrayList<>();

        void failed(FollowUp followUp) {
            retried.add(followUp);
        }
    }
}
