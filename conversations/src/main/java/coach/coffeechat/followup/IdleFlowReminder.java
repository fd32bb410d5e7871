package coach.coffeechat.followup;

import coach.coffeechat.engine.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Which idle spell a reminder of an unfinished flow is about: the user's session at the version it was found idle
 * at. Its key makes the reminder one per spell, and names the spell again when the reminder is about to be sent,
 * so that one the user has moved on from since (answered, cancelled) is not sent.
 *
 * @param owner whose flow it is
 * @param sessionVersion the session's version when the flow was found idle
 */
record IdleFlowReminder(UserId owner, long sessionVersion) {
    private static final String PREFIX = "flow:";

    IdleFlowReminder {
        Objects.requireNonNull(owner, "owner");
    }

    /** The reminder's idempotency key. */
    String key() {
        return PREFIX + owner.value() + ":" + sessionVersion;
    }

    /** The spell a reminder is about, read back from its key; empty for any other follow-up. */
    static Optional<IdleFlowReminder> of(FollowUp followUp) {
        String prefix = PREFIX + followUp.owner().value() + ":";
        String key = followUp.idempotencyKey();
        if (followUp.kind() != FollowUpKind.UNFINISHED_FLOW || !key.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IdleFlowReminder(followUp.owner(), Long.parseLong(key.substring(prefix.length()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
