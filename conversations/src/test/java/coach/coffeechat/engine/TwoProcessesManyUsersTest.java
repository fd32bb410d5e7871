package coach.coffeechat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.store.Database;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.testing.TestDatabases;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two processes (two engines, each with its own pool and cache) x 16 threads send typed answers, button clicks and
 * reads for the same 100 users. Within a process a user's inputs take turns, as the bot's per-user lanes make
 * them; across processes they race. Every answer names the session version of the prompt it answers, so the end
 * state shows whether any answer was lost, applied to another question than the one shown, or whether a read
 * showed a state older than one already stored. On H2 and, in the PostgreSQL run, on PostgreSQL.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
final class TwoProcessesManyUsersTest {
    private static final int USERS = 100;
    private static final int THREADS_PER_PROCESS = 16;
    private static final int OPERATIONS_PER_THREAD = 150;

    private final MutableClock clock = MutableClock.atMondayMorning();

    /** One simulated process: its engine on its own pool, and its per-user lanes. */
    private record Process(Conversations engine, Map<Integer, ReentrantLock> lanes) {
        ReentrantLock lane(int user) {
            return lanes.computeIfAbsent(user, u -> new ReentrantLock());
        }
    }

    @Test
    void noLostUpdateNoAnswerOnAnotherQuestionAndNoStaleRead() throws Exception {
        // Two pools on one database: the second process shares the first one's data but not its pool, cache or lanes.
        String url = TestDatabases.freshUrl();
        try (Database first = Database.open(url, "", "", 8); Database second = Database.open(url, "", "", 8)) {
            run(new Process(TripFlows.engine(first.dataSource(), clock), new ConcurrentHashMap<>()),
                    new Process(TripFlows.engine(second.dataSource(), clock), new ConcurrentHashMap<>()));
        }
    }

    private void run(Process one, Process two) throws Exception {
        UserId[] users = new UserId[USERS];
        long[] startVersion = new long[USERS];
        for (int u = 0; u < USERS; u++) {
            users[u] = new UserId("user-" + u);
            startVersion[u] = one.engine().handle(users[u], Input.Command.of("tally")).version();
        }
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        List<String> staleReads = new ArrayList<>();
        String movedOn = TestCoach.TEXTS.get("engine.moved-on");
        String stale = TestCoach.TEXTS.get("engine.stale");
        ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_PROCESS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 2 * THREADS_PER_PROCESS; t++) {
            Process process = t % 2 == 0 ? one : two;
            Random random = new Random(t);
            int thread = t;
            work.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                    int u = random.nextInt(USERS);
                    ReentrantLock lane = process.lane(u);
                    lane.lock();
                    try {
                        long before = process.engine().stored(users[u]).orElseThrow().version();
                        Reply shown = process.engine().current(users[u]);
                        if (shown.version() < before) {
                            synchronized (staleReads) {
                                staleReads.add(users[u] + " shown v" + shown.version() + " after v" + before);
                            }
                        }
                        int kind = random.nextInt(3);
                        if (kind == 0) {
                            continue;
                        }
                        String answer = "v" + shown.version() + "t" + thread + "i" + i;
                        Reply reply = kind == 1
                                ? process.engine().handle(users[u], new Input.Answer(answer))
                                : process.engine().handle(users[u], new Input.Answer(answer), shown.version());
                        assertThat(reply.notes()).doesNotContain(TestCoach.TEXTS.get("engine.error"));
                        if (!reply.notes().contains(movedOn) && !reply.notes().contains(stale)) {
                            accepted.add(users[u].value() + "/" + answer);
                        }
                    } finally {
                        lane.unlock();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : work) {
            future.get(4, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(staleReads).isEmpty();
        Set<String> stored = new HashSet<>();
        for (int u = 0; u < USERS; u++) {
            Session session = one.engine().stored(users[u]).orElseThrow();
            String items = session.top().answers().getOrDefault("items", "");
            List<String> answers = items.isEmpty() ? List.of() : Arrays.asList(items.split(","));
            for (int j = 0; j < answers.size(); j++) {
                // The j-th answer taken was given to the prompt shown at the j-th version after the start.
                String answer = answers.get(j);
                long shownAt = Long.parseLong(answer.substring(1, answer.indexOf('t')));
                assertThat(shownAt).as("%s's answer %s", users[u], answer).isEqualTo(startVersion[u] + j);
                assertThat(stored.add(users[u].value() + "/" + answer)).as("stored once: %s", answer).isTrue();
            }
            assertThat(session.version()).isEqualTo(startVersion[u] + answers.size());
        }
        assertThat(stored).isEqualTo(accepted);
        assertThat(accepted).hasSizeGreaterThan(USERS);
    }
}
