package coach.coffeechat.followup;

import coach.coffeechat.store.Sql;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Claims due follow-ups for one timer round, in the caller's transaction. The due rows are read
 * {@code FOR UPDATE SKIP LOCKED}: they stay locked until the transaction ends, and rows another timer holds locked
 * are skipped, so two processes claiming at once take different prompts instead of queueing on the same ones.
 * On PostgreSQL the claim is one statement (the locked rows are updated and returned together); on H2, whose
 * embedded file belongs to one process, the rows read are updated one by one, each update checking
 * {@code wake_at} again, and the update counts say which rows the claim won.
 */
final class DueClaims {
    private static final String CLAIM = "UPDATE follow_ups SET state = 'claimed', wake_at = ?, attempts = attempts + 1,"
            + " updated_at = ?";

    private DueClaims() {
    }

    static List<FollowUp> claim(Connection connection, Instant now, Instant leaseUntil, int limit) {
        String due = "SELECT %s FROM follow_ups WHERE wake_at <= ? ORDER BY wake_at FETCH FIRST " + limit
                + " ROWS ONLY FOR UPDATE SKIP LOCKED";
        return Sql.onPostgres(connection) ? inOneStatement(connection, due, now, leaseUntil)
                : rowByRow(connection, due, now, leaseUntil);
    }

    private static List<FollowUp> inOneStatement(Connection connection, String due, Instant now, Instant leaseUntil) {
        List<FollowUp> claimed = new ArrayList<>(Sql.list(connection, CLAIM + " WHERE id IN ("
                + due.formatted("id") + ") RETURNING " + FollowUpRepository.COLUMNS, s -> {
                    Sql.setInstant(s, 1, leaseUntil);
                    Sql.setInstant(s, 2, now);
                    Sql.setInstant(s, 3, now);
                }, FollowUpRepository::map));
        claimed.sort(Comparator.comparing(FollowUp::dueAt).thenComparingLong(FollowUp::id));
        return claimed;
    }

    private static List<FollowUp> rowByRow(Connection connection, String due, Instant now, Instant leaseUntil) {
        List<FollowUp> read = Sql.list(connection, due.formatted(FollowUpRepository.COLUMNS),
                s -> Sql.setInstant(s, 1, now), FollowUpRepository::map);
        int[] won = FollowUpRepository.batch(connection, CLAIM + " WHERE id = ? AND wake_at <= ?", read,
                (s, followUp) -> {
                    Sql.setInstant(s, 1, leaseUntil);
                    Sql.setInstant(s, 2, now);
                    s.setLong(3, followUp.id());
                    Sql.setInstant(s, 4, now);
                });
        List<FollowUp> claimed = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            if (won[i] > 0) {
                FollowUp f = read.get(i);
                claimed.add(new FollowUp(f.id(), f.owner(), f.contactId(), f.kind(), FollowUpState.CLAIMED,
                        f.dueAt(), f.attempts() + 1, f.held(), f.idempotencyKey(), f.deliveries()));
            }
        }
        return claimed;
    }

}
