package coach.coffeechat.followup;

import coach.coffeechat.engine.UserId;
import java.sql.Connection;
import java.util.Optional;

/**
 * Which server a member's follow-ups about a contact belong to: the server the newest request to that contact was
 * drafted in ({@code /request draft} typed there). Its cohort's reminder days and its coach's follow-up drafts
 * apply; with no server, {@code config/} and the shipped drafts do. Read in the caller's transaction.
 */
@FunctionalInterface
public interface CohortLink {
    /** No follow-up belongs to a server. */
    CohortLink NONE = (connection, owner, contactId) -> Optional.empty();

    /** The server the follow-ups about this contact belong to, if any. */
    Optional<String> serverOf(Connection connection, UserId owner, long contactId);
}
