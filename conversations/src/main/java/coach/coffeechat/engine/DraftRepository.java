package coach.coffeechat.engine;

import coach.coffeechat.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Flows a user set aside to start something else; kept until {@code /resume} brings them back. */
final class DraftRepository {

    /**
     * A stored draft.
     *
     * @param id its row id
     * @param frames the flows as they were set aside
     * @param savedAt when they were set aside
     */
    record Draft(long id, List<Frame> frames, Instant savedAt) {
    }

    void save(Connection connection, UserId user, List<Frame> frames, Instant now) {
        Sql.update(connection, "INSERT INTO flow_drafts (user_id, flow_id, state, saved_at) VALUES (?, ?, ?, ?)", s -> {
            s.setString(1, user.value());
            s.setString(2, frames.get(0).flowId());
            s.setString(3, SessionCodec.encode(frames, null));
            Sql.setInstant(s, 4, now);
        });
    }

    /** The user's drafts, the most recently set aside first. */
    List<Draft> list(Connection connection, UserId user) {
        return Sql.list(connection, "SELECT id, state, saved_at FROM flow_drafts WHERE user_id = ?"
                + " ORDER BY saved_at DESC, id DESC", s -> s.setString(1, user.value()), DraftRepository::map);
    }

    /** One of the user's drafts, if it is still there. */
    Optional<Draft> find(Connection connection, UserId user, long id) {
        return Sql.one(connection, "SELECT id, state, saved_at FROM flow_drafts WHERE user_id = ? AND id = ?", s -> {
            s.setString(1, user.value());
            s.setLong(2, id);
        }, DraftRepository::map);
    }

    void delete(Connection connection, long id) {
        Sql.update(connection, "DELETE FROM flow_drafts WHERE id = ?", s -> s.setLong(1, id));
    }

    private static Draft map(ResultSet row) throws SQLException {
        return new Draft(row.getLong("id"), SessionCodec.decode(row.getString("state")).frames(),
                Sql.getInstant(row, "saved_at"));
    }

    int count(Connection connection, UserId user) {
        return Sql.one(connection, "SELECT COUNT(*) FROM flow_drafts WHERE user_id = ?",
                s -> s.setString(1, user.value()), row -> row.getInt(1)).orElse(0);
    }
}
