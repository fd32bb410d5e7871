package coach.coffeechat.bot.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Whether the database answers: a connection from the pool runs {@code SELECT 1}, within a time limit. The pool may
 * wait far longer for a connection when the database is down (its own timeout is 30 s), so the probe runs on a
 * thread of its own and the check gives up at the limit; while one probe is still out, the next check waits for
 * that one instead of starting another. Thread-safe; close it to end the probe's thread.
 */
final class DatabaseCheck implements AutoCloseable {
    private final DataSource dataSource;
    private final Duration limit;
    private final ExecutorService prober = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "coffeechat-health-db");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Optional<String>> probe;

    /**
     * @param dataSource the pool
     * @param limit how long the database may take to answer
     */
    DatabaseCheck(DataSource dataSource, Duration limit) {
        this.dataSource = dataSource;
        this.limit = limit;
    }

    /** Why the database does not answer, in one line; empty when it does. */
    synchronized Optional<String> problem() {
        if (probe == null || probe.isDone()) {
            probe = CompletableFuture.supplyAsync(this::ask, prober);
        }
        try {
            return probe.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Optional.of("database: no answer within " + limit.toSeconds() + " s");
        } catch (ExecutionException e) {
            return Optional.of("database: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("database: the check was interrupted");
        }
    }

    private Optional<String> ask() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, limit.toSeconds()));
            statement.execute("SELECT 1");
            return Optional.empty();
        } catch (SQLException e) {
            // the SQL state and class only: a driver's message may name the host, the user or the URL
            return Optional.of("database: " + e.getClass().getSimpleName() + " (SQL state " + e.getSQLState() + ")");
        }
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
