package coach.coffeechat.testing;

import coach.coffeechat.Coach;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpPrompt;
import coach.coffeechat.followup.FollowUpScheduler;
import coach.coffeechat.followup.FollowUpSink;
import coach.coffeechat.store.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The whole product for one test: a fresh in-memory database, a fake clock at Monday morning, the coach on them,
 * and its follow-up timer delivering into a list (thread-safe, for tests of the timer's own thread too). Close it
 * after the test.
 */
public final class ProductBench implements AutoCloseable {
    private final MutableClock clock = MutableClock.atMondayMorning();
    private final Database database = TestDatabases.inMemory();
    private final Coach coach;
    private final BlockingQueue<FollowUpPrompt> delivered = new LinkedBlockingQueue<>();
    private final FollowUpScheduler timer;

    /** The product with the shipped configuration. */
    public ProductBench() {
        this(Optional.empty());
    }

    /** The product with a {@code --config} directory, as {@code Main} builds it. */
    public ProductBench(Optional<Path> configDir) {
        coach = configDir.isEmpty() ? TestCoach.on(database.dataSource(), clock)
                : Coach.assemble(TestCoach.CONFIG, configDir, Texts.load(configDir), database.dataSource(), clock);
        timer = coach.timer(prompt -> {
            delivered.add(prompt);
            return new FollowUpSink.Delivered();
        });
    }

    public MutableClock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public Coach coach() {
        return coach;
    }

    public FollowUpScheduler timer() {
        return timer;
    }

    /** Handles one input for {@code user} and returns the reply. */
    public Reply handle(UserId user, Input input) {
        return coach.conversations().handle(user, input);
    }

    /** Every prompt delivered so far, oldest first. */
    public List<FollowUpPrompt> delivered() {
        return List.copyOf(delivered);
    }

    /** Waits for the next prompt the timer delivers on its own thread; {@code null} if none comes in time. */
    public FollowUpPrompt nextDelivery(long timeout, TimeUnit unit) throws InterruptedException {
        return delivered.poll(timeout, unit);
    }

    /** A shipped message with its placeholders filled. */
    public static String text(String key, Object... namesAndValues) {
        return TestCoach.TEXTS.get(key, namesAndValues);
    }

    @Override
    public void close() {
        timer.close();
        database.close();
    }
}
