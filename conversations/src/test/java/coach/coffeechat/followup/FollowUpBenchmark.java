package coach.coffeechat.followup;

import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import coach.coffeechat.store.Sql;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures the follow-up timer on the bot's own H2 settings: the time to claim a batch of 1,000 due prompts with
 * 10,000 and with 1,000,000 pending (target: within 2x of each other, under 50 ms), and the rate of delivering
 * 10,000 due prompts to a sink that does nothing (target: at least 2,000 a second). With the argument
 * {@code postgres}, the same on fresh schemas of the PostgreSQL server {@code COFFEECHAT_TEST_POSTGRES_URL} names.
 * Run with
 * {@code mvn -q -pl conversations exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=coach.coffeechat.followup.FollowUpBenchmark} (see README). Not part of the test suite.
 */
public final class FollowUpBenchmark {
    private static final int CLAIM = 1_000;
    private static final int REPEATS = 9;
    private static final int WARMUP = 60;
    private static final int DELIVER = 10_000;
    private static final UserId OWNER = new UserId("bench-owner");

    private FollowUpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Optional<String> server = TestDatabases.benchmarkServer(args);
        boolean postgres = server.isPresent();
        String postgresUrl = server.orElse("");
        Path dir = Files.createTempDirectory("coffeechat-followup-bench");
        CoachConfig config = CoachConfig.from(Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_DATA_DIR", dir.toString())));
        MutableClock clock = MutableClock.atMondayMorning();
        System.out.printf(Locale.ROOT, "Coffee Chat Coach follow-up benchmark: %s, %d cores, Java %s%n",
                postgres ? "PostgreSQL " + postgresVersion(postgresUrl) : "H2 " + org.h2.engine.Constants.VERSION,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (Database database = postgres ? TestDatabases.postgres(postgresUrl, config.poolSize())
                : Database.open(config.jdbcUrl(), "", "", config.poolSize())) {
            FollowUpRepository followUps = new FollowUpRepository();
            long pending = insertPending(database, clock.instant(), 0, 10_000);
            double small = claimMillis(database, followUps, clock.instant());
            System.out.printf(Locale.ROOT, "claim %,d due with %,9d pending:   median %6.2f ms%n", CLAIM, pending, small);
            pending += insertPending(database, clock.instant(), pending, 990_000);
            double large = claimMillis(database, followUps, clock.instant());
            System.out.printf(Locale.ROOT, "claim %,d due with %,9d pending:   median %6.2f ms%n", CLAIM, pending, large);
            // 10,000 again, in a fresh database on the now fully warmed-up JVM, so that both sizes are compared in
            // the same state (deleting the rows instead would leave H2 compacting in the background).
            double smallAgain;
            try (Database fresh = postgres ? TestDatabases.postgres(postgresUrl, 4)
                    : Database.open(CoachConfig.from(Settings.load(Optional.empty(),
                    Map.of("COFFEECHAT_DATA_DIR", dir.resolve("again").toString()))).jdbcUrl(), "", "", 4)) {
                insertPending(fresh, clock.instant(), 0, 10_000);
                smallAgain = claimMillis(fresh, followUps, clock.instant());
            }
            System.out.printf(Locale.ROOT, "claim %,d due with %,9d pending:   median %6.2f ms (again, warm JVM)%n",
                    CLAIM, 10_000, smallAgain);
            double ratio = Math.max(large, smallAgain) / Math.min(large, smallAgain);
            System.out.printf(Locale.ROOT, "slower / faster of 1,000,000 and 10,000:  %6.2f   (target <= 2.0; each < 50 ms)%n",
                    ratio);

            double rate = deliveryRate(database, clock);
            System.out.printf(Locale.ROOT, "deliver %,d due prompts to a no-op sink: %,8.0f /s (target >= 2,000)%n",
                    DELIVER, rate);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String postgresVersion(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }

    /** Pending prompts, all but the first {@link #CLAIM} of the very first batch due in the future. */
    private static long insertPending(Database database, Instant now, long offset, int count) {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO follow_ups (owner_id, kind,"
                    + " state, due_at, wake_at, attempts, deliveries, held, idempotency_key, created_at, updated_at)"
                    + " VALUES (?, 'unfinished-flow', 'pending', ?, ?, 0, 0, FALSE, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    long n = offset + i;
                    Instant due = n < CLAIM ? now.minusSeconds(60 + n) : now.plus(Duration.ofMinutes(1 + n % 500_000));
                    insert.setString(1, "user-" + (n % 50_000));
                    Sql.setInstant(insert, 2, due);
                    Sql.setInstant(insert, 3, due);
                    insert.setString(4, "bench:" + n);
                    Sql.setInstant(insert, 5, now);
                    Sql.setInstant(insert, 6, now);
                    insert.addBatch();
                    if (i % 10_000 == 9_999) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
            }
            // Fresh statistics, as a running server's autovacuum keeps them, so the planner sees a million rows.
            if (Sql.onPostgres(connection)) {
                Sql.update(connection, "ANALYZE follow_ups", s -> { });
            }
            return (long) count;
        });
    }

    /**
     * The median time of claiming the due batch (and committing), with the claim undone between runs; the first
     * rounds warm the JIT and are not counted.
     */
    private static double claimMillis(Database database, FollowUpRepository followUps, Instant now) {
        double[] times = new double[REPEATS];
        for (int r = -WARMUP; r < REPEATS; r++) {
            long began = System.nanoTime();
            List<FollowUp> claimed = database.inTransaction(connection ->
                    followUps.claimDue(connection, now, now.plus(Duration.ofMinutes(5)), CLAIM));
            if (r >= 0) {
                times[r] = (System.nanoTime() - began) / 1e6;
            }
            if (claimed.size() != CLAIM) {
                throw new IllegalStateException("claimed " + claimed.size() + " instead of " + CLAIM);
            }
            database.inTransaction(connection -> Sql.update(connection, "UPDATE follow_ups SET state = 'pending',"
                    + " wake_at = due_at WHERE state = 'claimed'", s -> { }));
        }
        Arrays.sort(times);
        return times[REPEATS / 2];
    }

    private static double deliveryRate(Database database, MutableClock clock) {
        database.inTransaction(connection -> Sql.update(connection, "DELETE FROM follow_ups", s -> { }));
        List<Long> counted = new ArrayList<>();
        FollowUpSink noOp = prompt -> {
            counted.add(prompt.followUpId());
            return new FollowUpSink.Delivered();
        };
        // The kit's wiring on this database; the database is closed by the caller, so the kit is not.
        FollowUpKit kit = new FollowUpKit(clock, Map.of(), database);
        database.inTransaction(connection -> {
            kit.metContacts(connection, OWNER, DELIVER);
            return null;
        });
        clock.advance(Duration.ofDays(1));
        try (FollowUpScheduler scheduler = kit.scheduler(noOp)) {
            long began = System.nanoTime();
            int delivered = scheduler.catchUp();
            double seconds = (System.nanoTime() - began) / 1e9;
            if (delivered != DELIVER || counted.size() != DELIVER) {
                throw new IllegalStateException("delivered " + delivered + " instead of " + DELIVER);
            }
            return delivered / seconds;
        }
    }
}
