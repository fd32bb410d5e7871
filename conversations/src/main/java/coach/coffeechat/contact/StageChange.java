package coach.coffeechat.contact;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded move of a contact from one stage to another: dates and stages only, no names or notes. What a
 * cohort's coach may count (requests sent, replies, thank-yous) is read from these.
 *
 * @param contactId the contact that moved
 * @param to the stage it moved to
 * @param at when
 */
public record StageChange(long contactId, Stage to, Instant at) {
    public StageChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }
}
