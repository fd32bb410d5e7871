package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill at any point of a start that migrates (the first start, and an upgrade from the previous schema) leaves a
 * database the next start opens: the jar is killed the moment each point is reached, then started again, and must
 * start, keep what the file held and end normally. 6 points of a first start plus one inside each migration (17 with
 * the eleven migrations today) and 8 of an upgrade, 25 kills.
 */
final class KillDuringMigrationIT {
    private static final Duration REACH = Duration.ofSeconds(60);
    /** The schema versions the bot ships, in order, read from the migrations themselves: "1", "2" ... */
    private static final List<String> VERSIONS = versions();
    /** The schema a user upgrades from: the one before the latest. */
    private static final String PREVIOUS_SCHEMA = VERSIONS.get(VERSIONS.size() - 2);

    @TempDir
    Path work;

    @Test
    void aKillAnywhereInAFirstStartLeavesADatabaseThatStarts() throws Exception {
        List<KillPoint> points = Stream.concat(Stream.of(
                        new KillPoint("at once", dir -> true),
                        new KillPoint("when the log is created", dir -> Files.exists(log(dir))),
                        new KillPoint("when the copy to migrate appears", dir -> Files.exists(copy(dir)))),
                Stream.concat(VERSIONS.stream().map(KillDuringMigrationIT::migrating),
                        Stream.of(new KillPoint("when all are applied", dir -> logSays(dir, "Successfully applied")),
                                new KillPoint("when the file is in place", dir -> Files.exists(file(dir))),
                                new KillPoint("when the pool opens", dir -> logSays(dir, "coffeechat-db - Start")))))
                .toList();
        for (KillPoint point : points) {
            Path dataDir = Files.createDirectories(work.resolve("first-" + points.indexOf(point)));

            killAt(point, dataDir);

            assertStartsAndKeeps(dataDir, "UTC", "first start, killed " + point.name());
        }
    }

    @Test
    void aKillAnywhereInAnUpgradeLeavesTheOldFileOrTheUpgradedOneWithItsData() throws Exception {
        List<KillPoint> points = List.of(
                new KillPoint("at once", dir -> true),
                new KillPoint("when the log is created", dir -> Files.exists(log(dir))),
                new KillPoint("when the copy to migrate appears", dir -> Files.exists(copy(dir))),
                migrating(VERSIONS.get(VERSIONS.size() - 1)),
                new KillPoint("when the migration is applied", dir -> logSays(dir, "Successfully applied")),
                new KillPoint("when the backup is being written", dir -> Files.exists(dir.resolve("backups"))),
                new KillPoint("when the copy is in place", dir -> logSays(dir, "by way of a copy")),
                new KillPoint("when the pool opens", dir -> logSays(dir, "coffeechat-db - Start")));
        for (KillPoint point : points) {
            Path dataDir = Files.createDirectories(work.resolve("upgrade-" + points.indexOf(point)));
            previousSchemaWithOneUser(dataDir);

            killAt(point, dataDir);

            assertStartsAndKeeps(dataDir, "Europe/Oslo", "upgrade, killed " + point.name());
        }
        assertThat(Files.list(work.resolve("upgrade-0").resolve("backups")).toList())
                .as("the file as it was before the upgrade is kept").hasSize(1);
    }

    /** Starts the jar and kills it the moment the point is reached (or when it ended by itself first). */
    private static void killAt(KillPoint point, Path dataDir) {
        try (RunningJar jar = RunningJar.start(dataDir)) {
            long deadline = System.nanoTime() + REACH.toNanos();
            while (!point.reached().test(dataDir) && jar.alive()) {
                assertThat(System.nanoTime()).as("reaching " + point.name() + "; the jar said:\n" + jar.everything())
                        .isLessThan(deadline);
                Thread.onSpinWait();
            }
            jar.kill();
        }
    }

    private static void assertStartsAndKeeps(Path dataDir, String zone, String what) {
        try (RunningJar jar = RunningJar.start(dataDir)) {
            jar.awaitStarted();
            String settings = jar.type("/settings").await("Change any of them", RunningJar.ANSWER);
            assertThat(settings).as(what).contains("time zone " + zone + ";");
            assertThat(jar.type("/quit").awaitEnd(RunningJar.ANSWER)).as(what + ":\n" + jar.everything()).isZero();
            assertThat(jar.errors()).as(what).isEmpty();
        }
    }

    /** A database at the schema before the newest migration, holding the console user's time zone. */
    private static void previousSchemaWithOneUser(Path dataDir) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("coffeechat");
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target(PREVIOUS_SCHEMA)
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO users (user_id, time_zone, created_at, updated_at)"
                    + " VALUES ('console', 'Europe/Oslo', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            statement.execute("SHUTDOWN");
        }
    }

    private static List<String> versions() {
        Path migrations = Path.of("..", "conversations", "src", "main", "resources", "db", "migration");
        try (Stream<Path> files = Files.list(migrations)) {
            List<String> versions = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .sorted(Comparator.comparingInt(Integer::parseInt)).toList();
            if (versions.size() < 2) {
                throw new IllegalStateException("expected at least two migrations in " + migrations.toAbsolutePath());
            }
            return versions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KillPoint migrating(String version) {
        return new KillPoint("when version " + version + " starts",
                dir -> logSays(dir, "to version \"" + version + " "));
    }

    private static boolean logSays(Path dataDir, String text) {
        try {
            return Files.exists(log(dataDir)) && Files.readString(log(dataDir), StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path log(Path dataDir) {
        return dataDir.resolve("logs").resolve("coffeechat.log");
    }

    private static Path copy(Path dataDir) {
        return dataDir.resolve("migrating").resolve("coffeechat.mv.db");
    }

    private static Path file(Path dataDir) {
        return dataDir.resolve("coffeechat.mv.db");
    }

    /** A moment of the start, recognised from outside: what the data directory shows. */
    private record KillPoint(String name, Predicate<Path> reached) {
        @Override
        public String toString() {
            return name;
        }
    }
}
