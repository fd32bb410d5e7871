package coach.coffeechat.checks;

import coach.coffeechat.engine.Identified;
import java.util.Locale;
import java.util.Optional;

/** The channel a request goes out through; each has its own length limit and shape. */
public enum RequestFormat implements Identified {
    /** An email, with a subject line. */
    EMAIL,
    /** A LinkedIn connection note, limited in characters. */
    LINKEDIN,
    /** A phone or voice-message script. */
    PHONE;

    /** The id typed and stored: {@code email}, {@code linkedin} or {@code phone}. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format with this id. */
    public static Optional<RequestFormat> fromId(String id) {
        return Identified.fromId(RequestFormat.class, id);
    }
}
