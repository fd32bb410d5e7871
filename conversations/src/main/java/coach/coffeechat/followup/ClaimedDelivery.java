package coach.coffeechat.followup;

import coach.coffeechat.engine.IdleFlows;
import coach.coffeechat.store.Database;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one claimed prompt to the user and records what became of it. Just before the prompt is handed to the sink
 * it is checked again, in a short transaction of its own: the timer's claim must still hold (a reply cancels the
 * row, a click settles it, another timer claims it once the lease ran out), and once less than half the lease is
 * left it is renewed for a whole lease, so that no other timer takes it while it is in flight (the lease, at least a
 * minute, outlasts one delivery; a commit per prompt only when needed keeps a round of fast deliveries fast); the prompt must still be wanted (the flow it reminds of is
 * still left as it was) and is worded from what is true now. No transaction is open while the sink works. The
 * outcome is recorded in a transaction of its own too, only if the claim still holds, so a failing row undoes
 * nothing of another's; and the follow-on of a prompt is planned in the same transaction, only when that update
 * marked the row sent for the first time. Thread-safe.
 */
final class ClaimedDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimedDelivery.class);

    private final DataSource dataSource;
    private final FollowUpRepository followUps;
    private final FollowUpPlanner planner;
    private final FollowUpRenderer renderer;
    private final FollowUpSink sink;
    private final Clock clock;
    private final FollowUpSettings settings;
    private final IdleFlows idleFlows;

    /** Where one claimed prompt ended up. */
    enum Outcome {
        /** The sink has it. */
        DELIVERED,
        /** It cannot reach the user now and waits for their next interaction. */
        HELD,
        /** Delivery failed and is tried again later. */
        RETRIED,
        /** Cancelled without being shown: superseded, or no longer wanted. */
        DROPPED,
        /** The claim no longer held (cancelled, settled or claimed by another timer meanwhile): left alone. */
        LOST
    }

    /** What the check just before sending found. */
    private sealed interface Check permits ClaimLost, NoLongerWanted, Ready {
    }

    private record ClaimLost() implements Check {
    }

    private record NoLongerWanted() implements Check {
    }

    private record Ready(FollowUpPrompt prompt) implements Check {
    }

    ClaimedDelivery(DataSource dataSource, FollowUpRepository followUps, FollowUpPlanner planner,
                    FollowUpRenderer renderer, FollowUpSink sink, Clock clock, FollowUpSettings settings,
                    IdleFlows idleFlows) {
        this.dataSource = dataSource;
        this.followUps = followUps;
        this.planner = planner;
        this.renderer = renderer;
        this.sink = sink;
        this.clock = clock;
        this.settings = settings;
        this.idleFlows = idleFlows;
    }

    /**
     * Checks the claimed prompt again, hands it to the sink and records the outcome.
     *
     * @param leaseUntil when the lease taken with the claim runs out
     */
    Outcome deliver(FollowUp claim, Instant leaseUntil) {
        Check check;
        try {
            check = Database.inTransaction(dataSource, connection -> check(connection, claim, leaseUntil,
                    clock.instant()));
        } catch (RuntimeException e) {
            LOG.error("follow-up {} ({}) could not be checked and worded", claim.id(), claim.kind().id(), e);
            return recordFailure(claim);
        }
        if (check instanceof ClaimLost) {
            LOG.info("follow-up {} changed since it was claimed; not sending it", claim.id());
            return Outcome.LOST;
        }
        if (!(check instanceof Ready ready)) {
            return Outcome.DROPPED;
        }
        FollowUpSink.Delivery delivery;
        try {
            delivery = sink.deliver(ready.prompt());
        } catch (RuntimeException e) {
            LOG.error("the sink failed on follow-up {}", claim.id(), e);
            delivery = new FollowUpSink.Failed(e.getClass().getSimpleName());
        }
        if (delivery instanceof FollowUpSink.Delivered) {
            recordSent(claim);
            return Outcome.DELIVERED;
        }
        if (delivery instanceof FollowUpSink.Undeliverable undeliverable) {
            LOG.info("follow-up {} cannot reach user {} now ({}); holding it for their next interaction",
                    claim.id(), claim.owner(), undeliverable.reason());
            record(claim, "held", connection -> followUps.hold(connection, claim, clock.instant()));
            return Outcome.HELD;
        }
        LOG.warn("follow-up {} failed to deliver ({}); attempt {}", claim.id(),
                ((FollowUpSink.Failed) delivery).reason(), claim.attempts());
        return recordFailure(claim);
    }

    /** Cancels a claimed prompt without showing it (superseded by a newer one). */
    Outcome withdraw(FollowUp claim) {
        boolean withdrawn = record(claim, "withdrawn",
                connection -> followUps.withdraw(connection, claim, clock.instant()));
        return withdrawn ? Outcome.DROPPED : Outcome.LOST;
    }

    private Check check(Connection connection, FollowUp claim, Instant leaseUntil, Instant now) {
        boolean halfTheLeaseLeft = now.plus(settings.lease().dividedBy(2)).isBefore(leaseUntil);
        boolean held = halfTheLeaseLeft ? followUps.stillClaimed(connection, claim)
                : followUps.renew(connection, claim, now.plus(settings.lease()), now);
        if (!held) {
            return new ClaimLost();
        }
        Optional<FollowUpPrompt> prompt = stillWanted(connection, claim)
                ? renderer.render(connection, claim, now, () -> idleFlows.openFlowTitle(connection, claim.owner()))
                : Optional.empty();
        if (prompt.isEmpty()) {
            followUps.withdraw(connection, claim, now);
            return new NoLongerWanted();
        }
        return new Ready(prompt.get());
    }

    /** A reminder of an unfinished flow is wanted only while that flow is still left as it was found. */
    private boolean stillWanted(Connection connection, FollowUp claim) {
        return IdleFlowReminder.of(claim)
                .map(spell -> idleFlows.stillIdle(connection, spell.owner(), spell.sessionVersion()))
                .orElse(true);
    }

    private void recordSent(FollowUp claim) {
        boolean recorded = record(claim, "sent with what it leads to", connection -> {
            Instant now = clock.instant();
            boolean sent = followUps.markSent(connection, claim, now);
            if (sent && claim.deliveries() == 0) {
                planner.delivered(connection, claim, now);
            }
            return true;
        });
        if (!recorded) {
            // What it leads to could not be planned; at least it must not be sent again.
            record(claim, "sent", connection -> followUps.markSent(connection, claim, clock.instant()));
        }
    }

    private Outcome recordFailure(FollowUp claim) {
        if (claim.attempts() >= settings.maxAttempts()) {
            record(claim, "held", connection -> followUps.hold(connection, claim, clock.instant()));
        } else {
            record(claim, "retried", connection -> {
                Instant now = clock.instant();
                return followUps.retryAt(connection, claim, now.plus(FollowUpScheduler.backoff(claim.attempts())),
                        now);
            });
        }
        return Outcome.RETRIED;
    }

    /**
     * Records one outcome in a transaction of its own; a failure is logged and leaves the row claimed, to come back
     * when the lease runs out.
     *
     * @return what the work returned, false when it failed
     */
    private boolean record(FollowUp claim, String what, Database.SqlWork<Boolean> work) {
        try {
            return Database.inTransaction(dataSource, work);
        } catch (RuntimeException e) {
            LOG.error("follow-up {} ({}) could not be recorded as {}", claim.id(), claim.kind().id(), what, e);
            return false;
        }
    }
}
