package coach.coffeechat.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The pooled connection to the bot's database, migrated to the current schema when opened. H2 (a file
 * under the data directory) is the default; any JDBC URL, such as PostgreSQL's, works the same way.
 * Thread-safe; close it once at shutdown.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final DataSource dataSource;
    private final StorageWatch watch;

    private Database(HikariDataSource pool, StorageWatch watch) {
        this.pool = pool;
        this.watch = watch;
        this.dataSource = watch.watching(pool);
    }

    /**
     * Opens the pool and applies any pending Flyway migration.
     *
     * @param url a JDBC URL
     * @param user the user, or empty
     * @param password the password, or empty
     * @param poolSize the most open connections
     */
    public static Database open(String url, String user, String password, int poolSize) {
        return open(url, user, password, poolSize, true);
    }

    private static Database open(String url, String user, String password, int poolSize, boolean migrate) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (!user.isEmpty()) {
            config.setUsername(user);
        }
        if (!password.isEmpty()) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setPoolName("coffeechat-db");
        config.setAutoCommit(true);
        if (BrokenConnections.server(url)) {
            config.setExceptionOverride(new BrokenConnections());
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            if (migrate) {
                Migrations.on(dataSource).migrate();
            }
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, new StorageWatch());
    }

    /**
     * Opens the embedded H2 database under the data directory: refuses a file that cannot be used, recovers the
     * newest complete commit of a file a killed process left (see {@link EmbeddedH2File}), migrates it by way of a
     * copy (see {@link EmbeddedMigration}), then opens it, without asking Flyway a second time.
     *
     * @param dataDirectory the data directory ({@code data.dir})
     * @param poolSize the most open connections
     * @param clock for the name of the backup an upgrade keeps
     * @throws StartupRefusal when the file cannot be used as it is
     */
    public static Database openEmbedded(Path dataDirectory, int poolSize, Clock clock) {
        EmbeddedH2File file = new EmbeddedH2File(dataDirectory);
        try {
            file.prepare();
            EmbeddedMigration.run(file, clock);
            // The file is at the current schema now (run returns only then): a second Flyway pass on the pool
            // would find nothing to do and only lengthen every start.
            return open(file.jdbcUrl(), "", "", poolSize, false);
        } catch (RuntimeException e) {
            throw file.inUse(e).orElseThrow(() -> e);
        }
    }

    /** The pooled data source. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws.
     *
     * @param work what to do with the connection
     */
    public <T> T inTransaction(SqlWork<T> work) {
        return inTransaction(dataSource, work);
    }

    /**
     * Runs work in one transaction on any data source: committed when it returns, rolled back when it throws.
     *
     * @param dataSource where to get the connection
     * @param work what to do with the connection
     */
    public static <T> T inTransaction(DataSource dataSource, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection(); AfterCommit.Scope afterCommit = AfterCommit.open()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                afterCommit.committed();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database transaction failed", e);
        }
    }

    /**
     * Runs work on a connection of its own, in auto-commit mode and without a transaction: for reads that need no
     * rollback, and that must not hold a transaction open while they work.
     *
     * @param dataSource where to get the connection
     * @param failure what the {@link StoreException} says when getting, using or closing the connection fails
     * @param work what to do with the connection; what it throws unchecked passes through as it is
     * @throws StoreException wrapping the SQL error
     */
    public static <T> T withConnection(DataSource dataSource, String failure, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(failure, e);
        }
    }

    /**
     * Who to tell, once, when the embedded database has lost its file for good (a write failed, and H2 closed the
     * database): the process should then end with a failure, so that a supervisor starts it again and the start
     * recovers the file. See {@link StorageWatch}.
     */
    public void onStorageLost(Runnable action) {
        watch.onLost(action);
    }

    @Override
    public void close() {
        watch.stop();
        pool.close();
    }

    /** Work that uses a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        /** Does the work; may throw SQL errors, which roll back the transaction if there is one. */
        T run(Connection connection) throws SQLException;
    }
}
