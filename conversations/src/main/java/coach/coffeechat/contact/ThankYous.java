package coach.coffeechat.contact;

import java.time.Duration;
import java.time.Instant;

/**
 * When a thank-you counts as sent on time: within a day of the meeting being logged. One rule for the coach's
 * digest and the user's own {@code /pipeline}.
 */
public final class ThankYous {
    /** How long after the meeting a thank-you still counts as on time. */
    public static final Duration WINDOW = Duration.ofHours(24);

    private ThankYous() {
    }

    /**
     * Whether a thank-you marked at {@code thankedAt} was on time for a meeting logged at {@code metAt}.
     *
     * @param metAt when the contact moved to {@link Stage#MET}
     * @param thankedAt when the contact moved to {@link Stage#THANKED}
     */
    public static boolean onTime(Instant metAt, Instant thankedAt) {
        return !thankedAt.isAfter(metAt.plus(WINDOW));
    }
}
