package coach.coffeechat.coach;

import coach.coffeechat.store.Sql;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The {@code coach_digests} table: one row per server and week, claimed under a lease before the digest is posted
 * and marked posted after. A claim whose lease ran out (the process died while posting) may be taken again, up to
 * {@link #MAX_ATTEMPTS} times. Works in the caller's transaction. Stateless.
 */
final class DigestRepository {
    /** Attempts to post one digest before it is given up on. */
    static final int MAX_ATTEMPTS = 12;
    private static final String CLAIMED = "claimed";
    private static final String POSTED = "posted";

    /**
     * Claims the digest of a server's week, unless it is posted, being posted, or given up on.
     *
     * @return whether this caller now holds it, until {@code leaseUntil}
     */
    boolean claim(Connection connection, String serverId, LocalDate week, Instant dueAt, Instant now,
                  Instant leaseUntil) {
        Optional<Integer> attempts = Sql.one(connection, "SELECT attempts FROM coach_digests WHERE server_id = ?"
                + " AND week_of = ?", s -> {
                    s.setString(1, serverId);
                    s.setObject(2, week);
                }, row -> row.getInt(1));
        if (attempts.isEmpty()) {
            Sql.update(connection, "INSERT INTO coach_digests (server_id, week_of, state, due_at, lease_until,"
                    + " attempts) VALUES (?, ?, ?, ?, ?, 1)", s -> {
                        s.setString(1, serverId);
                        s.setObject(2, week);
                        s.setString(3, CLAIMED);
                        Sql.setInstant(s, 4, dueAt);
                        Sql.setInstant(s, 5, leaseUntil);
                    });
            return true;
        }
        return Sql.update(connection, "UPDATE coach_digests SET lease_until = ?, attempts = attempts + 1"
                + " WHERE server_id = ? AND week_of = ? AND state = ? AND lease_until <= ? AND attempts < ?", s -> {
                    Sql.setInstant(s, 1, leaseUntil);
                    s.setString(2, serverId);
                    s.setObject(3, week);
                    s.setString(4, CLAIMED);
                    Sql.setInstant(s, 5, now);
                    s.setInt(6, MAX_ATTEMPTS);
                }) == 1;
    }

    /** Records that the digest is in the channel. */
    void posted(Connection connection, String serverId, LocalDate week, Instant now) {
        Sql.update(connection, "UPDATE coach_digests SET state = ?, posted_at = ?, lease_until = NULL"
                + " WHERE server_id = ? AND week_of = ?", s -> {
                    s.setString(1, POSTED);
                    Sql.setInstant(s, 2, now);
                    s.setString(3, serverId);
                    s.setObject(4, week);
                });
    }
}
