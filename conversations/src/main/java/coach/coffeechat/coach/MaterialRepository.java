package coach.coffeechat.coach;

import coach.coffeechat.engine.ServerMaterial;
import coach.coffeechat.store.Sql;
import java.sql.Connection;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code coach_questions} and {@code coach_templates} tables: a server's own questions and templates. They
 * belong to the server (no user id is kept) and go with its setup. Works in the caller's transaction. Stateless.
 */
final class MaterialRepository {
    /** The questions of a server, oldest first. */
    List<ServerMaterial.Question> questions(Connection connection, String serverId) {
        return Sql.list(connection, "SELECT id, text, tags FROM coach_questions WHERE server_id = ? ORDER BY id",
                s -> s.setString(1, serverId), row -> new ServerMaterial.Question(row.getLong("id"),
                        row.getString("text"), Arrays.asList(row.getString("tags").split(","))));
    }

    /** Adds a question; returns its id. */
    long addQuestion(Connection connection, String serverId, String text, List<String> tagIds, Instant now) {
        return Sql.insert(connection, "INSERT INTO coach_questions (server_id, text, tags, created_at)"
                + " VALUES (?, ?, ?, ?)", s -> {
                    s.setString(1, serverId);
                    s.setString(2, text);
                    s.setString(3, String.join(",", tagIds));
                    Sql.setInstant(s, 4, now);
                });
    }

    /** Removes a question of this server; whether there was one. */
    boolean removeQuestion(Connection connection, String serverId, long id) {
        return Sql.update(connection, "DELETE FROM coach_questions WHERE server_id = ? AND id = ?", s -> {
            s.setString(1, serverId);
            s.setLong(2, id);
        }) > 0;
    }

    /** The server's own text of a template. */
    Optional<String> template(Connection connection, String serverId, String name) {
        return Sql.one(connection, "SELECT text FROM coach_templates WHERE server_id = ? AND name = ?", s -> {
            s.setString(1, serverId);
            s.setString(2, name);
        }, row -> row.getString(1));
    }

    /** Saves the server's own text of a template, new or changed. */
    void saveTemplate(Connection connection, String serverId, String name, String text, Instant now) {
        removeTemplate(connection, serverId, name);
        Sql.update(connection, "INSERT INTO coach_templates (server_id, name, text, updated_at) VALUES (?, ?, ?, ?)",
                s -> {
                    s.setString(1, serverId);
                    s.setString(2, name);
                    s.setString(3, text);
                    Sql.setInstant(s, 4, now);
                });
    }

    /** Goes back to the shipped template; whether the server had its own. */
    boolean removeTemplate(Connection connection, String serverId, String name) {
        return Sql.update(connection, "DELETE FROM coach_templates WHERE server_id = ? AND name = ?", s -> {
            s.setString(1, serverId);
            s.setString(2, name);
        }) > 0;
    }

    /** The names of the templates the server wrote its own of. */
    List<String> templateNames(Connection connection, String serverId) {
        return Sql.list(connection, "SELECT name FROM coach_templates WHERE server_id = ? ORDER BY name",
                s -> s.setString(1, serverId), row -> row.getString(1));
    }
}
