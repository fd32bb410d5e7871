package coach.coffeechat.meeting;

import coach.coffeechat.engine.Identified;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the user is still drawn to the field or organisation after a meeting. It sets the tone of the follow-up:
 * a thank-you either way, and keeping in touch only while interested.
 */
public enum Interest implements Identified {
    /** Still interested: thank them and keep in touch. */
    YES,
    /** Not for them: a short thank-you all the same. */
    NO,
    /** Not sure yet. */
    UNSURE;

    /** The stable id stored and typed, such as {@code unsure}. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The answer with this id. */
    public static Optional<Interest> fromId(String id) {
        return Identified.fromId(Interest.class, id);
    }
}
