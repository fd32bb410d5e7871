package coach.coffeechat.contact;

import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Sql;
import java.sql.Connection;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns and rows about staying in touch and booked meetings: a contact's cadence and last touch, the notes
 * kept about them, and the meeting booked with them with its calendar event. Every query is scoped to the owner.
 * Stateless; it works in the caller's transaction.
 */
final class ContactTouches {

    Touch touch(Connection connection, UserId owner, long id) {
        return Sql.one(connection, "SELECT touch_every_days, cadence_set_at, touched_at FROM contacts"
                + " WHERE owner_id = ? AND id = ?", s -> {
                    s.setString(1, owner.value());
                    s.setLong(2, id);
                }, row -> {
                    int days = row.getInt("touch_every_days");
                    Integer stored = row.wasNull() ? null : days;
                    return new Touch(Cadence.fromStored(stored),
                            Optional.ofNullable(Sql.getInstant(row, "cadence_set_at")),
                            Optional.ofNullable(Sql.getInstant(row, "touched_at")));
                }).orElse(new Touch(Cadence.USUAL, Optional.empty(), Optional.empty()));
    }

    /** The user's contacts with a cadence of so many days chosen, by id. */
    Map<Long, Touch> chosenCadences(Connection connection, UserId owner) {
        Map<Long, Touch> touches = new LinkedHashMap<>();
        Sql.list(connection, "SELECT id, touch_every_days, cadence_set_at, touched_at FROM contacts"
                + " WHERE owner_id = ? AND touch_every_days > 0 ORDER BY LOWER(name), id",
                s -> s.setString(1, owner.value()), row -> touches.put(row.getLong("id"),
                        new Touch(Cadence.fromStored(row.getInt("touch_every_days")),
                                Optional.ofNullable(Sql.getInstant(row, "cadence_set_at")),
                                Optional.ofNullable(Sql.getInstant(row, "touched_at")))));
        return touches;
    }

    boolean setCadence(Connection connection, UserId owner, long id, Cadence cadence, Instant now) {
        return Sql.update(connection, "UPDATE contacts SET touch_every_days = ?, cadence_set_at = ?"
                + " WHERE owner_id = ? AND id = ?", s -> {
                    if (cadence.stored() == null) {
                        s.setNull(1, Types.INTEGER);
                    } else {
                        s.setInt(1, cadence.stored());
                    }
                    Sql.setInstant(s, 2, cadence == Cadence.USUAL ? null : now);
                    s.setString(3, owner.value());
                    s.setLong(4, id);
                }) == 1;
    }

    /** Records a touch; an earlier one than the last recorded changes nothing. */
    boolean touched(Connection connection, UserId owner, long id, Instant at) {
        return Sql.update(connection, "UPDATE contacts SET touched_at = ? WHERE owner_id = ? AND id = ?"
                + " AND (touched_at IS NULL OR touched_at < ?)", s -> {
                    Sql.setInstant(s, 1, at);
                    s.setString(2, owner.value());
                    s.setLong(3, id);
                    Sql.setInstant(s, 4, at);
                }) == 1;
    }

    void addNote(Connection connection, UserId owner, long id, String text, Instant now) {
        Sql.update(connection, "INSERT INTO contact_notes (owner_id, contact_id, note, created_at) VALUES (?, ?, ?, ?)",
                s -> {
                    s.setString(1, owner.value());
                    s.setLong(2, id);
                    s.setString(3, text);
                    Sql.setInstant(s, 4, now);
                });
    }

    /** The newest {@code limit} notes about a contact, newest first. */
    List<ContactNote> notes(Connection connection, UserId owner, long id, int limit) {
        return Sql.list(connection, "SELECT note, created_at FROM contact_notes WHERE owner_id = ? AND contact_id = ?"
                + " ORDER BY created_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY", s -> {
                    s.setString(1, owner.value());
                    s.setLong(2, id);
                }, row -> new ContactNote(row.getString("note"), Sql.getInstant(row, "created_at")));
    }

    Optional<BookedMeeting> bookedMeeting(Connection connection, UserId owner, long id) {
        return Sql.one(connection, "SELECT meeting_at, meeting_format, meeting_uid, meeting_sequence FROM contacts"
                + " WHERE owner_id = ? AND id = ? AND meeting_at IS NOT NULL", s -> {
                    s.setString(1, owner.value());
                    s.setLong(2, id);
                }, row -> new BookedMeeting(Sql.getInstant(row, "meeting_at"), row.getString("meeting_format"),
                        row.getString("meeting_uid"), row.getInt("meeting_sequence")));
    }

    void book(Connection connection, UserId owner, long id, BookedMeeting meeting) {
        Sql.update(connection, "UPDATE contacts SET meeting_at = ?, meeting_format = ?, meeting_uid = ?,"
                + " meeting_sequence = ? WHERE owner_id = ? AND id = ?", s -> {
                    Sql.setInstant(s, 1, meeting.at());
                    s.setString(2, meeting.format());
                    s.setString(3, meeting.uid());
                    s.setInt(4, meeting.sequence());
                    s.setString(5, owner.value());
                    s.setLong(6, id);
                });
    }

    void clearMeeting(Connection connection, UserId owner, long id) {
        Sql.update(connection, "UPDATE contacts SET meeting_at = NULL, meeting_format = '', meeting_uid = '',"
                + " meeting_sequence = 0 WHERE owner_id = ? AND id = ?", s -> {
                    s.setString(1, owner.value());
                    s.setLong(2, id);
                });
    }
}
