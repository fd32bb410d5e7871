package coach.coffeechat.store;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Small facts the bot remembers about itself across restarts (not about any user), such as the hash of the slash
 * commands it last registered, so that it only registers again when they changed. Each call is its own
 * transaction. Thread-safe.
 */
public final class BotState {
    private final DataSource dataSource;
    private final Clock clock;

    /**
     * @param dataSource the migrated database
     * @param clock when values are stored
     */
    public BotState(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The value stored under a name, if any. */
    public Optional<String> get(String name) {
        return Database.inTransaction(dataSource, connection -> Sql.one(connection,
                "SELECT content FROM bot_state WHERE name = ?", s -> s.setString(1, name), row -> row.getString(1)));
    }

    /** Stores a value under a name, replacing any earlier one. */
    public void put(String name, String value) {
        Database.inTransaction(dataSource, connection -> {
            int changed = Sql.update(connection, "UPDATE bot_state SET content = ?, updated_at = ? WHERE name = ?", s -> {
                s.setString(1, value);
                Sql.setInstant(s, 2, clock.instant());
                s.setString(3, name);
            });
            if (changed == 0) {
                Sql.update(connection, "INSERT INTO bot_state (name, content, updated_at) VALUES (?, ?, ?)", s -> {
                    s.setString(1, name);
                    s.setString(2, value);
                    Sql.setInstant(s, 3, clock.instant());
                });
            }
            return null;
        });
    }
}
