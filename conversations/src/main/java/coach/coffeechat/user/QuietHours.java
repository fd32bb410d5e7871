package coach.coffeechat.user;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The part of the day when no prompt is posted, in the user's local time; it may wrap past midnight
 * (21:00 to 08:00). Equal ends mean no quiet hours at all.
 *
 * @param from when the quiet hours start (inclusive)
 * @param to when they end (exclusive): the first minute a prompt may go out again
 */
public record QuietHours(LocalTime from, LocalTime to) {
    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Whether a local time falls inside the quiet hours. */
    public boolean contains(LocalTime time) {
        if (from.equals(to)) {
            return false;
        }
        if (from.isBefore(to)) {
            return !time.isBefore(from) && time.isBefore(to);
        }
        return !time.isBefore(from) || time.isBefore(to);
    }
}
