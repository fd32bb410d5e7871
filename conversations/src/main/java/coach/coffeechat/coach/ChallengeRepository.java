package coach.coffeechat.coach;

import coach.coffeechat.engine.PersonalData;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The {@code challenges} and {@code challenge_members} tables: each server's challenges and who joined them, and
 * how each member chose to appear on the leaderboard. Works in the caller's transaction. Stateless.
 */
final class ChallengeRepository {
    private static final String COLUMNS = "id, server_id, channel, goal, target, starts_on, ends_on, time_zone";

    /**
     * A member who joined.
     *
     * @param user who
     * @param name their name in the server
     * @param appearance how they appear on the leaderboard
     */
    record Joined(UserId user, String name, Appearance appearance) {
    }

    /** Saves a new challenge and answers it with its id. */
    Challenge create(Connection connection, Challenge challenge, Instant now) {
        long id = Sql.insert(connection, "INSERT INTO challenges (server_id, channel, goal, target, starts_on, ends_on,"
                + " time_zone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                    s.setString(1, challenge.serverId());
                    s.setString(2, challenge.channel());
                    s.setString(3, challenge.goal().id());
                    s.setInt(4, challenge.target());
                    s.setObject(5, challenge.startsOn());
                    s.setObject(6, challenge.endsOn());
                    s.setString(7, challenge.zone().getId());
                    Sql.setInstant(s, 8, now);
                });
        return new Challenge(id, challenge.serverId(), challenge.channel(), challenge.goal(), challenge.target(),
                challenge.startsOn(), challenge.endsOn(), challenge.zone());
    }

    /** The server's challenge that is not over on {@code today} (its local date), if any: at most one at a time. */
    Optional<Challenge> current(Connection connection, String serverId, LocalDate today) {
        return Sql.one(connection, "SELECT " + COLUMNS + " FROM challenges WHERE server_id = ? AND ends_on >= ?"
                + " ORDER BY id DESC", s -> {
                    s.setString(1, serverId);
                    s.setObject(2, today);
                }, ChallengeRepository::map);
    }

    /** The server's latest challenge, over or not. */
    Optional<Challenge> latest(Connection connection, String serverId) {
        return Sql.one(connection, "SELECT " + COLUMNS + " FROM challenges WHERE server_id = ? ORDER BY id DESC",
                s -> s.setString(1, serverId), ChallengeRepository::map);
    }

    /** Every challenge whose end has not been posted yet, for the timer. */
    List<Challenge> unfinished(Connection connection) {
        return Sql.list(connection, "SELECT " + COLUMNS + " FROM challenges c WHERE NOT EXISTS (SELECT 1 FROM"
                + " challenge_posts p WHERE p.challenge_id = c.id AND p.moment = 'end' AND p.state = 'posted')"
                + " ORDER BY id", s -> { }, ChallengeRepository::map);
    }

    /** Adds a member, or changes how they appear; answers whether they had joined before. */
    boolean join(Connection connection, long challengeId, UserId user, String name, Appearance appearance,
                 Instant now) {
        String shown = name.length() > MemberRepository.MAX_NAME ? name.substring(0, MemberRepository.MAX_NAME) : name;
        int updated = Sql.update(connection, "UPDATE challenge_members SET display_name = ?, appear = ?"
                + " WHERE challenge_id = ? AND user_id = ?", s -> {
                    s.setString(1, shown);
                    s.setString(2, appearance.id());
                    s.setLong(3, challengeId);
                    s.setString(4, user.value());
                });
        if (updated == 0) {
            Sql.update(connection, "INSERT INTO challenge_members (challenge_id, user_id, display_name, appear,"
                    + " joined_at) VALUES (?, ?, ?, ?, ?)", s -> {
                        s.setLong(1, challengeId);
                        s.setString(2, user.value());
                        s.setString(3, shown);
                        s.setString(4, appearance.id());
                        Sql.setInstant(s, 5, now);
                    });
        }
        return updated > 0;
    }

    /** Who joined, by name. */
    List<Joined> members(Connection connection, long challengeId) {
        return Sql.list(connection, "SELECT user_id, display_name, appear FROM challenge_members"
                + " WHERE challenge_id = ? ORDER BY display_name, user_id", s -> s.setLong(1, challengeId),
                row -> new Joined(new UserId(row.getString("user_id")), row.getString("display_name"),
                        Appearance.fromId(row.getString("appear")).orElse(Appearance.HIDDEN)));
    }

    /** Who joined the challenges, in every server: counted and erased by {@code /privacy forget}. */
    static PersonalData personalData() {
        return PersonalData.ownedRows("challenges", "challenge_members", "user_id");
    }

    private static Challenge map(ResultSet row) throws SQLException {
        return new Challenge(row.getLong("id"), row.getString("server_id"), row.getString("channel"),
                ChallengeGoal.fromId(row.getString("goal")).orElseThrow(), row.getInt("target"),
                row.getObject("starts_on", LocalDate.class), row.getObject("ends_on", LocalDate.class),
                ZoneId.of(row.getString("time_zone")));
    }
}
