package coach.coffeechat.engine;

import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.store.Sql;
import coach.coffeechat.store.StoreException;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;

/**
 * The sessions table. Writes are conditional on the version read, so a write based on stale state is refused
 * rather than lost, also across several bot processes sharing one database.
 */
final class SessionRepository {

    /**
     * Reads a session.
     *
     * @param lockRow whether to hold the row lock until the transaction ends: used after an optimistic write
     *     lost, so that the retry is sure to make progress
     */
    Optional<Session> find(Connection connection, UserId user, boolean lockRow) {
        return Sql.one(connection, "SELECT version, state, updated_at FROM sessions WHERE user_id = ?"
                        + (lockRow ? " FOR UPDATE" : ""),
                s -> s.setString(1, user.value()),
                row -> {
                    SessionCodec.State state = SessionCodec.decode(row.getString("state"));
                    return new Session(user, row.getLong("version"), state.frames(), state.pending(),
                            Sql.getInstant(row, "updated_at"));
                });
    }

    /** The stored version of a user's session; 0 when none is stored. */
    long version(Connection connection, UserId user) {
        return Sql.one(connection, "SELECT version FROM sessions WHERE user_id = ?",
                s -> s.setString(1, user.value()), row -> row.getLong(1)).orElse(0L);
    }

    /**
     * Stores the next version of a session.
     *
     * @param expectedVersion the version the change was based on; 0 for a session never stored
     * @param next the new state, with {@code version == expectedVersion + 1}
     * @param idleAt when an open flow counts as left idle, or null when no flow is open
     * @return false when someone else wrote first: reload and try again
     */
    boolean write(Connection connection, long expectedVersion, Session next, Instant idleAt) {
        String state = SessionCodec.encode(next.frames(), next.pending());
        String flowId = next.inFlow() ? next.bottom().flowId() : null;
        // The language the session's prompts are shown in now, for a reminder to someone with no settings yet.
        String language = LanguageScope.current().tag();
        if (expectedVersion == 0) {
            try {
                Sql.update(connection, "INSERT INTO sessions (user_id, version, flow_id, state, updated_at, idle_at,"
                        + " language) VALUES (?, ?, ?, ?, ?, ?, ?)", s -> {
                            s.setString(1, next.user().value());
                            s.setLong(2, next.version());
                            s.setString(3, flowId);
                            s.setString(4, state);
                            Sql.setInstant(s, 5, next.updatedAt());
                            Sql.setInstant(s, 6, idleAt);
                            s.setString(7, language);
                        });
                return true;
            } catch (StoreException e) {
                if (Sql.isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
        }
        int changed = Sql.update(connection, "UPDATE sessions SET version = ?, flow_id = ?, state = ?, updated_at = ?,"
                + " idle_at = ?, reminded_at = NULL, language = ? WHERE user_id = ? AND version = ?", s -> {
                    s.setLong(1, next.version());
                    s.setString(2, flowId);
                    s.setString(3, state);
                    Sql.setInstant(s, 4, next.updatedAt());
                    Sql.setInstant(s, 5, idleAt);
                    s.setString(6, language);
                    s.setString(7, next.user().value());
                    s.setLong(8, expectedVersion);
                });
        return changed == 1;
    }
}
