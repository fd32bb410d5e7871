package coach.coffeechat.followup;

import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.user.UserRepository;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a snooze brings a follow-up back (the time it names, moved out of the user's quiet hours), and whether it
 * may: the prep for a meeting never comes back after the meeting has begun. Thread-safe.
 */
final class Snoozes {
    private final UserRepository users;
    private final ContactBook contacts;

    Snoozes(UserRepository users, ContactBook contacts) {
        this.users = users;
        this.contacts = contacts;
    }

    /** When a snooze {@code action} taken now brings the user's follow-up back; {@code now} for other actions. */
    Instant until(Connection connection, UserId user, FollowUpAction action, Instant now) {
        if (action.snooze().isEmpty()) {
            return now;
        }
        ZoneId zone = users.zoneOrDefault(connection, user);
        return FollowUpCalendar.outsideQuietHours(now.plus(action.snooze().get()), zone,
                users.quietHoursOrDefault(connection, user));
    }

    /** The time a follow-up must come back before, if it has one: the meeting a prep prompt prepares for. */
    Optional<Instant> deadline(Connection connection, FollowUp followUp) {
        if (followUp.kind() != FollowUpKind.MEETING_PREP || followUp.contactId().isEmpty()) {
            return Optional.empty();
        }
        return contacts.meetingAt(connection, followUp.owner(), followUp.contactId().getAsLong());
    }

    /** Whether {@code action} taken now keeps the follow-up before its deadline (any action but a late snooze). */
    boolean fits(Connection connection, FollowUp followUp, FollowUpAction action, Instant now) {
        if (action.snooze().isEmpty()) {
            return true;
        }
        Optional<Instant> deadline = deadline(connection, followUp);
        return deadline.isEmpty() || until(connection, followUp.owner(), action, now).isBefore(deadline.get());
    }
}
