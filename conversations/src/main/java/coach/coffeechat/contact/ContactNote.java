package coach.coffeechat.contact;

import java.time.Instant;
import java.util.Objects;

/**
 * A dated note the user kept about a contact ({@code /contact note}).
 *
 * @param text what they wrote
 * @param createdAt when
 */
public record ContactNote(String text, Instant createdAt) {
    /** The longest note kept, in characters. */
    public static final int MAX_LENGTH = 2000;

    public ContactNote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
