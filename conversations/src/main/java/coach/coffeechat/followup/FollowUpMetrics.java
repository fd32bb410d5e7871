package coach.coffeechat.followup;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the follow-up timer counts for an operator: prompts claimed as due, what became of each delivery, and how
 * many were still due after the last round (a backlog: the timer is behind, or not running). Tags are the fixed
 * outcome words; no user or contact id is ever a tag. Thread-safe.
 */
final class FollowUpMetrics {
    /** Prompts the timer claimed because they fell due. */
    static final String CLAIMED = "coffeechat.followups.claimed";
    /** Claimed prompts by what became of them, tagged {@code outcome}. */
    static final String DELIVERIES = "coffeechat.followups.deliveries";
    /** Prompts due and not claimed when the last round ended. */
    static final String DUE = "coffeechat.followups.due";

    private final Counter claimed;
    private final Map<ClaimedDelivery.Outcome, Counter> outcomes = new EnumMap<>(ClaimedDelivery.Outcome.class);
    private final AtomicLong due = new AtomicLong();

    /** Meters in {@code meters}. */
    FollowUpMetrics(MeterRegistry meters) {
        claimed = Counter.builder(CLAIMED).description("Follow-up prompts the timer claimed because they fell due")
                .register(meters);
        for (ClaimedDelivery.Outcome outcome : ClaimedDelivery.Outcome.values()) {
            outcomes.put(outcome, Counter.builder(DELIVERIES)
                    .description("Claimed follow-up prompts by what became of them")
                    .tag("outcome", tag(outcome)).register(meters));
        }
        Gauge.builder(DUE, due, AtomicLong::get).strongReference(true)
                .description("Follow-up prompts due and still waiting for the timer after its last round")
                .register(meters);
    }

    /** The outcome's tag: {@code RETRIED} is a delivery that failed (tried again later). */
    static String tag(ClaimedDelivery.Outcome outcome) {
        return outcome == ClaimedDelivery.Outcome.RETRIED ? "failed" : outcome.name().toLowerCase(Locale.ROOT);
    }

    /** A round claimed {@code count} prompts. */
    void claimed(int count) {
        claimed.increment(count);
    }

    /** One claimed prompt ended so. */
    void settled(ClaimedDelivery.Outcome outcome) {
        outcomes.get(outcome).increment();
    }

    /** After a round, this many prompts were still due. */
    void stillDue(long count) {
        due.set(count);
    }
}
