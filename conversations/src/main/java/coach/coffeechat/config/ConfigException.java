package coach.coffeechat.config;

/**
 * A setting that cannot be used; the message is one line naming the key, the value and what is allowed,
 * fit to print as the only line of a failed start-up.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A problem with the configuration, described in one line. */
    public ConfigException(String message) {
        super(message);
    }
}
