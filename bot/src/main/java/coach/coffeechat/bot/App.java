package coach.coffeechat.bot;

import coach.coffeechat.Coach;
import coach.coffeechat.bot.ops.OpsSettings;
import coach.coffeechat.bot.ops.Telemetry;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Texts;
import coach.coffeechat.store.Database;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: its database, the coach assembled on it, and the operator's view of both ({@link Telemetry}:
 * metrics and health, when {@code metrics.port} is set). Closing it stops the telemetry and closes the database
 * exactly once,
 * whichever thread gets there first (the main thread at the end, or the shutdown hook on SIGTERM or Ctrl-C).
 * Thread-safe.
 */
public final class App implements AutoCloseable {
    // Created when App is first used, which Main arranges to be after logging knows where to write.
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final CoachConfig config;
    private final Database database;
    private final Coach coach;
    private final Telemetry telemetry;
    private final AtomicBoolean closed = new AtomicBoolean();

    private App(CoachConfig config, Database database, Coach coach, Telemetry telemetry) {
        this.config = config;
        this.database = database;
        this.coach = coach;
        this.telemetry = telemetry;
    }

    /**
     * Opens (and migrates) the database and assembles the coach on it. The data directory must exist.
     *
     * @param config the validated settings
     * @param texts the messages
     * @param clock where all time comes from
     */
    public static App start(CoachConfig config, Texts texts, Clock clock) {
        return start(config, java.util.Optional.empty(), texts, clock);
    }

    /**
     * Opens (and migrates) the database and assembles the coach on it. The data directory must exist.
     *
     * @param config the validated settings
     * @param configDir the {@code --config} directory (templates, checks, question bank), or empty
     * @param texts the messages
     * @param clock where all time comes from
     */
    public static App start(CoachConfig config, java.util.Optional<java.nio.file.Path> configDir, Texts texts,
                            Clock clock) {
        return start(config, configDir, texts, clock, () -> { });
    }

    /**
     * Opens (and migrates) the database and assembles the coach on it. The data directory must exist.
     *
     * @param config the validated settings
     * @param configDir the {@code --config} directory (templates, checks, question bank), or empty
     * @param texts the messages
     * @param clock where all time comes from
     * @param onStorageLost what to do, once, after the database lost its file for good (H2 closed it when a write
     *     failed): the process should end with a failure, so that it is started again and recovers the file
     */
    public static App start(CoachConfig config, java.util.Optional<java.nio.file.Path> configDir, Texts texts,
                            Clock clock, Runnable onStorageLost) {
        Objects.requireNonNull(config, "config");
        long opening = System.nanoTime();
        Database database = config.databaseUrl().isEmpty()
                ? Database.openEmbedded(config.dataDir(), config.poolSize(), clock)
                : Database.open(config.jdbcUrl(), config.databaseUser(), config.databasePassword(), config.poolSize());
        database.onStorageLost(() -> {
            LOG.error("the database can no longer write its file (a full disk, or a file system turned read-only);"
                    + " nothing more can be saved, so the bot stops with exit code 1 for a supervisor to start it"
                    + " again: the start recovers the file once the disk allows");
            onStorageLost.run();
        });
        StartupPhases.log("database", System.nanoTime() - opening, LOG);
        Telemetry telemetry = Telemetry.from(OpsSettings.from(config.settings()));
        try {
            long assembling = System.nanoTime();
            Coach coach = Coach.assemble(config, configDir, texts, telemetry.timed(database.dataSource()), clock,
                    telemetry.meters());
            StartupPhases.log("coach", System.nanoTime() - assembling, LOG);
            telemetry.serve(database.dataSource());
            LOG.info("started with {}", config);
            return new App(config, database, coach, telemetry);
        } catch (RuntimeException e) {
            telemetry.close();
            database.close();
            throw e;
        }
    }

    /** The assembled product. */
    public Coach coach() {
        return coach;
    }

    /** The settings it runs with. */
    public CoachConfig config() {
        return config;
    }

    /** The metrics and the health check; the transport tells it about its gateway. */
    public Telemetry telemetry() {
        return telemetry;
    }

    /** Stops the telemetry and closes the database; later calls do nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            telemetry.close();
            database.close();
            LOG.info("closed the database");
        }
    }
}
