package coach.coffeechat.bot.console;

import java.io.IOException;

/**
 * Input was refused for being longer than its reader takes: it was not held in memory, and the message says what
 * was refused.
 */
public final class InputTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int limit;

    /**
     * @param limit the most characters the reader takes
     * @param message what was refused, fit to show as it is
     */
    public InputTooLongException(int limit, String message) {
        super(message);
        this.limit = limit;
    }

    /** The most characters the reader takes. */
    public int limit() {
        return limit;
    }
}
