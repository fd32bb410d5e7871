package coach.coffeechat.bot.discord;

import coach.coffeechat.Coach;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.ContactFeature;
import coach.coffeechat.contact.NewContact;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import coach.coffeechat.user.QuietHours;
import coach.coffeechat.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The one real {@link Coach} the router tests of a test run share, on a migrated in-memory H2 database and a fixed
 * clock: migrating a database is most of what a fresh one costs, so it is done once. Tests keep apart by acting for
 * users of their own ({@link RouterHarness#newUser()}); nothing here is ever reset. The database lives as long as the
 * JVM. The coach reaches it through a {@link BreakableDataSource}, so that a test can make the engine fail for a
 * moment ({@link #breakDatabase}) and mend it afterwards ({@link #mendDatabase}).
 *
 * <p>Opening it (H2, the pool, Flyway's migrations, the coach: about a second of a cold JVM) starts on a thread of
 * its own as soon as this class is first used, and the first call that needs the coach waits for it. So a caller can
 * do other one-time work meanwhile on a second core, as {@link RouterHarness} does with Mockito's; a failure to
 * open is thrown by every call that needs the coach.
 */
final class SharedCoach {
    /** The coach's clock, 2026-03-02 09:00 UTC, as in the end-to-end tests. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private static final CompletableFuture<SharedCoach> OPENING = CompletableFuture.supplyAsync(SharedCoach::open,
            task -> {
                Thread opener = new Thread(task, "shared-coach-opener");
                opener.setDaemon(true);
                opener.start();
            });

    private final Database database;
    private final BreakableDataSource dataSource;
    private final Coach coach;

    private SharedCoach(Database database, BreakableDataSource dataSource, Coach coach) {
        this.database = database;
        this.dataSource = dataSource;
        this.coach = coach;
    }

    private static SharedCoach open() {
        Database database = Database.open("jdbc:h2:mem:router-tests;DB_CLOSE_DELAY=-1", "", "", 4);
        BreakableDataSource dataSource = new BreakableDataSource(database.dataSource());
        Coach coach = Coach.assemble(CoachConfig.from(Settings.load(Optional.empty(), Map.of())),
                Texts.load(Optional.empty()), dataSource, CLOCK);
        return new SharedCoach(database, dataSource, coach);
    }

    /** Starts opening the coach in the background, if it has not started yet; returns at once. */
    static void startOpening() {
        // Loading this class has started it: nothing more to do.
    }

    /** The shared coach, once it is open: waits for the opening thread the first time. */
    private static SharedCoach instance() {
        try {
            return OPENING.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** The coach, waiting for it to be open. */
    static Coach coach() {
        return instance().coach;
    }

    /** Its database, for setting a scene or reading what was stored, bypassing the coach. */
    static Database database() {
        return instance().database;
    }

    /**
     * Saves a contact for a user straight into the database (making the user's row first), for setting a scene;
     * no stage listener hears it.
     */
    static void saveContact(UserId user, NewContact contact) {
        Texts texts = coach().texts();
        UserRepository users = new UserRepository(ZoneOffset.UTC, new QuietHours(LocalTime.MIDNIGHT,
                LocalTime.MIDNIGHT));
        ContactBook contacts = ContactFeature.create(texts, users, 0.88, 1000).book();
        database().inTransaction(connection -> {
            users.ensure(connection, user, CLOCK.instant());
            return contacts.add(connection, contact, CLOCK.instant());
        });
    }

    /** The path of every command in the catalog. */
    static List<String> commandPaths() {
        return coach().commands().specs().stream().map(spec -> spec.path()).toList();
    }

    /** Makes every new connection of the coach fail, as when the database has gone away. */
    static void breakDatabase() {
        instance().dataSource.broken(true);
    }

    /** Gives the coach working connections again. */
    static void mendDatabase() {
        instance().dataSource.broken(false);
    }
}
