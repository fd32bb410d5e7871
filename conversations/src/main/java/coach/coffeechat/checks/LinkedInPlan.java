package coach.coffeechat.checks;

import coach.coffeechat.engine.Identified;
import java.util.Locale;
import java.util.Optional;

/** The user's LinkedIn account type, which sets how long a connection note may be. */
public enum LinkedInPlan implements Identified {
    /** A free account: shorter connection notes. */
    FREE,
    /** A paid account. */
    PREMIUM;

    /** The id typed and stored: {@code free} or {@code premium}. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The plan with this id. */
    public static Optional<LinkedInPlan> fromId(String id) {
        return Identified.fromId(LinkedInPlan.class, id);
    }
}
