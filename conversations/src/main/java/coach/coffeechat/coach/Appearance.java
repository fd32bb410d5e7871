package coach.coffeechat.coach;

import coach.coffeechat.engine.Identified;
import java.util.Locale;
import java.util.Optional;

/** How a member who joined a challenge appears on its leaderboard; {@link #HIDDEN} unless they choose otherwise. */
enum Appearance implements Identified {
    /** Not on the leaderboard: counted in the totals only. */
    HIDDEN,
    /** By their name in the server. */
    NAMED,
    /** As "a member". */
    ANONYMOUS;

    /** The id typed and stored: {@code hidden}, {@code named}, {@code anonymous}. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The appearance with this id, ignoring case. */
    static Optional<Appearance> fromId(String id) {
        return Identified.fromId(Appearance.class, id);
    }
}
