package coach.coffeechat.contact;

import java.util.Locale;
import java.util.Optional;

/** How well the user knows a contact; warmer contacts answer more often and may give more time. */
public enum Warmth {
    /** The user knows them personally. */
    WARM,
    /** A friend of a friend, or a shared school or employer. */
    LUKEWARM,
    /** No link yet. */
    COLD;

    /** The stable id stored and typed, such as {@code lukewarm}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The warmth with this id. */
    public static Optional<Warmth> fromId(String id) {
        for (Warmth warmth : values()) {
            if (warmth.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(warmth);
            }
        }
        return Optional.empty();
    }
}
