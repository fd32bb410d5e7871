package coach.coffeechat.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;

/**
 * How long the phases of a start took, for the log: {@code start-up phase NAME took N ms}, one line each (the start-up
 * benchmark reads them). The first phase, from the process's start to {@code main}, is read from the operating
 * system (to its clock's tick, 10 ms on Linux); the others are timed with {@link System#nanoTime()}. Not
 * thread-safe: one thread times one start.
 *
 * <p>Example: {@code StartupPhases phases = StartupPhases.begin(); ... phases.done("settings", log);}
 */
final class StartupPhases {
    private final Optional<Duration> beforeMain;
    private long since;

    private StartupPhases(Optional<Duration> beforeMain, long since) {
        this.beforeMain = beforeMain;
        this.since = since;
    }

    /** Starts timing at {@code main}, noting how long the JVM took to get there. */
    static StartupPhases begin() {
        long now = System.nanoTime();
        Optional<Duration> beforeMain = ProcessHandle.current().info().startInstant()
                .map(started -> Duration.between(started, Instant.now()));
        return new StartupPhases(beforeMain, now);
    }

    /** Logs the JVM's part, once logging knows where to write. */
    void logBeforeMain(Logger log) {
        beforeMain.ifPresent(took -> log.info("start-up phase jvm-to-main took {} ms", took.toMillis()));
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
