package coach.coffeechat.engine;

import coach.coffeechat.store.Database;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The engine on the test trip flows ({@link TripFlows}), a fresh in-memory database and a fake clock at Monday
 * morning, for the engine's own tests; {@link #send} types as a user would.
 */
abstract class TripEngineTest {
    static final UserId MAYA = new UserId("maya");

    final MutableClock clock = MutableClock.atMondayMorning();
    Database database;
    Conversations engine;

    @BeforeEach
    void open() {
        database = TestDatabases.inMemory();
        engine = TripFlows.engine(database.dataSource(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** A line as the user types it: a command when it starts with "/", else an answer. */
    Reply send(String text) {
        return engine.handle(MAYA, text.startsWith("/") ? Input.Command.of(text.substring(1)) : new Input.Answer(text));
    }
}
