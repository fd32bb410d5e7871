package coach.coffeechat.followup;

import coach.coffeechat.engine.Identified;
import coach.coffeechat.engine.Identified.Matching;
import java.util.Locale;
import java.util.Optional;

/** Where a follow-up stands. Only pending, snoozed and (after its lease ran out) claimed ones are due. */
public enum FollowUpState implements Identified {
    /** Waiting for its due time. */
    PENDING,
    /** Taken by the timer for delivery, under a lease that lapses if the process dies. */
    CLAIMED,
    /** Delivered to the user; shown in {@code /followups} until they act on it. */
    SENT,
    /** The user did it. */
    DONE,
    /** The user asked to be reminded later. */
    SNOOZED,
    /** The user chose not to. */
    SKIPPED,
    /** No longer relevant (the contact replied, moved on or was removed). */
    CANCELLED;

    /** The id stored in the database. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state with this id. */
    public static Optional<FollowUpState> fromId(String id) {
        return Identified.fromId(FollowUpState.class, id, Matching.EXACT);
    }

    /** Whether the user may still act on it (it is listed in {@code /followups}). */
    public boolean open() {
        return this == PENDING || this == CLAIMED || this == SENT || this == SNOOZED;
    }
}
