package coach.coffeechat.meeting;

import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The meetings table and the people suggested in each meeting. Every query is scoped to the owner. Stateless and
 * thread-safe; it works in the caller's transaction.
 */
final class MeetingRepository implements MeetingHistory {
    private static final String COLUMNS = "id, owner_id, contact_id, met_on, format, minutes, learned, advice,"
            + " promised, interested, stay_in_touch, created_at";

    /** Saves a meeting log with its suggestions (linked to contacts where they are) and returns its id. */
    long add(Connection connection, MeetingLog log, Instant now) {
        long id = Sql.insert(connection, "INSERT INTO meetings (owner_id, contact_id, met_on, format, minutes, learned,"
                + " advice, promised, interested, stay_in_touch, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s -> {
                    s.setString(1, log.owner().value());
                    s.setLong(2, log.contactId());
                    s.setObject(3, log.metOn());
                    s.setString(4, log.format().id());
                    s.setInt(5, log.minutes());
                    s.setString(6, log.learned());
                    s.setString(7, log.advice());
                    s.setString(8, log.promised());
                    s.setString(9, log.interest().id());
                    s.setString(10, log.stayInTouch());
                    Sql.setInstant(s, 11, now);
                });
        List<Suggestion> people = log.suggested();
        for (int i = 0; i < people.size(); i++) {
            Suggestion person = people.get(i);
            int order = i + 1;
            Sql.update(connection, "INSERT INTO meeting_suggestions (meeting_id, sort_order, name, role, organisation,"
                    + " contact_id) VALUES (?, ?, ?, ?, ?, ?)", s -> {
                        s.setLong(1, id);
                        s.setInt(2, order);
                        s.setString(3, person.name());
                        s.setString(4, person.role());
                        s.setString(5, person.organisation());
                        if (person.contactId().isPresent()) {
                            s.setLong(6, person.contactId().getAsLong());
                        } else {
                            s.setNull(6, Types.BIGINT);
                        }
                    });
        }
        return id;
    }

    /** The user's meetings with one contact, newest first. */
    List<Meeting> forContact(Connection connection, UserId owner, long contactId) {
        List<Meeting> meetings = Sql.list(connection, "SELECT " + COLUMNS + " FROM meetings"
                + " WHERE owner_id = ? AND contact_id = ? ORDER BY met_on DESC, id DESC", s -> {
                    s.setString(1, owner.value());
                    s.setLong(2, contactId);
                }, MeetingRepository::map);
        List<Meeting> withPeople = new ArrayList<>(meetings.size());
        for (Meeting meeting : meetings) {
            withPeople.add(new Meeting(meeting.id(), meeting.log().withSuggested(suggestions(connection, meeting.id())),
                    meeting.createdAt()));
        }
        return withPeople;
    }

    @Override
    public Optional<MeetingLog> latest(Connection connection, UserId owner, long contactId) {
        return Sql.one(connection, "SELECT " + COLUMNS + " FROM meetings WHERE owner_id = ? AND contact_id = ?"
                + " ORDER BY met_on DESC, id DESC FETCH FIRST 1 ROWS ONLY", s -> {
                    s.setString(1, owner.value());
                    s.setLong(2, contactId);
                }, MeetingRepository::map)
                .map(meeting -> meeting.log().withSuggested(suggestions(connection, meeting.id())));
    }

    @Override
    public List<MeetingHeld> held(Connection connection, UserId owner) {
        return Sql.list(connection, "SELECT contact_id, met_on, created_at FROM meetings WHERE owner_id = ?"
                + " ORDER BY met_on, id", s -> s.setString(1, owner.value()),
                row -> new MeetingHeld(row.getLong("contact_id"), row.getObject("met_on", LocalDate.class),
                        Sql.getInstant(row, "created_at")));
    }

    private static List<Suggestion> suggestions(Connection connection, long meetingId) {
        return Sql.list(connection, "SELECT name, role, organisation, contact_id FROM meeting_suggestions"
                + " WHERE meeting_id = ? ORDER BY sort_order", s -> s.setLong(1, meetingId), row -> {
                    long contact = row.getLong("contact_id");
                    OptionalLong contactId = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(contact);
                    return new Suggestion(row.getString("name"), row.getString("role"), row.getString("organisation"),
                            contactId);
                });
    }

    private static Meeting map(ResultSet row) throws SQLException {
        MeetingLog log = new MeetingLog(new UserId(row.getString("owner_id")), row.getLong("contact_id"),
                row.getObject("met_on", LocalDate.class),
                MeetingFormat.fromId(row.getString("format")).orElse(MeetingFormat.IN_PERSON),
                row.getInt("minutes"), row.getString("learned"), row.getString("advice"), List.of(),
                row.getString("promised"), Interest.fromId(row.getString("interested")).orElse(Interest.UNSURE),
                row.getString("stay_in_touch"));
        return new Meeting(row.getLong("id"), log, Sql.getInstant(row, "created_at"));
    }
}
