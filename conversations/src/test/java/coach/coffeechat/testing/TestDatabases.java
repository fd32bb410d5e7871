package coach.coffeechat.testing;

import coach.coffeechat.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real databases for tests: a fresh in-memory H2 one per call, or an H2 file one for restart tests. In the test run
 * Maven adds when {@code COFFEECHAT_TEST_POSTGRES_URL} is set (a JDBC URL with user and password, such as
 * {@code jdbc:postgresql://127.0.0.1:55432/coach?user=coach&password=coach}; {@code .ci/postgres start} prints one),
 * the system property {@code coffeechat.test.database=postgres} makes {@link #inMemory()} give each test a fresh
 * schema on that PostgreSQL server instead, so the same tests prove the SQL on both. The ordinary run stays on H2
 * whatever the environment says.
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String POSTGRES = postgresUrl(
            System.getProperty("coffeechat.test.database", "h2"), System.getenv("COFFEECHAT_TEST_POSTGRES_URL"));

    private TestDatabases() {
    }

    /** Whether {@link #inMemory()} gives PostgreSQL schemas in this run. */
    public static boolean onPostgres() {
        return POSTGRES != null;
    }

    /** The PostgreSQL URL this run uses, or null for H2; a run asked for PostgreSQL without a URL fails at once. */
    static String postgresUrl(String database, String url) {
        switch (database) {
            case "h2":
                return null;
            case "postgres":
                if (url == null || url.isBlank()) {
                    throw new IllegalStateException(
                            "coffeechat.test.database=postgres needs COFFEECHAT_TEST_POSTGRES_URL (.ci/postgres start prints one)");
                }
                return url;
            default:
                throw new IllegalStateException("coffeechat.test.database is h2 or postgres, not " + database);
        }
    }

    /** A fresh, migrated database that lives until closed (H2 in memory, or a PostgreSQL schema). */
    public static Database inMemory() {
        return Database.open(freshUrl(), "", "", 8);
    }

    /**
     * The URL of a fresh database (H2 in memory, kept until the JVM ends, or a new PostgreSQL schema) that several
     * pools can open, as several processes would.
     */
    public static String freshUrl() {
        return POSTGRES != null ? newPostgresSchema(POSTGRES)
                : "jdbc:h2:mem:test" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    }

    /** A migrated H2 file database in a directory, as the bot uses by default. */
    public static Database file(Path directory) {
        return Database.open("jdbc:h2:file:" + directory.toAbsolutePath().resolve("coffeechat"), "", "", 8);
    }

    /**
     * A fresh, migrated schema of its own on the PostgreSQL server at {@code url} (a JDBC URL with user and
     * password), with a pool of {@code poolSize}: what benchmarks open explicitly.
     */
    public static Database postgres(String url, int poolSize) {
        return Database.open(newPostgresSchema(url), "", "", poolSize);
    }

    /**
     * Creates an empty schema on the PostgreSQL server at {@code url} and returns the JDBC URL of that schema, for
     * tests that open it from several processes; {@link Database#open} migrates it.
     */
    public static String newPostgresSchema(String url) {
        String schema = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + url, e);
        }
        return inSchema(url, schema);
    }

    /**
     * The server a benchmark runs on: with the argument {@code postgres}, the one {@code COFFEECHAT_TEST_POSTGRES_URL}
     * names (refused at once when it names none); otherwise empty, for the bot's own H2 file.
     */
    public static Optional<String> benchmarkServer(String[] args) {
        if (args.length == 0 || !"postgres".equals(args[0])) {
            return Optional.empty();
        }
        return Optional.of(postgresUrl("postgres", System.getenv("COFFEECHAT_TEST_POSTGRES_URL")));
    }

    /** The PostgreSQL server of this run (see the class comment); only when {@link #onPostgres()}. */
    public static String postgresServer() {
        if (POSTGRES == null) {
            throw new IllegalStateException("this test run is on H2");
        }
        return POSTGRES;
    }

    /** The JDBC URL of one schema on a PostgreSQL server. */
    public static String inSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
