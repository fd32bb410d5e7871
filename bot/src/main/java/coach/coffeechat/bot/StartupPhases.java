package coach.coffeechat.bot;

import java.time.Duration;
import org.slf4j.Logger;

/**
 * How long the phases of a start took, for the log: {@code start-up phase NAME took N ms}, one line each, and the
 * wall-clock millisecond {@code main} was entered at, from which the start-up benchmark, which knows when it started
 * the process, tells how long the JVM took to get there. Phases are timed with {@link System#nanoTime()}. Not
 * thread-safe: one thread times one start.
 *
 * <p>Example: {@code StartupPhases phases = StartupPhases.begin(); ... phases.done("settings", log);}
 */
final class StartupPhases {
    private final long mainEpochMillis;
    private long since;

    private StartupPhases(long mainEpochMillis, long since) {
        this.mainEpochMillis = mainEpochMillis;
        this.since = since;
    }

    /** Starts timing at {@code main}. */
    static StartupPhases begin() {
        return new StartupPhases(System.currentTimeMillis(), System.nanoTime());
    }

    /** Logs when {@code main} was entered, once logging knows where to write. */
    void logMainEntered(Logger log) {
        log.info("start-up main entered at epoch millisecond {}", mainEpochMillis);
    }

    /** Logs the phase that ends now, and starts the next. */
    void done(String phase, Logger log) {
        long now = System.nanoTime();
        log(phase, now - since, log);
        since = now;
    }

    /** Logs a phase timed elsewhere (on another thread, say) that took {@code tookNanos}. */
    static void log(String phase, long tookNanos, Logger log) {
        log.info("start-up phase {} took {} ms", phase, Duration.ofNanos(tookNanos).toMillis());
    }
}
