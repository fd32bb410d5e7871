package coach.coffeechat.bot;

import org.slf4j.LoggerFactory;

/**
 * Closes a resource when the JVM is asked to stop (SIGTERM, Ctrl-C) before the main thread could. The main thread
 * removes the hook when it closes the resource itself, so a normal end leaves nothing behind; the resource must
 * tolerate being closed twice, from two threads.
 */
final class ShutdownHook {
    private final Thread thread;

    private ShutdownHook(Thread thread) {
        this.thread = thread;
    }

    /**
     * Registers a hook that closes {@code resource}.
     *
     * @param resource what to close at shutdown
     */
    static ShutdownHook closing(AutoCloseable resource) {
        Thread thread = new Thread(() -> {
            try {
                resource.close();
            } catch (Exception e) {
                LoggerFactory.getLogger(ShutdownHook.class).error("closing at shutdown failed", e);
            }
        }, "coffeechat-shutdown");
        Runtime.getRuntime().addShutdownHook(thread);
        return new ShutdownHook(thread);
    }

    /** Removes the hook; during shutdown, when it is already running, there is nothing to remove. */
    void remove() {
        try {
            Runtime.getRuntime().removeShutdownHook(thread);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run; it closes the resource itself.
        }
    }
}
