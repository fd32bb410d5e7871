package coach.coffeechat.store;

/** The database failed: broken infrastructure, not bad input. Callers report it kindly and keep going. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with its cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
