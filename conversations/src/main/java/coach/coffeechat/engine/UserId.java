package coach.coffeechat.engine;

import java.util.Objects;

/**
 * Who a conversation belongs to: a Discord user id, or a local console user.
 *
 * @param value a stable identifier of at most 64 characters
 */
public record UserId(String value) {
    /** The longest identifier the store accepts. */
    public static final int MAX_LENGTH = 64;

    public UserId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "user id must be 1 to " + MAX_LENGTH + " characters, was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
