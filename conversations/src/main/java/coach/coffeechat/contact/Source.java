package coach.coffeechat.contact;

import coach.coffeechat.engine.Identified;
import java.util.Locale;
import java.util.Optional;

/** Where the user knows a contact from. */
public enum Source implements Identified {
    /** A friend. */
    FRIEND,
    /** Family. */
    FAMILY,
    /** A current or former colleague. */
    COLLEAGUE,
    /** Someone from the same school or programme. */
    ALUMNI,
    /** A LinkedIn connection. */
    LINKEDIN,
    /** Met at an event, meetup or conference. */
    EVENT,
    /** No link: a cold approach. */
    COLD,
    /** Suggested by another contact, for example in a meeting. */
    REFERRAL,
    /** Anywhere else. */
    OTHER;

    /** The stable id stored and typed, such as {@code alumni}. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source with this id. */
    public static Optional<Source> fromId(String id) {
        return Identified.fromId(Source.class, id);
    }
}
