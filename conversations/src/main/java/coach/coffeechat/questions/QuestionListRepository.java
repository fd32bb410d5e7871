package coach.coffeechat.questions;

import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Sql;
import java.sql.Connection;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The question_lists table: one list per contact, replaced on every save. Every query is scoped to the owner.
 * Stateless and thread-safe; it works in the caller's transaction.
 */
final class QuestionListRepository implements SavedQuestions {

    /** Saves the list for a contact, replacing any earlier one. */
    void save(Connection connection, UserId owner, long contactId, List<String> questions, int minutes,
                     Instant now) {
        String text = String.join("\n", questions);
        int updated = Sql.update(connection, "UPDATE question_lists SET questions = ?, minutes = ?, updated_at = ?"
                + " WHERE owner_id = ? AND contact_id = ?", s -> {
                    s.setString(1, text);
                    s.setInt(2, minutes);
                    Sql.setInstant(s, 3, now);
                    s.setString(4, owner.value());
                    s.setLong(5, contactId);
                });
        if (updated == 0) {
            Sql.update(connection, "INSERT INTO question_lists (contact_id, owner_id, questions, minutes, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?)", s -> {
                        s.setLong(1, contactId);
                        s.setString(2, owner.value());
                        s.setString(3, text);
                        s.setInt(4, minutes);
                        Sql.setInstant(s, 5, now);
                    });
        }
    }

    @Override
    public Optional<QuestionList> find(Connection connection, UserId owner, long contactId) {
        return Sql.one(connection, "SELECT contact_id, questions, minutes, updated_at FROM question_lists"
                + " WHERE owner_id = ? AND contact_id = ?", s -> {
                    s.setString(1, owner.value());
                    s.setLong(2, contactId);
                }, row -> new QuestionList(row.getLong("contact_id"), lines(row.getString("questions")),
                        row.getInt("minutes"), Sql.getInstant(row, "updated_at")));
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
