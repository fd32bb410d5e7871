package coach.coffeechat.coach;

import coach.coffeechat.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The {@code coach_servers} table: each server's setup. Works in the caller's transaction. Stateless. */
final class ServerRepository {
    private static final String COLUMNS = "server_id, name, coach_role, channel, digest_day, digest_time, time_zone,"
            + " ping_role, meeting_minutes, reminder_days, challenge_role, language";

    /** A server's setup, if a coach set it up. */
    Optional<ServerSetup> find(Connection connection, String serverId) {
        return Sql.one(connection, "SELECT " + COLUMNS + " FROM coach_servers WHERE server_id = ?",
                s -> s.setString(1, serverId), ServerRepository::map);
    }

    /** Every server with a digest channel, for the timer. */
    List<ServerSetup> withDigest(Connection connection) {
        return Sql.list(connection, "SELECT " + COLUMNS + " FROM coach_servers WHERE channel <> '' ORDER BY server_id",
                s -> { }, ServerRepository::map);
    }

    /** When the server's setup was first saved. */
    Optional<Instant> createdAt(Connection connection, String serverId) {
        return Sql.one(connection, "SELECT created_at FROM coach_servers WHERE server_id = ?",
                s -> s.setString(1, serverId), row -> Sql.getInstant(row, "created_at"));
    }

    /** Saves a setup, new or changed. */
    void save(Connection connection, ServerSetup setup, Instant now) {
        int updated = Sql.update(connection, "UPDATE coach_servers SET name = ?, coach_role = ?, channel = ?,"
                + " digest_day = ?, digest_time = ?, time_zone = ?, ping_role = ?, meeting_minutes = ?,"
                + " reminder_days = ?, challenge_role = ?, language = ?, updated_at = ? WHERE server_id = ?", s -> {
                    s.setString(1, setup.name());
                    s.setString(2, setup.coachRole());
                    s.setString(3, setup.channel());
                    s.setString(4, setup.digestDay().name());
                    s.setObject(5, setup.digestTime());
                    s.setString(6, setup.zone().getId());
                    s.setBoolean(7, setup.pingRole());
                    s.setInt(8, setup.meetingMinutes());
                    s.setInt(9, setup.reminderDays());
                    s.setString(10, setup.challengeRole());
                    s.setString(11, setup.language().isEmpty() ? null : setup.language());
                    Sql.setInstant(s, 12, now);
                    s.setString(13, setup.serverId());
                });
        if (updated == 0) {
            Sql.update(connection, "INSERT INTO coach_servers (" + COLUMNS + ", created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                        s.setString(1, setup.serverId());
                        s.setString(2, setup.name());
                        s.setString(3, setup.coachRole());
                        s.setString(4, setup.channel());
                        s.setString(5, setup.digestDay().name());
                        s.setObject(6, setup.digestTime());
                        s.setString(7, setup.zone().getId());
                        s.setBoolean(8, setup.pingRole());
                        s.setInt(9, setup.meetingMinutes());
                        s.setInt(10, setup.reminderDays());
                        s.setString(11, setup.challengeRole());
                        s.setString(12, setup.language().isEmpty() ? null : setup.language());
                        Sql.setInstant(s, 13, now);
                        Sql.setInstant(s, 14, now);
                    });
        }
    }

    private static ServerSetup map(ResultSet row) throws SQLException {
        return new ServerSetup(row.getString("server_id"), row.getString("name"), row.getString("coach_role"),
                row.getString("channel"), DayOfWeek.valueOf(row.getString("digest_day")),
                row.getObject("digest_time", LocalTime.class), ZoneId.of(row.getString("time_zone")),
                row.getBoolean("ping_role"), row.getInt("meeting_minutes"), row.getInt("reminder_days"),
                row.getString("challenge_role"), Optional.ofNullable(row.getString("language")).orElse(""));
    }
}
