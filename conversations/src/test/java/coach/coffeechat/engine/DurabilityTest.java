package coach.coffeechat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.store.Database;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DurabilityTest {
    private static final UserId MAYA = new UserId("maya");

    private final MutableClock clock = MutableClock.atMondayMorning();

    @Test
    void aRestartInTheMiddleOfAFlowResumesAtTheSameStepWithTheAnswersKept(@TempDir Path dataDir) {
        // GIVEN a flow half done on a file database
        try (Database database = TestDatabases.file(dataDir)) {
            Conversations engine = TripFlows.engine(database.dataSource(), clock);
            engine.handle(MAYA, Input.Command.of("trip"));
            engine.handle(MAYA, new Input.Answer("Lisbon"));
            engine.handle(MAYA, new Input.Answer("alone"));
        }

        // WHEN the process restarts: a new engine on the same database file
        try (Database database = TestDatabases.file(dataDir)) {
            Conversations engine = TripFlows.engine(database.dataSource(), clock);
            Reply resumed = engine.handle(MAYA, Input.Command.of("resume"));

            // THEN it asks the same step, and finishing uses the answers given before the restart
            assertThat(resumed.prompt().get().text()).isEqualTo("Anything to remember?");
            engine.handle(MAYA, new Input.Answer("Pack light"));
            Reply done = engine.handle(MAYA, new Input.Answer("yes"));
            assertThat(done.notes()).containsExactly("Booked Lisbon alone, note: Pack light");
        }
    }

    @Test
    void aNewVersionWithoutTheOpenFlowClosesItQuietlyInsteadOfFailingEveryInput(@TempDir Path dataDir) {
        // GIVEN a flow half done
        try (Database database = TestDatabases.file(dataDir)) {
            Conversations engine = TripFlows.engine(database.dataSource(), clock);
            engine.handle(MAYA, Input.Command.of("trip"));
            engine.handle(MAYA, new Input.Answer("Lisbon"));
        }

        // WHEN a version that no longer has that flow starts on the same database
        try (Database database = TestDatabases.file(dataDir)) {
            Conversations upgraded = Conversations.builder()
                    .dataSource(database.dataSource())
                    .clock(clock)
                    .texts(TestCoach.TEXTS)
                    .commands(CommandCatalog.builder()
                            .add(CommandSpec.of("ping", "Answer at once"),
                                    (command, context) -> CommandHandler.respond("pong"))
                            .build())
                    .flows(List.of(TripFlows.SURVEY))
                    .build();

            // THEN the user is not stuck: nothing is open, commands work, and the old flow is gone when stored
            assertThat(upgraded.stored(MAYA).orElseThrow().frames()).isEmpty();
            assertThat(upgraded.current(MAYA).prompt()).isEmpty();
            assertThat(upgraded.handle(MAYA, Input.Command.of("ping")).notes()).containsExactly("pong");
            assertThat(upgraded.handle(MAYA, new Input.Answer("alone")).notes())
                    .containsExactly(TestCoach.TEXTS.get("engine.nothing-open"));
        }
    }

    @Test
    void aRestartKeepsAFlowThatWasSetAsideAsADraft(@TempDir Path dataDir) {
        try (Database database = TestDatabases.file(dataDir)) {
            Conversations engine = TripFlows.engine(database.dataSource(), clock);
            engine.handle(MAYA, Input.Command.of("trip"));
            engine.handle(MAYA, new Input.Answer("Lisbon"));
            engine.handle(MAYA, Input.Command.of("survey"));
            engine.handle(MAYA, new Input.Answer("abandon"));
            engine.handle(MAYA, new Input.Answer("good"));
        }
        try (Database database = TestDatabases.file(dataDir)) {
            Conversations engine = TripFlows.engine(database.dataSource(), clock);

            Reply resumed = engine.handle(MAYA, Input.Command.of("resume"));

            assertThat(resumed.prompt().get().text()).isEqualTo("Who comes along?");
            assertThat(engine.stored(MAYA).orElseThrow().top().answers()).containsEntry("city", "Lisbon");
        }
    }

    @Test
    void thirtyTwoThreadsSendingInputsForOneUserLoseNoUpdate() throws Exception {
        // GIVEN two engines on one database (two processes), each with its own cache and locks
        try (Database database = TestDatabases.inMemory()) {
            Conversations first = TripFlows.engine(database.dataSource(), clock);
            Conversations second = TripFlows.engine(database.dataSource(), clock);
            first.handle(MAYA, Input.Command.of("tally"));
            int threads = 32;
            int perThread = 25;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            Set<String> refused = ConcurrentHashMap.newKeySet();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();

            // WHEN 32 threads send 25 answers each, half through each engine
            for (int t = 0; t < threads; t++) {
                Conversations engine = t % 2 == 0 ? first : second;
                int thread = t;
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        String answer = "t" + thread + "-" + i;
                        Reply reply = engine.handle(MAYA, new Input.Answer(answer));
                        assertThat(reply.notes()).doesNotContain(TestCoach.TEXTS.get("engine.error"));
                        if (reply.notes().contains(TestCoach.TEXTS.get("engine.moved-on"))) {
                            refused.add(answer);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : work) {
                future.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            // THEN every answer is either in the stored session exactly once or was answered as refused (its
            // question moved on in the other process first), never both and never lost; the version counted every
            // write
            Session stored = first.stored(MAYA).orElseThrow();
            List<String> items = Arrays.asList(stored.top().answers().get("items").split(","));
            Set<String> expected = new HashSet<>();
            for (int t = 0; t < threads; t++) {
                for (int i = 0; i < perThread; i++) {
                    expected.add("t" + t + "-" + i);
                }
            }
            assertThat(items).doesNotHaveDuplicates().doesNotContainAnyElementsOf(refused);
            Set<String> accountedFor = new HashSet<>(items);
            accountedFor.addAll(refused);
            assertThat(accountedFor).isEqualTo(expected);
            assertThat(items).hasSizeGreaterThanOrEqualTo(perThread);
            assertThat(stored.version()).isEqualTo(1 + items.size());
        }
    }

    @Test
    void differentUsersAreServedInParallel() throws Exception {
        // Each user's lock is independent: a user holding their lock does not block another user's input.
        try (Database database = TestDatabases.inMemory()) {
            Conversations engine = TripFlows.engine(database.dataSource(), clock);
            CountDownLatch insideFirst = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Conversations blocking = Conversations.builder()
                    .dataSource(database.dataSource())
                    .clock(clock)
                    .texts(TestCoach.TEXTS)
                    .commands(CommandCatalog.builder()
                            .add(CommandSpec.of("wait", "Wait"), (command, context) -> {
                                insideFirst.countDown();
                                try {
                                    release.await(30, TimeUnit.SECONDS);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                return CommandHandler.respond("done");
                            })
                            .build())
                    .build();
            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<Reply> waiting = pool.submit(() -> blocking.handle(MAYA, Input.Command.of("wait")));
            assertThat(insideFirst.await(30, TimeUnit.SECONDS)).isTrue();

            Reply other = blocking.handle(new UserId("leo"), Input.Command.of("help"));

            assertThat(other.notes()).isNotEmpty();
            release.countDown();
            assertThat(waiting.get(30, TimeUnit.SECONDS).notes()).containsExactly("done");
            pool.shutdown();
            assertThat(engine.stored(MAYA)).isEmpty();
        }
    }
}
