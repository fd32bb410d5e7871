package coach.coffeechat.checks;

import java.util.Locale;
import java.util.Optional;

/** The user's LinkedIn account type, which sets how long a connection note may be. */
public enum LinkedInPlan {
    /** A free account: shorter connection notes. */
    FREE,
    /** A paid account. */
    PREMIUM;

    /** The id typed and stored: {@code free} or {@code premium}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The plan with this id. */
    public static Optional<LinkedInPlan> fromId(String id) {
        for (LinkedInPlan plan : values()) {
            if (plan.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(plan);
            }
        }
        return Optional.empty();
    }
}
