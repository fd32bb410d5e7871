package coach.coffeechat.followup;

import coach.coffeechat.user.QuietHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Time arithmetic in the user's own time zone: business days skip Saturday and Sunday and keep the local time
 * of day; a prompt that would land in quiet hours moves to the first allowed minute; a local date and time
 * turns into an instant the way the user's clock on the wall would read it, across daylight-saving changes.
 */
final class FollowUpCalendar {

    private FollowUpCalendar() {
    }

    /** The instant {@code days} business days after {@code from}, at the same local time of day. */
    static Instant plusBusinessDays(Instant from, int days, ZoneId zone) {
        if (days < 0) {
            throw new IllegalArgumentException("business days must not be negative, was " + days);
        }
        LocalDateTime local = LocalDateTime.ofInstant(from, zone);
        int added = 0;
        while (added < days) {
            local = local.plusDays(1);
            if (!isWeekend(local.getDayOfWeek())) {
                added++;
            }
        }
        return toInstant(local, zone);
    }

    /** The instant itself, or the end of the quiet hours it falls in, in the user's zone. */
    static Instant outsideQuietHours(Instant due, ZoneId zone, QuietHours quiet) {
        LocalDateTime local = LocalDateTime.ofInstant(due, zone);
        if (!quiet.contains(local.toLocalTime())) {
            return due;
        }
        LocalDateTime end = local.toLocalDate().atTime(quiet.to());
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return toInstant(end, zone);
    }

    /**
     * The instant a local date and time names in a zone. In a spring-forward gap the time moves on by the
     * gap's length (02:30 becomes 03:30); in an autumn overlap the earlier of the two instants is used.
     */
    static Instant toInstant(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    private static boolean isWeekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
