package coach.coffeechat.followup;

import coach.coffeechat.engine.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One follow-up prompt, stored as a row so that it survives restarts and is delivered once.
 *
 * @param id the database id
 * @param owner whose prompt it is
 * @param contactId the contact it is about, if any (an unfinished flow has none)
 * @param kind what it is about
 * @param state where it stands
 * @param dueAt when it is due
 * @param attempts delivery attempts so far
 * @param held whether delivery failed for good and it waits for the user's next interaction
 * @param idempotencyKey unique per prompt
 * @param deliveries how many times it reached the user (a snoozed prompt comes back)
 */
public record FollowUp(long id, UserId owner, OptionalLong contactId, FollowUpKind kind, FollowUpState state,
                       Instant dueAt, int attempts, boolean held, String idempotencyKey, int deliveries) {
    public FollowUp {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    /** The key of this delivery: the same for every retry of it, different after a snooze brings it back. */
    public String deliveryKey() {
        return idempotencyKey + "/" + deliveries;
    }
}
