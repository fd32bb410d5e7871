package coach.coffeechat.testing;

import coach.coffeechat.store.Database;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Real H2 databases for tests: a fresh in-memory one per call, or a file one for restart tests. */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabases() {
    }

    /** A fresh, migrated in-memory database that lives until closed. */
    public static Database inMemory() {
        return Database.open("jdbc:h2:mem:test" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "", "", 8);
    }

    /** A migrated H2 file database in a directory, as the bot uses by default. */
    public static Database file(Path directory) {
        return Database.open("jdbc:h2:file:" + directory.toAbsolutePath().resolve("coffeechat"), "", "", 8);
    }
}
