package coach.coffeechat.followup;

import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Sql;
import coach.coffeechat.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The follow_ups table. One indexed column, {@code wake_at}, says when the timer should next look at a row:
 * the due time while pending or snoozed, the lease's end while claimed (so a crashed claim comes back on its
 * own), and nothing once sent, done, skipped, cancelled or held for the user's next interaction. A claim is one
 * conditional update, so several bot processes never take the same prompt.
 */
final class FollowUpRepository {
    static final String COLUMNS = "id, owner_id, contact_id, kind, state, due_at, attempts, held,"
            + " idempotency_key, deliveries";

    /**
     * Still claimed by the claim this timer holds: a claim adds an attempt, and attempts start again only when the
     * row is sent, which adds a delivery, so the pair names one claim. After the lease ran out another timer's claim
     * has more attempts; a cancelled or settled row is not claimed.
     */
    private static final String STILL_CLAIMED = " AND state = 'claimed' AND attempts = ? AND deliveries = ?";

    private final WakeUpSignal wakeUps;

    /** A repository whose scheduling wakes nobody (tests, tools). */
    FollowUpRepository() {
        this(new WakeUpSignal());
    }

    /** @param wakeUps told about every newly scheduled prompt, so the timer can wake early */
    FollowUpRepository(WakeUpSignal wakeUps) {
        this.wakeUps = wakeUps;
    }

    /** What a stay-in-touch row remembers to schedule its next repeat. */
    public record LocalDue(LocalDateTime local, ZoneId zone) {
    }

    /**
     * Schedules a follow-up unless one with the same idempotency key exists.
     *
     * @return whether a new row was written
     */
    boolean schedule(Connection connection, NewFollowUp followUp, Instant now) {
        boolean exists = Sql.one(connection, "SELECT 1 FROM follow_ups WHERE idempotency_key = ?",
                s -> s.setString(1, followUp.idempotencyKey()), row -> true).orElse(false);
        if (exists) {
            return false;
        }
        Sql.update(connection, "INSERT INTO follow_ups (owner_id, contact_id, kind, state, due_at, wake_at, local_due,"
                + " zone, attempts, held, idempotency_key, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, FALSE, ?, ?, ?)", s -> {
                    s.setString(1, followUp.owner().value());
                    if (followUp.contactId().isPresent()) {
                        s.setLong(2, followUp.contactId().getAsLong());
                    } else {
                        s.setNull(2, Types.BIGINT);
                    }
                    s.setString(3, followUp.kind().id());
                    s.setString(4, FollowUpState.PENDING.id());
                    Sql.setInstant(s, 5, followUp.dueAt());
                    Sql.setInstant(s, 6, followUp.dueAt());
                    s.setTimestamp(7, followUp.localDue() == null ? null : Timestamp.valueOf(followUp.localDue()));
                    s.setString(8, followUp.zone() == null ? null : followUp.zone().getId());
                    s.setString(9, followUp.idempotencyKey());
                    Sql.setInstant(s, 10, now);
                    Sql.setInstant(s, 11, now);
                });
        wakeUps.scheduled(followUp.dueAt());
        return true;
    }

    /** Cancels a contact's open follow-ups of these kinds; returns how many. */
    int cancel(Connection connection, UserId owner, long contactId, Collection<FollowUpKind> kinds,
                      Instant now) {
        if (kinds.isEmpty()) {
            return 0;
        }
        String in = kinds.stream().map(k -> "'" + k.id() + "'").collect(Collectors.joining(", "));
        return Sql.update(connection, "UPDATE follow_ups SET state = 'cancelled', wake_at = NULL, held = FALSE,"
                + " updated_at = ? WHERE owner_id = ? AND contact_id = ? AND kind IN (" + in + ")"
                + " AND state IN ('pending', 'snoozed', 'claimed', 'sent')", s -> {
                    Sql.setInstant(s, 1, now);
                    s.setString(2, owner.value());
                    s.setLong(3, contactId);
                });
    }

    /**
     * Claims up to {@code limit} due follow-ups, oldest first, under a lease: until {@code leaseUntil} no one
     * else takes them; if this process dies before marking them, they become due again then (see {@link DueClaims}).
     */
    List<FollowUp> claimDue(Connection connection, Instant now, Instant leaseUntil, int limit) {
        return DueClaims.claim(connection, now, leaseUntil, limit);
    }

    /**
     * Renews this timer's claim on a follow-up just before it is sent, so the lease covers the delivery.
     *
     * @return false when the claim no longer holds: the row was cancelled, settled by the user or, after the lease
     *     ran out, claimed by another timer
     */
    boolean renew(Connection connection, FollowUp claim, Instant leaseUntil, Instant now) {
        return Sql.update(connection, "UPDATE follow_ups SET wake_at = ?, updated_at = ? WHERE id = ?" + STILL_CLAIMED,
                s -> {
                    Sql.setInstant(s, 1, leaseUntil);
                    Sql.setInstant(s, 2, now);
                    bindClaim(s, 3, claim);
                }) == 1;
    }

