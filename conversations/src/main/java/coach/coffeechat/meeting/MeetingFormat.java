package coach.coffeechat.meeting;

import coach.coffeechat.engine.Identified;
import coach.coffeechat.engine.Identified.Matching;
import java.util.Locale;
import java.util.Optional;

/** How a meeting took place. */
public enum MeetingFormat implements Identified {
    /** Face to face, at their workplace or a coffee place near it. */
    IN_PERSON,
    /** A phone call. */
    PHONE,
    /** A video call. */
    VIDEO;

    /** The stable id stored and typed, such as {@code in-person}. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The format with this id; spaces and underscores are accepted for dashes. */
    public static Optional<MeetingFormat> fromId(String id) {
        return Identified.fromId(MeetingFormat.class, id, Matching.LOWER_CASE_DASHES);
    }
}
