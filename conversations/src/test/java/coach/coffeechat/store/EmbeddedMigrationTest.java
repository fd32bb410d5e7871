package coach.coffeechat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded file is migrated by way of a copy: an upgrade keeps the data and a backup, and a file an earlier
 * version left half-way through a migration is refused with the way out, and left as it was.
 */
final class EmbeddedMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-12T16:05:09Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void anUpgradeKeepsTheDataAndTheFileAsItWasInBackups() throws Exception {
        atVersion("4", "INSERT INTO users (user_id, time_zone, created_at, updated_at)"
                + " VALUES ('u1', 'Europe/Oslo', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        String before = contents(file());

        try (Database database = Database.openEmbedded(dataDir, 2, CLOCK)) {
            Optional<String> zone = database.inTransaction(connection -> Sql.one(connection,
                    "SELECT time_zone FROM users WHERE user_id = 'u1'", s -> { }, row -> row.getString(1)));
            assertThat(zone).contains("Europe/Oslo");
        }
        assertThat(contents(dataDir.resolve("backups/coffeechat-v4-20260312T160509Z.mv.db"))).isEqualTo(before);
        assertThat(dataDir.resolve("migrating")).doesNotExist();
    }

    @Test
    void aFirstStartLeftHalfWayIsRefusedSayingToDeleteTheFileWhichHoldsNoData() throws Exception {
        atVersion("1", "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '1'");
        String before = contents(file());

        assertThatThrownBy(() -> Database.openEmbedded(dataDir, 2, CLOCK))
                .isInstanceOf(StartupRefusal.class)
                .hasMessageStartingWith("The database file " + file() + " was left half-way through its first start")
                .hasMessageContaining("it holds no data yet: delete " + file() + " and start again")
                .hasMessageNotContaining("\n");
        assertThat(contents(file())).isEqualTo(before);
    }

    @Test
    void anUpgradeLeftHalfWayIsRefusedSayingToPutBackTheBackupAndTheFileIsLeftAsItWas() throws Exception {
        atVersion("3", "CREATE TABLE follow_ups (id BIGINT PRIMARY KEY)");
        String before = contents(file());

        assertThatThrownBy(() -> Database.openEmbedded(dataDir, 2, CLOCK))
                .isInstanceOf(StartupRefusal.class)
                .hasMessageStartingWith("The database file " + file() + " cannot be migrated from version 3")
                .hasMessageContaining("put back the file from before that upgrade (the newest copy in "
                        + dataDir.toAbsolutePath().resolve("backups"))
                .hasMessageNotContaining("\n");
        assertThat(contents(file())).isEqualTo(before);
    }

    @Test
    void aMigrationFlywayRecordedAsFailedIsRefusedWithTheWayOut() throws Exception {
        atVersion("2", "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                + " VALUES (3, '3', 'questions and meetings', 'SQL', 'V3__questions_and_meetings.sql', 0, '', 1,"
                + " FALSE)");

        assertThatThrownBy(() -> Database.openEmbedded(dataDir, 2, CLOCK))
                .isInstanceOf(StartupRefusal.class)
                .hasMessageStartingWith("The database file " + file() + " cannot be migrated from version 2");
    }

    /** The tables, the migrations recorded and the users of an H2 file, read from a copy of it. */
    private static String contents(Path file) throws Exception {
        Path copy = Files.createTempDirectory("contents").resolve("look.mv.db");
        Files.copy(file, copy);
        String url = "jdbc:h2:file:" + copy.toString().replace(".mv.db", "");
        try (Connection connection = DriverManager.getConnection(url, "", "");
             Statement statement = connection.createStatement()) {
            StringBuilder contents = new StringBuilder();
            for (String sql : new String[] {"SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'PUBLIC' ORDER BY 1",
                    "SELECT \"version\" || ':' || \"success\" FROM \"flyway_schema_history\" ORDER BY 1",
                    "SELECT user_id || ':' || time_zone FROM users ORDER BY 1"}) {
                try (ResultSet rows = statement.executeQuery(sql)) {
                    while (rows.next()) {
                        contents.append(rows.getString(1)).append('\n');
                    }
                }
            }
            return contents.toString();
        }
    }

    private Path file() {
        return dataDir.toAbsolutePath().resolve("coffeechat.mv.db");
    }

    /** A file migrated up to {@code version} by Flyway in place, as earlier versions did, then changed by SQL. */
    private void atVersion(String version, String sql) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("coffeechat");
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target(version).load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
            statement.execute("SHUTDOWN");
        }
    }
}
