package coach.coffeechat.followup;

import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.engine.IdleFlows;
import coach.coffeechat.engine.TimerDuty;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import coach.coffeechat.user.UserLanguages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
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
 * Each prompt is checked against what is true now just before it is sent, under a lease renewed for it, and its
 * outcome is recorded on its own ({@link ClaimedDelivery}): a prompt cancelled, settled or taken by another timer
 * meanwhile is neither sent nor followed up, and one bad row never undoes the others. A failed delivery backs off
 * and retries; after too many, or when the user cannot be reached, the prompt is held for their next interaction.
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
    private final ClaimedDelivery delivery;
    private final UserLanguages languages;
    private final IdleFlows idleFlows;
    private final Clock clock;
    private final FollowUpSettings settings;
    private final List<TimerDuty> duties;
    private final FollowUpMetrics metrics;
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
     * @param idleFlows the engine's account of open flows: the flow a reminder names, and whether it is still idle
     * @param metrics what the rounds count
     * @param languages the language each prompt is worded and delivered in: its owner's
     */
    FollowUpScheduler(DataSource dataSource, FollowUpRepository followUps, FollowUpPlanner planner,
                      FollowUpRenderer renderer, FollowUpSink sink, Clock clock, FollowUpSettings settings,
                      List<TimerDuty> duties, IdleFlows idleFlows, FollowUpMetrics metrics,
                      UserLanguages languages) {
        this.dataSource = dataSource;
        this.languages = languages;
        this.idleFlows = idleFlows;
        this.followUps = followUps;
        this.delivery = new ClaimedDelivery(dataSource, followUps, planner, renderer, sink, clock, settings,
                idleFlows);
        this.clock = clock;
        this.settings = settings;
        this.duties = List.copyOf(duties);
        this.metrics = metrics;
    }

    /**
     * What one round did.
     *
     * @param claimed prompts claimed
     * @param delivered handed to the sink and taken
     * @param held kept for the user's next interaction
     * @param retried failed, to be tried again
     * @param dropped cancelled without being shown: superseded or no longer wanted
     * @param lost not sent because they changed after the claim: cancelled, settled, or claimed by another timer
     */
    public record Round(int claimed, int delivered, int held, int retried, int dropped, int lost) {
    }

    /** One round: claim a batch of due prompts and deliver them one by one. */
    public Round runOnce() {
        synchronized (roundLock) {
            Instant now = clock.instant();
            Instant leaseUntil = now.plus(settings.lease());
            List<FollowUp> claimed = Database.inTransaction(dataSource, connection -> {
                for (TimerDuty duty : duties) {
                    duty.runDue(connection, now, settings.batchSize());
                }
                List<FollowUp> due = followUps.claimDue(connection, now, leaseUntil, settings.batchSize());
                metrics.stillDue(followUps.countDue(connection, now));
                return due;
            });
            metrics.claimed(claimed.size());
            Map<ClaimedDelivery.Outcome, Integer> outcomes = new EnumMap<>(ClaimedDelivery.Outcome.class);
            List<FollowUp> superseded = new ArrayList<>();
            List<FollowUp> newest = collapse(claimed, superseded);
            for (FollowUp followUp : superseded) {
                settle(outcomes, delivery.withdraw(followUp));
            }
            for (FollowUp followUp : newest) {
                // Worded and handed to the sink in its owner's language, buttons and all.
                try (LanguageScope scope = LanguageScope.open(languageOf(followUp.owner()))) {
                    settle(outcomes, delivery.deliver(followUp, leaseUntil));
                }
            }
            return new Round(claimed.size(), outcomes.getOrDefault(ClaimedDelivery.Outcome.DELIVERED, 0),
                    outcomes.getOrDefault(ClaimedDelivery.Outcome.HELD, 0),
                    outcomes.getOrDefault(ClaimedDelivery.Outcome.RETRIED, 0),
                    outcomes.getOrDefault(ClaimedDelivery.Outcome.DROPPED, 0),
                    outcomes.getOrDefault(ClaimedDelivery.Outcome.LOST, 0));
        }
    }

    private void settle(Map<ClaimedDelivery.Outcome, Integer> outcomes, ClaimedDelivery.Outcome outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
        metrics.settled(outcome);
    }

    private Language languageOf(UserId owner) {
        return Database.inTransaction(dataSource, connection -> languages.stored(connection, owner,
                idleFlows.language(connection, owner)));
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

    /** 1, 2, 4, 8 ... minutes after each failed attempt, at most six hours. */
    static Duration backoff(int attempts) {
        Duration delay = Duration.ofMinutes(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }
}