    /** Whether this timer's claim on a follow-up still holds (see {@link #renew}), without touching the row. */
    boolean stillClaimed(Connection connection, FollowUp claim) {
        return Sql.one(connection, "SELECT 1 FROM follow_ups WHERE id = ?" + STILL_CLAIMED,
                s -> bindClaim(s, 1, claim), row -> true).orElse(false);
    }

    /**
     * Marks a delivered follow-up as sent, if this timer's claim on it still holds.
     *
     * @return whether the row changed: false when it was cancelled, settled or claimed again meanwhile
     */
    boolean markSent(Connection connection, FollowUp claim, Instant now) {
        return Sql.update(connection, "UPDATE follow_ups SET state = 'sent', wake_at = NULL, held = FALSE, sent_at = ?,"
                + " deliveries = deliveries + 1, attempts = 0, updated_at = ? WHERE id = ?" + STILL_CLAIMED, s -> {
                    Sql.setInstant(s, 1, now);
                    Sql.setInstant(s, 2, now);
                    bindClaim(s, 3, claim);
                }) == 1;
    }

    /** Puts a claimed follow-up back to be tried again later, if the claim still holds. */
    boolean retryAt(Connection connection, FollowUp claim, Instant wakeAt, Instant now) {
        return Sql.update(connection, "UPDATE follow_ups SET state = 'pending', wake_at = ?, updated_at = ? WHERE id = ?"
                + STILL_CLAIMED, s -> {
                    Sql.setInstant(s, 1, wakeAt);
                    Sql.setInstant(s, 2, now);
                    bindClaim(s, 3, claim);
                }) == 1;
    }

    /** Keeps a claimed follow-up that cannot be delivered now for the user's next interaction, if the claim holds. */
    boolean hold(Connection connection, FollowUp claim, Instant now) {
        return Sql.update(connection, "UPDATE follow_ups SET state = 'pending', held = TRUE, wake_at = NULL,"
                + " updated_at = ? WHERE id = ?" + STILL_CLAIMED, s -> {
                    Sql.setInstant(s, 1, now);
                    bindClaim(s, 2, claim);
                }) == 1;
    }

    /**
     * Cancels a claimed follow-up without showing it, if the claim still holds: superseded by a newer prompt of the
     * same kind for the same contact, or no longer making sense.
     */
    boolean withdraw(Connection connection, FollowUp claim, Instant now) {
        return Sql.update(connection, "UPDATE follow_ups SET state = 'cancelled', wake_at = NULL, updated_at = ?"
                + " WHERE id = ?" + STILL_CLAIMED, s -> {
                    Sql.setInstant(s, 1, now);
                    bindClaim(s, 2, claim);
                }) == 1;
    }

    /** The user's held follow-ups, which are marked sent as they are returned (to be shown right now). */
    List<FollowUp> takeHeld(Connection connection, UserId owner, Instant now) {
        List<FollowUp> held = Sql.list(connection, "SELECT " + COLUMNS + " FROM follow_ups WHERE owner_id = ?"
                + " AND held = TRUE AND state = 'pending' ORDER BY due_at", s -> s.setString(1, owner.value()),
                FollowUpRepository::map);
        // Only the rows this update changed are taken: one cancelled meanwhile stays cancelled.
        int[] taken = batch(connection, "UPDATE follow_ups SET state = 'sent', held = FALSE, sent_at = ?,"
                + " updated_at = ?, deliveries = deliveries + 1 WHERE id = ? AND held = TRUE AND state = 'pending'",
                held, (s, followUp) -> {
                    Sql.setInstant(s, 1, now);
                    Sql.setInstant(s, 2, now);
                    s.setLong(3, followUp.id());
                });
        List<FollowUp> shown = new ArrayList<>(held.size());
        for (int i = 0; i < held.size(); i++) {
            if (taken[i] > 0) {
                shown.add(held.get(i));
            }
        }
        return shown;
    }

    /** The user's follow-ups they can still act on, soonest first. */
    List<FollowUp> open(Connection connection, UserId owner) {
        return Sql.list(connection, "SELECT " + COLUMNS + " FROM follow_ups WHERE owner_id = ?"
                + " AND state IN ('pending', 'claimed', 'sent', 'snoozed') ORDER BY due_at, id",
                s -> s.setString(1, owner.value()), FollowUpRepository::map);
    }

    /** One of the user's follow-ups. */
    Optional<FollowUp> find(Connection connection, UserId owner, long id) {
        return Sql.one(connection, "SELECT " + COLUMNS + " FROM follow_ups WHERE owner_id = ? AND id = ?", s -> {
            s.setString(1, owner.value());
            s.setLong(2, id);
        }, FollowUpRepository::map);
    }

    /** The wall-clock time a repeating follow-up was meant for. */
    Optional<LocalDue> localDue(Connection connection, long id) {
        return Sql.one(connection, "SELECT local_due, zone FROM follow_ups WHERE id = ? AND local_due IS NOT NULL",
                s -> s.setLong(1, id), row -> new LocalDue(row.getTimestamp(1).toLocalDateTime(),
                        ZoneId.of(row.getString(2))));
    }

