package coach.coffeechat.contact;

import coach.coffeechat.engine.Identified;
import java.util.Locale;
import java.util.Optional;

/** How well the user knows a contact; warmer contacts answer more often and may give more time. */
public enum Warmth implements Identified {
    /** The user knows them personally. */
    WARM,
    /** A friend of a friend, or a shared school or employer. */
    LUKEWARM,
    /** No link yet. */
    COLD;

    /** The stable id stored and typed, such as {@code lukewarm}. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The warmth with this id. */
    public static Optional<Warmth> fromId(String id) {
        return Identified.fromId(Warmth.class, id);
    }
}
