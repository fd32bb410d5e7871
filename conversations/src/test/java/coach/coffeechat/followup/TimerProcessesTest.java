package coach.coffeechat.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import coach.coffeechat.store.Sql;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestDatabases;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bot processes' timers (separate JVMs, each with its own pool, {@link TimerProcess}) share 10,000 due
 * follow-ups on one PostgreSQL: each is handed over once, also when one process dies half-way, between handing a
 * prompt over and marking it sent; its claims pass to a third process once their lease has run out. PostgreSQL
 * only (an embedded H2 file belongs to one process): it runs in the PostgreSQL test run.
 */
final class TimerProcessesTest {
    private static final int USERS = 100;
    private static final int CONTACTS_EACH = 100;
    private static final int DUE = USERS * CONTACTS_EACH;
    /** Where the dying process stops: a quarter of the way, in the middle of a claimed batch (500 by default). */
    private static final int DIES_AFTER = 2_637;

    private final MutableClock clock = MutableClock.atMondayMorning();
    private Database database;
    private String url;
    private Duration lease;

    @TempDir
    Path logs;

    @BeforeEach
    void tenThousandThankYousDue() {
        assumeTrue(TestDatabases.onPostgres(), "several processes share a PostgreSQL, not an embedded H2 file");
        url = TestDatabases.newPostgresSchema(TestDatabases.postgresServer());
        database = Database.open(url, "", "", 8);
        FollowUpKit kit = new FollowUpKit(clock, Map.of(), database);
        lease = kit.settings.lease();
        for (int u = 0; u < USERS; u++) {
            UserId owner = new UserId("user-" + u);
            database.inTransaction(connection -> {
                kit.metContacts(connection, owner, CONTACTS_EACH);
                return null;
            });
        }
        database.inTransaction(connection -> {
            Sql.update(connection, "CREATE TABLE test_deliveries (nonce VARCHAR(40) PRIMARY KEY,"
                    + " follow_up_id BIGINT NOT NULL, process VARCHAR(20) NOT NULL)", s -> { });
            return Sql.update(connection, "CREATE TABLE test_repeats (nonce VARCHAR(40) NOT NULL,"
                    + " process VARCHAR(20) NOT NULL)", s -> { });
        });
        clock.advance(Duration.ofDays(1));
        assertThat(count("SELECT COUNT(*) FROM follow_ups WHERE state = 'pending' AND wake_at <= ?")).isEqualTo(DUE);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void twoProcessesShareTenThousandDuePromptsAndEachIsHandedOverOnce() throws Exception {
        Process first = timer("first", clock.instant(), 0);
        Process second = timer("second", clock.instant(), 0);

        assertThat(exitOf(first)).isZero();
        assertThat(exitOf(second)).isZero();

        assertEachDueFollowUpHandedOverOnce();
        assertThat(count("SELECT COUNT(*) FROM test_repeats")).isZero();
        assertThat(count("SELECT COUNT(DISTINCT process) FROM test_deliveries")).isEqualTo(2);
    }

    @Test
    void whenOneProcessDiesHalfWayItsClaimsPassToAnotherAfterTheLeaseAndNothingIsHandedOverTwice()
            throws Exception {
        Process dying = timer("dying", clock.instant(), DIES_AFTER);
        Process living = timer("living", clock.instant(), 0);

        assertThat(exitOf(dying)).isEqualTo(TimerProcess.HALTED);
        assertThat(exitOf(living)).isZero();
        long stranded = count("SELECT COUNT(*) FROM follow_ups WHERE state = 'claimed'");
        assertThat(stranded).isPositive();

        // Once the dead process's lease has run out, the next process's rounds take its claims over.
        Process after = timer("after", clock.instant().plus(lease).plus(Duration.ofMinutes(1)), 0);
        assertThat(exitOf(after)).isZero();

        assertEachDueFollowUpHandedOverOnce();
        assertThat(count("SELECT COUNT(*) FROM test_deliveries WHERE process = 'dying'")).isEqualTo(DIES_AFTER);
        // Every stranded claim went to the next process: the one prompt the dead process had handed over but not
        // marked sent came again under the same nonce and was absorbed; the rest of its batch was delivered.
        assertThat(count("SELECT COUNT(*) FROM test_repeats WHERE process = 'after'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM test_repeats")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM test_deliveries WHERE process = 'after'")).isEqualTo(stranded - 1);
    }

    private void assertEachDueFollowUpHandedOverOnce() {
        assertThat(count("SELECT COUNT(*) FROM test_deliveries")).isEqualTo(DUE);
        assertThat(count("SELECT COUNT(DISTINCT follow_up_id) FROM test_deliveries")).isEqualTo(DUE);
        assertThat(count("SELECT COUNT(*) FROM follow_ups f JOIN test_deliveries d ON d.follow_up_id = f.id"
                + " WHERE f.state = 'sent'")).isEqualTo(DUE);
    }

    private long count(String sql) {
        return database.inTransaction(connection -> Sql.one(connection, sql, s -> {
            if (sql.contains("?")) {
                Sql.setInstant(s, 1, clock.instant());
            }
        }, row -> row.getLong(1)).orElseThrow());
    }

    private Process timer(String name, Instant at, int limit) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                TimerProcess.class.getName(), url, name, at.toString(), Integer.toString(limit)));
        File log = logs.resolve(name + ".log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private int exitOf(Process process) throws Exception {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("a timer process did not finish; its log: " + logsSoFar());
        }
        if (process.exitValue() != 0 && process.exitValue() != TimerProcess.HALTED) {
            throw new AssertionError("a timer process failed with " + process.exitValue() + ": " + logsSoFar());
        }
        return process.exitValue();
    }

    private String logsSoFar() throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(logs)) {
            for (Path file : files.toList()) {
                all.append("\n--- ").append(file.getFileName()).append('\n')
                        .append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
