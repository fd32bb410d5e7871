package coach.coffeechat.contact;

import coach.coffeechat.engine.UserId;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A user's contacts as other features may read and change them: the spine the request, question, meeting and
 * follow-up features build on. Every call is scoped to the owner (one user's contacts are never visible to
 * another) and works in the caller's transaction; a stage change tells the registered {@link StageListener}s in
 * that same transaction. Obtained from {@link ContactFeature#book()}. Thread-safe.
 */
public interface ContactBook {

    /** Saves a new contact at stage {@link Stage#IDENTIFIED} and returns its id. */
    long add(Connection connection, NewContact contact, Instant now);

    /** The user's contacts, by name. */
    List<Contact> list(Connection connection, UserId owner);

    /** One of the user's contacts, if it is theirs. */
    Optional<Contact> find(Connection connection, UserId owner, long id);

    /** The user's contacts that {@code referrerId} suggested. */
    List<Contact> referredBy(Connection connection, UserId owner, long referrerId);

    /** Other contacts of the same user at the same organisation who have not been asked yet. */
    List<Contact> notYetAskedAt(Connection connection, Contact contact);

    /** How many contacts the user keeps. */
    int count(Connection connection, UserId owner);

    /**
     * Moves a contact to another stage, records the change and tells the stage listeners.
     *
     * @return false when the user has no such contact
     */
    boolean moveStage(Connection connection, UserId owner, long id, Stage to, Instant now);

    /**
     * Records who referred the user to a contact: {@code referrerId} when that person is a contact too, and their
     * name in any case.
     *
     * @return false when the user has no such contact
     */
    boolean setReferrer(Connection connection, UserId owner, long id, OptionalLong referrerId, String referrerName);

    /** When the meeting booked with a contact is, if one is. */
    Optional<Instant> meetingAt(Connection connection, UserId owner, long id);

    /** Every stage change of the user's contacts, oldest first: stages and dates only. */
    List<StageChange> stageChanges(Connection connection, UserId owner);

    /** The meeting booked with a contact and the calendar event sent for it, if one is booked. */
    Optional<BookedMeeting> bookedMeeting(Connection connection, UserId owner, long id);

    /** Records the meeting booked with a contact, with its calendar event's UID and SEQUENCE. */
    void bookMeeting(Connection connection, UserId owner, long id, BookedMeeting meeting);

    /** Forgets the meeting booked with a contact (it was cancelled). */
    void clearMeeting(Connection connection, UserId owner, long id);

    /** The user's contacts with a cadence of so many days chosen, by id, by name: who may be owed a touch. */
    Map<Long, Touch> chosenCadences(Connection connection, UserId owner);

    /** Where staying in touch with a contact stands: the cadence chosen and the last touch. */
    Touch touch(Connection connection, UserId owner, long id);

    /**
     * Records that the user actually touched a contact at {@code at} (a meeting logged, a thank-you or a
     * stay-in-touch prompt marked done, a note added) and tells the listeners, in this transaction.
     */
    void touched(Connection connection, UserId owner, long id, Instant at);

    /**
     * Chooses how often to stay in touch with a contact and tells the listeners, in this transaction.
     *
     * @return false when the user has no such contact
     */
    boolean setCadence(Connection connection, UserId owner, long id, Cadence cadence, Instant now);
}
