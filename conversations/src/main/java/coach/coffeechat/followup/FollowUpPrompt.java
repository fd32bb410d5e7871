package coach.coffeechat.followup;

import coach.coffeechat.engine.UserId;
import java.util.List;
import java.util.Objects;

/**
 * A follow-up ready to show: what to say and what the user can do about it.
 *
 * @param followUpId the follow-up's id, for the actions
 * @param owner who gets it
 * @param kind what it is about
 * @param text the message, already worded
 * @param actions the actions offered, in order
 * @param idempotencyKey the same for every attempt at this delivery (a snooze starts a new one); sinks use it
 *     to post only once
 * @param deliveries how many times it reached the user before, part of the nonce
 */
public record FollowUpPrompt(long followUpId, UserId owner, FollowUpKind kind, String text,
                             List<FollowUpAction> actions, String idempotencyKey, int deliveries) {
    public FollowUpPrompt {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        actions = List.copyOf(actions);
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    /** A short nonce for transports with a length limit (Discord's is 25): the same for every attempt. */
    public String nonce() {
        return "cc-fu-" + followUpId + "-" + deliveries;
    }
}
