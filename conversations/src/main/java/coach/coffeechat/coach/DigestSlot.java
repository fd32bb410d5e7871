package coach.coffeechat.coach;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * When one weekly digest of a server is due: the server's day and local time in its zone, in one week. The week
 * (its Monday) is the digest's key, so a digest is claimed once per week whatever daylight saving does to the
 * instant, and changing the day mid-week does not bring a second one. A local time that daylight saving skips
 * moves forward by the gap (02:30 on a spring-forward night is 03:30); one that happens twice is the first.
 *
 * @param week the Monday of the digest's week, in the server's zone
 * @param dueAt the instant it is due
 */
record DigestSlot(LocalDate week, Instant dueAt) {
    DigestSlot {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** The latest slot of this setup at or before {@code now}. */
    static DigestSlot latest(ServerSetup setup, Instant now) {
        LocalDate today = now.atZone(setup.zone()).toLocalDate();
        LocalDate day = today.with(TemporalAdjusters.previousOrSame(setup.digestDay()));
        DigestSlot slot = on(setup, day);
        return slot.dueAt().isAfter(now) ? on(setup, day.minusWeeks(1)) : slot;
    }

    /** The slot of this setup on {@code day}. */
    static DigestSlot on(ServerSetup setup, LocalDate day) {
        Instant due = ZonedDateTime.ofLocal(day.atTime(setup.digestTime()), setup.zone(), null).toInstant();
        return new DigestSlot(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), due);
    }
}
