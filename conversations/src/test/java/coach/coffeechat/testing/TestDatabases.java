package coach.coffeechat.testing;

import coach.coffeechat.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real databases for tests: a fresh in-memory H2 one per call, or an H2 file one for restart tests. With
 * {@code COFFEECHAT_TEST_POSTGRES_URL} set (a JDBC URL with user and password, such as
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=coach&password=coach}), {@link #inMemory()} gives each
 * test a fresh schema on that PostgreSQL server instead, so the same tests prove the SQL on both.
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String POSTGRES = System.getenv("COFFEECHAT_TEST_POSTGRES_URL");

    private TestDatabases() {
    }

    /** A fresh, migrated database that lives until closed (H2 in memory, or a PostgreSQL schema). */
    public static Database inMemory() {
        if (POSTGRES != null && !POSTGRES.isBlank()) {
            return postgresSchema();
        }
        return Database.open("jdbc:h2:mem:test" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "", "", 8);
    }

    /** A migrated H2 file database in a directory, as the bot uses by default. */
    public static Database file(Path directory) {
        return Database.open("jdbc:h2:file:" + directory.toAbsolutePath().resolve("coffeechat"), "", "", 8);
    }

    private static Database postgresSchema() {
        String schema = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(POSTGRES);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + POSTGRES, e);
        }
        String separator = POSTGRES.contains("?") ? "&" : "?";
        return Database.open(POSTGRES + separator + "currentSchema=" + schema, "", "", 8);
    }
}
