package coach.coffeechat.privacy;

import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Sql;
import java.sql.Connection;

/**
 * Everything the bot keeps about one user, counted and erased. The user's row carries their contacts, requests,
 * question lists and meetings with it (foreign keys cascade, and a contact carries its stage history and meeting
 * suggestions); follow-ups and set-aside flows are keyed by the user and erased here. The session row stays, with
 * no flow in it: its version keeps buttons shown before the erasure from acting on anything new. Stateless.
 */
public final class UserData {
    /**
     * What the bot keeps about a user, for the confirmation.
     *
     * @param contacts contacts, with their notes
     * @param meetings meetings logged
     * @param questionLists prepared question lists
     * @param followUps follow-up prompts, open or past
     * @param drafts flows set aside, with what was typed in them
     * @param settings whether the user has a row of settings and profile at all
     */
    public record Summary(int contacts, int meetings, int questionLists, int followUps, int drafts,
                          boolean settings) {
        /** Whether there is nothing to erase. */
        public boolean empty() {
            return !settings && contacts == 0 && meetings == 0 && questionLists == 0 && followUps == 0
                    && drafts == 0;
        }
    }

    /** What the bot keeps about {@code user} right now. */
    public Summary summary(Connection connection, UserId user) {
        return new Summary(count(connection, "SELECT COUNT(*) FROM contacts WHERE owner_id = ?", user),
                count(connection, "SELECT COUNT(*) FROM meetings WHERE owner_id = ?", user),
                count(connection, "SELECT COUNT(*) FROM question_lists WHERE owner_id = ?", user),
                count(connection, "SELECT COUNT(*) FROM follow_ups WHERE owner_id = ?", user),
                count(connection, "SELECT COUNT(*) FROM flow_drafts WHERE user_id = ?", user),
                count(connection, "SELECT COUNT(*) FROM users WHERE user_id = ?", user) > 0);
    }

    /** Erases everything about {@code user} in the connection's transaction. */
    public void erase(Connection connection, UserId user) {
        Sql.update(connection, "DELETE FROM follow_ups WHERE owner_id = ?", s -> s.setString(1, user.value()));
        Sql.update(connection, "DELETE FROM flow_drafts WHERE user_id = ?", s -> s.setString(1, user.value()));
        // Contacts refer to each other (referrer_id); clearing the links first lets every database delete them in
        // any order.
        Sql.update(connection, "UPDATE contacts SET referrer_id = NULL WHERE owner_id = ?",
                s -> s.setString(1, user.value()));
        Sql.update(connection, "DELETE FROM users WHERE user_id = ?", s -> s.setString(1, user.value()));
    }

    private static int count(Connection connection, String sql, UserId user) {
        return Sql.one(connection, sql, s -> s.setString(1, user.value()), row -> row.getInt(1)).orElse(0);
    }
}