    /** The wall-clock times of a contact's last {@code limit} delivered or settled repeats of a kind, newest first. */
    List<LocalDateTime> recentLocalDues(Connection connection, long contactId, FollowUpKind kind, int limit) {
        return Sql.list(connection, "SELECT local_due FROM follow_ups WHERE contact_id = ? AND kind = ?"
                + " AND local_due IS NOT NULL AND state IN ('sent', 'done', 'skipped', 'claimed')"
                + " ORDER BY local_due DESC FETCH FIRST " + limit + " ROWS ONLY", s -> {
                    s.setLong(1, contactId);
                    s.setString(2, kind.id());
                }, row -> row.getTimestamp(1).toLocalDateTime());
    }

    /**
     * Records what the user did with a follow-up: done, skipped, or snoozed until {@code wakeAt}. The update is
     * decided against the row as the caller read it: it changes nothing when the row moved on since (the timer
     * recorded the delivery in flight, another click settled it, a reply cancelled it). A row snoozed while claimed
     * (its delivery may be on the wire) counts that delivery, so that it comes back under a new delivery key and is
     * not taken for a retry of the one in flight.
     *
     * @param read the row as read, open
     * @return false when the row is no longer as read: read it again and decide again
     */
    boolean settle(Connection connection, FollowUp read, FollowUpState state, Instant wakeAt, Instant now) {
        boolean inFlight = read.state() == FollowUpState.CLAIMED && state == FollowUpState.SNOOZED;
        return Sql.update(connection, "UPDATE follow_ups SET state = ?, wake_at = ?, due_at = COALESCE(?, due_at),"
                + " held = FALSE, updated_at = ?" + (inFlight ? ", deliveries = deliveries + 1, attempts = 0" : "")
                + " WHERE owner_id = ? AND id = ? AND state = ? AND attempts = ?"
                + " AND deliveries = ?", s -> {
                    s.setString(1, state.id());
                    Sql.setInstant(s, 2, wakeAt);
                    Sql.setInstant(s, 3, wakeAt);
                    Sql.setInstant(s, 4, now);
                    s.setString(5, read.owner().value());
                    s.setLong(6, read.id());
                    s.setString(7, read.state().id());
                    s.setInt(8, read.attempts());
                    s.setInt(9, read.deliveries());
                }) == 1;
    }

    /** How many of the owner's follow-ups were marked done in {@code [from, to)}. */
    int doneBetween(Connection connection, UserId owner, Instant from, Instant to) {
        return Sql.one(connection, "SELECT COUNT(*) FROM follow_ups WHERE owner_id = ? AND state = 'done'"
                + " AND updated_at >= ? AND updated_at < ?", s -> {
                    s.setString(1, owner.value());
                    Sql.setInstant(s, 2, from);
                    Sql.setInstant(s, 3, to);
                }, row -> row.getInt(1)).orElse(0);
    }

    /** The earliest time anything becomes due, to wake the timer early. */
    /** How many follow-ups are due at {@code now} and not claimed by a timer (their lease runs until later). */
    long countDue(Connection connection, Instant now) {
        return Sql.one(connection, "SELECT COUNT(*) FROM follow_ups WHERE wake_at <= ?", s -> Sql.setInstant(s, 1, now),
                row -> row.getLong(1)).orElse(0L);
    }

    Optional<Instant> nextWake(Connection connection) {
        List<Instant> next = Sql.list(connection, "SELECT MIN(wake_at) AS next_wake FROM follow_ups", s -> { },
                row -> Sql.getInstant(row, "next_wake"));
        return next.isEmpty() ? Optional.empty() : Optional.ofNullable(next.get(0));
    }

    /** Binds the id, attempts and deliveries of a claim, which together name it: every claim adds an attempt. */
    private static void bindClaim(PreparedStatement statement, int from, FollowUp claim) throws SQLException {
        statement.setLong(from, claim.id());
        statement.setInt(from + 1, claim.attempts());
        statement.setInt(from + 2, claim.deliveries());
    }

    /** Binds one row of a batch. */
    @FunctionalInterface
    interface RowBinder {
        void bind(PreparedStatement statement, FollowUp followUp) throws SQLException;
    }

    static int[] batch(Connection connection, String sql, Collection<FollowUp> rows, RowBinder binder) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (FollowUp row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("batch update of follow-ups failed", e);
        }
    }

    static FollowUp map(ResultSet row) throws SQLException {
        long contact = row.getLong("contact_id");
        OptionalLong contactId = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(contact);
        return new FollowUp(row.getLong("id"), new UserId(row.getString("owner_id")), contactId,
                FollowUpKind.fromId(row.getString("kind")).orElse(FollowUpKind.UNFINISHED_FLOW),
                FollowUpState.fromId(row.getString("state")).orElse(FollowUpState.CANCELLED),
                Sql.getInstant(row, "due_at"), row.getInt("attempts"), row.getBoolean("held"),
                row.getString("idempotency_key"), row.getInt("deliveries"));
    }
}
