package coach.coffeechat.coach;

import coach.coffeechat.engine.PersonalData;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Sql;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;

/**
 * The {@code coach_members} table: what each member shares with each server's coach. Off is no row at all, so a
 * member who turns sharing off leaves nothing behind. Works in the caller's transaction. Stateless.
 */
final class MemberRepository {
    /** The longest member name kept. */
    static final int MAX_NAME = 100;

    /** What the member shares in this server; {@link Sharing#OFF} when nothing. */
    Sharing sharing(Connection connection, String serverId, UserId user) {
        return Sql.one(connection, "SELECT sharing FROM coach_members WHERE server_id = ? AND user_id = ?", s -> {
            s.setString(1, serverId);
            s.setString(2, user.value());
        }, row -> Sharing.fromId(row.getString(1)).orElse(Sharing.OFF)).orElse(Sharing.OFF);
    }

    /** Sets what the member shares in this server; off deletes their row. */
    void share(Connection connection, String serverId, UserId user, String name, Sharing sharing, Instant now) {
        Sql.update(connection, "DELETE FROM coach_members WHERE server_id = ? AND user_id = ?", s -> {
            s.setString(1, serverId);
            s.setString(2, user.value());
        });
        if (sharing == Sharing.OFF) {
            return;
        }
        String shown = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        Sql.update(connection, "INSERT INTO coach_members (server_id, user_id, display_name, sharing, updated_at)"
                + " VALUES (?, ?, ?, ?, ?)", s -> {
                    s.setString(1, serverId);
                    s.setString(2, user.value());
                    s.setString(3, shown);
                    s.setString(4, sharing.id());
                    Sql.setInstant(s, 5, now);
                });
    }

    /** The members of a server who share counts or names, by name. */
    List<Member> sharing(Connection connection, String serverId) {
        return Sql.list(connection, "SELECT user_id, display_name, sharing FROM coach_members WHERE server_id = ?"
                + " ORDER BY display_name, user_id", s -> s.setString(1, serverId),
                row -> new Member(new UserId(row.getString("user_id")), row.getString("display_name"),
                        Sharing.fromId(row.getString("sharing")).orElse(Sharing.OFF)))
                .stream().filter(member -> member.sharing() != Sharing.OFF).toList();
    }

    /** What a member shares, in every server: counted and erased by {@code /privacy forget}. */
    static PersonalData personalData() {
        return PersonalData.ownedRows("coach-sharing", "coach_members", "user_id");
    }
}
