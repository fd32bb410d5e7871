package coach.coffeechat.store;

/**
 * The database or its directory cannot be used as it is found at start-up (missing rights, an empty or locked file,
 * a migration stopped half-way): nothing was changed, and the message is one line that names the file and says
 * what to do, fit to print as the only line of a failed start.
 */
public final class StartupRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A refusal described in one line. */
    public StartupRefusal(String message) {
        super(message);
    }

    /** A refusal described in one line, with the failure behind it for the log. */
    public StartupRefusal(String message, Throwable cause) {
        super(message, cause);
    }
}
