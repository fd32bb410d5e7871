package coach.coffeechat.store;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes are replaced one by one when several share a database: a process of the previous version must still
 * start on a schema a newer version has already migrated (its migration is "future" to the older process). On
 * H2 and, in the PostgreSQL run, on PostgreSQL.
 */
final class NewerSchemaTest {
    @TempDir
    Path dir;

    @Test
    void aProcessStartsOnASchemaANewerVersionAlreadyMigrated() throws Exception {
        String url = TestDatabases.onPostgres() ? TestDatabases.newPostgresSchema(TestDatabases.postgresServer())
                : "jdbc:h2:file:" + dir.resolve("coffeechat");
        try (Database database = Database.open(url, "", "", 2);
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\","
                    + " \"success\") VALUES (999, '999', 'from a newer version', 'SQL', 'V999__newer.sql', 0,"
                    + " 'coach', 1, TRUE)");
            statement.execute("CREATE TABLE from_a_newer_version (id INT PRIMARY KEY)");
        }

        try (Database reopened = Database.open(url, "", "", 2);
             Connection connection = reopened.dataSource().getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }
    }
}
