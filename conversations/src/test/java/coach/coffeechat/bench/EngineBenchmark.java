package coach.coffeechat.bench;

import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Conversations;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Frame;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Notices;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.Session;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.testing.TestDatabases;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Measures the conversation engine on the embedded H2 file database, with the same URL and pool settings as the
 * bot: durable flow transitions per second and their p50/p99 latency for 1,000 simulated users, the raw H2
 * single-row commit rate on the same settings and thread count, their ratio, and heap bytes per cached session.
 * With the argument {@code postgres}, the same on a fresh schema of the PostgreSQL server
 * {@code COFFEECHAT_TEST_POSTGRES_URL} names, and the transitions again through two engines with their own pools
 * and caches, as two bot processes.
 * Run with {@code mvn -q -pl conversations test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=coach.coffeechat.bench.EngineBenchmark} (see README). Not part of the test suite.
 */
public final class EngineBenchmark {
    private static final int USERS = 1_000;
    private static final int THREADS = 4;
    private static final long WARMUP_MILLIS = 3_000;
    private static final long MEASURE_MILLIS = 10_000;
    private static final int CACHED_SESSIONS = 20_000;
    private static final String NOTE = "Moved from teaching chemistry into UX research after a bootcamp; "
            + "leads a team of four and mentors career changers.";

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Optional<String> server = TestDatabases.benchmarkServer(args);
        boolean postgres = server.isPresent();
        Path dir = Files.createTempDirectory("coffeechat-bench");
        CoachConfig config = CoachConfig.from(Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_DATA_DIR", dir.toString())));
        String url = postgres ? TestDatabases.newPostgresSchema(server.get()) : config.jdbcUrl();
        String store = postgres ? "PostgreSQL" : "H2";
        System.out.printf(Locale.ROOT, "Coffee Chat Coach engine benchmark: %d users, %d threads, %d s measured,"
                + " %s, %d cores, Java %s%n", USERS, THREADS, MEASURE_MILLIS / 1000,
                postgres ? store : "H2 " + org.h2.engine.Constants.VERSION,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (Database database = Database.open(url, "", "", config.poolSize())) {
            Result raw = rawCommits(database);
            Result engine = transitions(List.of(database), config, "one-");
            System.out.printf(Locale.ROOT, "raw %-10s single-row commits: %,8.0f /s   p50 %6.3f ms   p99 %6.3f ms%n",
                    store, raw.perSecond(), raw.p50Millis(), raw.p99Millis());
            System.out.printf(Locale.ROOT, "durable flow transitions:      %,10.0f /s   p50 %6.3f ms   p99 %6.3f ms%n",
                    engine.perSecond(), engine.p50Millis(), engine.p99Millis());
            System.out.printf(Locale.ROOT, "ratio transitions / commits:   %10.2f   (target >= 0.50)%n",
                    engine.perSecond() / raw.perSecond());
            if (postgres) {
                // Two engines, each with its own pool and cache, as two bot processes on one server: each serves
                // the users of its own shards (here: half of the users each), on the same threads in total.
                try (Database other = Database.open(url, "", "", config.poolSize())) {
                    Result two = transitions(List.of(database, other), config, "two-");
                    System.out.printf(Locale.ROOT, "transitions, two processes:    %,10.0f /s   p50 %6.3f ms   p99 %6.3f ms%n",
                            two.perSecond(), two.p50Millis(), two.p99Millis());
                    System.out.printf(Locale.ROOT, "ratio two processes / commits: %10.2f   (target >= 0.50)%n",
                            two.perSecond() / raw.perSecond());
                }
            }
            System.out.printf(Locale.ROOT, "p99 transition latency:        %10.3f ms (target < 5 ms)%n",
                    engine.p99Millis());
            System.out.printf(Locale.ROOT, "heap per cached session:       %,10d bytes (target < 2048)%n",
                    bytesPerCachedSession(database));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Throughput and latency of one measurement. */
    private record Result(double perSecond, double p50Millis, double p99Millis) {
        static Result of(long operations, long elapsedNanos, long[] latencies) {
            Arrays.sort(latencies);
            return new Result(operations * 1e9 / elapsedNanos, percentile(latencies, 0.50) / 1e6,
                    percentile(latencies, 0.99) / 1e6);
        }

        private static double percentile(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
        }
    }

    /** A unit of work one thread repeats; returns nothing, throws on failure. */
    @FunctionalInterface
    private interface Operation {
        void run(int thread, long iteration) throws Exception;
    }

    private static Result rawCommits(Database database) throws Exception {
        String payload = "x".repeat(600);
        try (Connection connection = database.dataSource().getConnection()) {
            connection.createStatement().execute("CREATE TABLE bench_rows (id INT PRIMARY KEY, version BIGINT,"
                    + " state VARCHAR(1000000))");
            for (int i = 0; i < USERS; i++) {
                connection.createStatement().execute("INSERT INTO bench_rows VALUES (" + i + ", 0, '')");
            }
        }
        return measure((thread, iteration) -> {
            try (Connection connection = database.dataSource().getConnection();
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE bench_rows SET version = version + 1, state = ? WHERE id = ?")) {
                update.setString(1, payload);
                update.setInt(2, (int) ((thread * 7919L + iteration) % USERS));
                update.executeUpdate();
            }
        });
    }

    /**
     * Durable transitions through one engine per database pool (one per process); user {@code i} is served by
     * engine {@code i % processes}, as a user's shard belongs to one process.
     */
    private static Result transitions(List<Database> processes, CoachConfig config, String prefix) throws Exception {
        Conversations[] engines = new Conversations[processes.size()];
        for (int p = 0; p < engines.length; p++) {
            engines[p] = engine(processes.get(p), Clock.systemUTC(), config.sessionCacheSize());
        }
        UserId[] users = new UserId[USERS];
        for (int i = 0; i < USERS; i++) {
            users[i] = new UserId("bench-" + prefix + i);
            engines[i % engines.length].handle(users[i], Input.Command.of("interview"));
        }
        String[] answers = {"Ana Li", "2", NOTE};
        return measure((thread, iteration) -> {
            int user = (int) ((thread + iteration * THREADS) % USERS);
            Conversations engine = engines[user % engines.length];
            Reply reply = engine.handle(users[user], new Input.Answer(answers[(int) ((iteration / (USERS / THREADS)) % 3)]));
            if (reply.version() < 0 || !reply.notes().isEmpty()) {
                throw new IllegalStateException("the engine did not take the answer: " + reply.notes());
            }
        });
    }

    private static Result measure(Operation operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 20];
                int count = 0;
                start.await();
                for (long i = 0; !stop.get(); i++) {
                    long began = System.nanoTime();
                    operation.run(thread, i);
                    long took = System.nanoTime() - began;
                    if (measuring.get() && count < latencies.length) {
                        latencies[count++] = took;
                    }
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        start.countDown();
        Thread.sleep(WARMUP_MILLIS);
        measuring.set(true);
        long began = System.nanoTime();
        Thread.sleep(MEASURE_MILLIS);
        measuring.set(false);
        long elapsed = System.nanoTime() - began;
        stop.set(true);
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            all.add(result.get());
        }
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
        return Result.of(merged.length, elapsed, merged);
    }

    private static long bytesPerCachedSession(Database database) throws Exception {
        // Sessions as the engine caches them: decoded from the database, mid-flow with typical answers.
        Conversations engine = engine(database, Clock.systemUTC(), 10);
        UserId template = new UserId("bench-template");
        engine.handle(template, Input.Command.of("interview"));
        engine.handle(template, new Input.Answer("Ana Li"));
        engine.handle(template, new Input.Answer("2"));
        Session sample = engine.stored(template).orElseThrow();
        long before = usedHeap();
        Cache<UserId, Session> cache = Caffeine.newBuilder().maximumSize(CACHED_SESSIONS * 2L).build();
        for (int i = 0; i < CACHED_SESSIONS; i++) {
            UserId user = new UserId("cached-user-" + i);
            List<Frame> frames = new ArrayList<>();
            for (Frame frame : sample.frames()) {
                frames.add(copy(frame, i));
            }
            cache.put(user, new Session(user, sample.version(), frames, null, sample.updatedAt()));
        }
        long after = usedHeap();
        if (cache.estimatedSize() != CACHED_SESSIONS) {
            throw new IllegalStateException("cache lost sessions");
        }
        return (after - before) / CACHED_SESSIONS;
    }

    // Fresh strings per session, so that nothing is shared between cached sessions that would not be in real life.
    private static Frame copy(Frame frame, int salt) {
        Map<String, String> answers = new java.util.HashMap<>();
        frame.answers().forEach((key, value) -> answers.put(key, value + salt));
        return new Frame(frame.flowId(), frame.stepId(), answers, frame.history(),
                frame.attempts(), frame.retained(), frame.returnStep());
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** A three-step loop (name, choice, note) that never finishes, so every input is one durable transition. */
    private static Conversations engine(Database database, Clock clock, int cacheSize) {
        Flow interview = Flow.of("interview", "a benchmark interview", List.of(
                Step.named("name")
                        .prompt(c -> new Prompt.Text("Who?", "Name", Prompt.TextLength.SHORT, 100, "", ""))
                        .next(c -> Next.goTo("format"))
                        .build(),
                Step.named("format")
                        .prompt(c -> new Prompt.Choice("How will you meet " + c.answer("name") + "?", List.of(
                                Prompt.Option.of("person", "In person"), Prompt.Option.of("phone", "Phone"),
                                Prompt.Option.of("video", "Video"))))
                        .next(c -> Next.goTo("note"))
                        .build(),
                Step.named("note")
                        .prompt(c -> new Prompt.Text("What will you ask?", "Note", Prompt.TextLength.LONG, 1000, "", ""))
                        .next(c -> Next.goTo("name"))
                        .build()),
                c -> Completion.of("done"));
        CommandCatalog commands = CommandCatalog.builder()
                .add(CommandSpec.of("interview", "Benchmark flow"), (command, context) -> CommandHandler.launch("interview"))
                .build();
        // The bot's engine also looks for follow-ups held for the user on every input: measure that too.
        Notices held = TestCoach.followUps().notices();
        return Conversations.builder()
                .dataSource(database.dataSource())
                .clock(clock)
                .texts(TestCoach.TEXTS)
                .commands(commands)
                .flows(List.of(interview))
                .notices(held)
                .cacheSize(cacheSize)
                .build();
    }
}
