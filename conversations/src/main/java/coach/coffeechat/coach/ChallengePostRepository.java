package coach.coffeechat.coach;

import coach.coffeechat.store.Sql;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code challenge_posts} table: one row per challenge and moment, claimed under a lease before the post goes
 * out and marked posted after, so that each post goes out once across restarts. A claim whose lease ran out (the
 * process died while posting) may be taken again, up to {@link DigestRepository#MAX_ATTEMPTS} times. Works in the
 * caller's transaction. Stateless.
 */
final class ChallengePostRepository {
    private static final String CLAIMED = "claimed";
    private static final String POSTED = "posted";

    /** Whether this moment of the challenge was claimed or posted already. */
    boolean taken(Connection connection, long challengeId, ChallengePost.Moment moment) {
        return Sql.one(connection, "SELECT 1 FROM challenge_posts WHERE challenge_id = ? AND moment = ?", s -> {
            s.setLong(1, challengeId);
            s.setString(2, moment.id());
        }, row -> true).isPresent();
    }

    /**
     * Claims a post, unless it is posted, being posted, or given up on.
     *
     * @return whether this caller now holds it, until {@code leaseUntil}
     */
    boolean claim(Connection connection, long challengeId, ChallengePost.Moment moment, Instant now,
                  Instant leaseUntil) {
        Optional<Integer> attempts = Sql.one(connection, "SELECT attempts FROM challenge_posts WHERE challenge_id = ?"
                + " AND moment = ?", s -> {
                    s.setLong(1, challengeId);
                    s.setString(2, moment.id());
                }, row -> row.getInt(1));
        if (attempts.isEmpty()) {
            Sql.update(connection, "INSERT INTO challenge_posts (challenge_id, moment, state, lease_until, attempts)"
                    + " VALUES (?, ?, ?, ?, 1)", s -> {
                        s.setLong(1, challengeId);
                        s.setString(2, moment.id());
                        s.setString(3, CLAIMED);
                        Sql.setInstant(s, 4, leaseUntil);
                    });
            return true;
        }
        return Sql.update(connection, "UPDATE challenge_posts SET lease_until = ?, attempts = attempts + 1"
                + " WHERE challenge_id = ? AND moment = ? AND state = ? AND lease_until <= ? AND attempts < ?", s -> {
                    Sql.setInstant(s, 1, leaseUntil);
                    s.setLong(2, challengeId);
                    s.setString(3, moment.id());
                    s.setString(4, CLAIMED);
                    Sql.setInstant(s, 5, now);
                    s.setInt(6, DigestRepository.MAX_ATTEMPTS);
                }) == 1;
    }

    /** Records that the post is in the channel. */
    void posted(Connection connection, long challengeId, ChallengePost.Moment moment, Instant now) {
        Sql.update(connection, "UPDATE challenge_posts SET state = ?, posted_at = ?, lease_until = NULL"
                + " WHERE challenge_id = ? AND moment = ?", s -> {
                    s.setString(1, POSTED);
                    Sql.setInstant(s, 2, now);
                    s.setLong(3, challengeId);
                    s.setString(4, moment.id());
                });
    }
}
