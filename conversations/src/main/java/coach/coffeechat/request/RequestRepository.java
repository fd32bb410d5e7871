package coach.coffeechat.request;

import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Sql;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The requests table: every draft written for a contact, and when it was marked sent. Scoped to the owner. */
final class RequestRepository {

    /** A stored request. */
    public record StoredRequest(long id, long contactId, RequestFormat format, String text, Instant createdAt,
                                Optional<Instant> sentAt) {
    }

    /**
     * Saves a request; {@code sentAt} is null for a draft not sent yet. Returns its id.
     *
     * @param serverId the server the draft was started in, empty for none
     */
    long save(Connection connection, UserId owner, long contactId, String serverId, RequestFormat format, String text,
              Instant now, Instant sentAt) {
        return Sql.insert(connection, "INSERT INTO requests (owner_id, contact_id, server_id, format, text, created_at,"
                + " sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)", s -> {
                    s.setString(1, owner.value());
                    s.setLong(2, contactId);
                    s.setString(3, serverId);
                    s.setString(4, format.id());
                    s.setString(5, text);
                    Sql.setInstant(s, 6, now);
                    Sql.setInstant(s, 7, sentAt);
                });
    }

    /** The server the newest request to a contact was drafted in, if it was drafted in one. */
    Optional<String> server(Connection connection, UserId owner, long contactId) {
        return Sql.one(connection, "SELECT server_id FROM requests WHERE owner_id = ? AND contact_id = ?"
                + " ORDER BY created_at DESC, id DESC", s -> {
                    s.setString(1, owner.value());
                    s.setLong(2, contactId);
                }, row -> row.getString(1)).filter(server -> !server.isEmpty());
    }

    /** The newest request for a contact. */
    Optional<StoredRequest> latest(Connection connection, UserId owner, long contactId) {
        return Sql.one(connection, "SELECT id, contact_id, format, text, created_at, sent_at FROM requests"
                + " WHERE owner_id = ? AND contact_id = ? ORDER BY created_at DESC, id DESC", s -> {
                    s.setString(1, owner.value());
                    s.setLong(2, contactId);
                }, row -> new StoredRequest(row.getLong("id"), row.getLong("contact_id"),
                        RequestFormat.fromId(row.getString("format")).orElse(RequestFormat.EMAIL),
                        row.getString("text"), Sql.getInstant(row, "created_at"),
                        Optional.ofNullable(Sql.getInstant(row, "sent_at"))));
    }

    /** Every request the owner marked sent, oldest first, with its length in words. */
    List<SentRequest> sent(Connection connection, UserId owner) {
        return Sql.list(connection, "SELECT contact_id, format, text, sent_at FROM requests"
                + " WHERE owner_id = ? AND sent_at IS NOT NULL ORDER BY sent_at, id",
                s -> s.setString(1, owner.value()),
                row -> new SentRequest(row.getLong("contact_id"),
                        RequestFormat.fromId(row.getString("format")).orElse(RequestFormat.EMAIL),
                        words(row.getString("text")), Sql.getInstant(row, "sent_at")));
    }

    private static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
