package coach.coffeechat.followup;

import coach.coffeechat.engine.UserId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A follow-up about to be scheduled.
 *
 * @param owner whose prompt it is
 * @param contactId the contact it is about, if any
 * @param kind what it is about
 * @param dueAt when it is due (already moved out of quiet hours)
 * @param localDue for repeating prompts, the user's wall-clock time it was meant for, else null
 * @param zone the zone {@code localDue} is in, else null
 * @param idempotencyKey unique per prompt: scheduling the same key twice keeps the first
 */
record NewFollowUp(UserId owner, OptionalLong contactId, FollowUpKind kind, Instant dueAt,
                          LocalDateTime localDue, ZoneId zone, String idempotencyKey) {
    public NewFollowUp {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (idempotencyKey.length() > 100) {
            throw new IllegalArgumentException("idempotency keys are at most 100 characters: " + idempotencyKey);
        }
    }
}
