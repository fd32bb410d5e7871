package coach.coffeechat.bot.console;

import coach.coffeechat.Coach;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.Texts;
import coach.coffeechat.followup.FollowUp;
import coach.coffeechat.store.Database;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The whole product on a fresh in-memory H2 database with a fixed clock, for driving console sessions. */
final class InMemoryCoach implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    /** The shipped settings, but files the console saves (charts, exports, invites) go under {@code target/}. */
    static final CoachConfig CONFIG = CoachConfig.from(Settings.load(Optional.empty(),
            Map.of("COFFEECHAT_DATA_DIR", "target/console-test-data")));
    static final Texts TEXTS = Texts.load(Optional.empty());
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Database database;
    private final Coach coach;
    private final CoachConfig config;

    private InMemoryCoach(Database database, Coach coach, CoachConfig config) {
        this.config = config;
        this.database = database;
        this.coach = coach;
    }

    /** A coach on a database no other test uses. */
    static InMemoryCoach open() {
        return open(CLOCK, CONFIG);
    }

    /** A coach on a database no other test uses, on this clock and with these settings in the environment. */
    static InMemoryCoach open(Clock clock, Map<String, String> environment) {
        return open(clock, CoachConfig.from(Settings.load(Optional.empty(), environment)));
    }

    private static InMemoryCoach open(Clock clock, CoachConfig config) {
        Database database = Database.open(
                "jdbc:h2:mem:console" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "", "", 4);
        return new InMemoryCoach(database, Coach.assemble(config, TEXTS, database.dataSource(), clock), config);
    }

    /** A coach on a database no other test uses, with a {@code --config} directory, as {@code Main} builds it. */
    static InMemoryCoach open(Path configDir) {
        Database database = Database.open(
                "jdbc:h2:mem:console" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "", "", 4);
        return new InMemoryCoach(database, Coach.assemble(CONFIG, Optional.of(configDir),
                Texts.load(Optional.of(configDir)), database.dataSource(), CLOCK), CONFIG);
    }

    Coach coach() {
        return coach;
    }

    /** The console user's follow-ups that are still open, soonest first. */
    List<FollowUp> followUps() {
        try (Connection connection = database.dataSource().getConnection()) {
            return coach.followUps().open(connection, ConsoleSession.USER);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one console session over the typed lines (the end of the script is the end of input). */
    String converse(String... lines) {
        return converse(false, lines);
    }

    /** Runs one console session, as typed at a terminal or piped, and returns what it printed. */
    String converse(boolean interactive, String... lines) {
        return converseInput(interactive, lines.length == 0 ? "" : String.join("\n", lines) + "\n");
    }

    /** Runs one piped console session over exactly this input, line breaks and all, and returns what it printed. */
    String converseInput(String input) {
        return converseInput(false, input);
    }

    private String converseInput(boolean interactive, String input) {
        StringWriter out = new StringWriter();
        Terminal scripted = Terminal.scripted(input, out, new StringWriter());
        Terminal terminal = new Terminal(scripted.in(), scripted.out(), scripted.err(), interactive);
        try {
            new ConsoleSession(coach, config, terminal).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    @Override
    public void close() {
        database.close();
    }
}
