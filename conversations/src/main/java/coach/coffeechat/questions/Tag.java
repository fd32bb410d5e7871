package coach.coffeechat.questions;

import coach.coffeechat.engine.Identified;
import coach.coffeechat.engine.Identified.Matching;
import java.util.Locale;
import java.util.Optional;

/**
 * What a bank question is for. The first five are the TIARA frame for balanced lists; the last two mark the
 * questions every list should end with.
 */
public enum Tag implements Identified {
    /** Where the field is heading. */
    TRENDS,
    /** What the work and the place are really like, from the inside. */
    INSIGHTS,
    /** What they would do in the user's position. */
    ADVICE,
    /** People, reading, events and groups worth the user's time. */
    RESOURCES,
    /** Projects or tasks they would suggest the user try. */
    ASSIGNMENTS,
    /** Asks who else the user should talk to. */
    REFERRAL,
    /** Asks how to stay in touch. */
    STAY_IN_TOUCH;

    /** The id written in the bank, such as {@code stay-in-touch}. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the tag is one of the five TIARA letters. */
    public boolean tiara() {
        return ordinal() <= ASSIGNMENTS.ordinal();
    }

    /** The tag with this id. */
    public static Optional<Tag> fromId(String id) {
        return Identified.fromId(Tag.class, id, Matching.LOWER_CASE);
    }
}
