package coach.coffeechat.coach;

import coach.coffeechat.engine.Identified;
import java.util.Locale;
import java.util.Optional;

/** What a member shares with their server's coach; {@link #OFF} until they choose otherwise. */
public enum Sharing implements Identified {
    /** Nothing: the member appears in no roster and no digest of the server. */
    OFF,
    /** Counts and dates only: contacts per stage, requests, replies, meetings, thank-yous, overdue, last activity. */
    COUNTS,
    /** The counts, and the names of the people the member met; never any notes. */
    NAMED;

    /** The id typed and stored: {@code off}, {@code counts}, {@code named}. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level with this id, ignoring case. */
    public static Optional<Sharing> fromId(String id) {
        return Identified.fromId(Sharing.class, id);
    }
}
