package coach.coffeechat.meeting;

import coach.coffeechat.engine.UserId;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * The meetings a user logged, as other features may read them (the follow-up timer words a thank-you from what
 * was learned). Every read is scoped to the owner and works in the caller's transaction.
 */
public interface MeetingHistory {

    /** The user's latest logged meeting with one contact, if any. */
    Optional<MeetingLog> latest(Connection connection, UserId owner, long contactId);

    /**
     * Whether the user still wants to hear about this contact's field: unless the latest logged meeting said it is
     * not for them. With no meeting logged, interest is assumed.
     */
    default boolean stillInterested(Connection connection, UserId owner, long contactId) {
        return latest(connection, owner, contactId).map(MeetingLog::interest).orElse(Interest.YES) != Interest.NO;
    }

    /** Every meeting the user logged, oldest first: who and when, never what was said. */
    List<MeetingHeld> held(Connection connection, UserId owner);
}
