package coach.coffeechat.followup;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

/**
 * The VTIMEZONE of an invite, written from the JDK's own zone rules (nothing is downloaded): every change of
 * offset from a little over a year before the meeting to a little over a year after it, each as its own STANDARD
 * or DAYLIGHT observance with its onset, so a calendar reads the meeting's local time right on either side of a
 * daylight-saving change and after the meeting is moved across one. A zone that never changes gets one STANDARD
 * observance.
 */
final class InviteTimeZone {
    /** How far either side of the meeting the observances reach. */
    static final Duration REACH = Duration.ofDays(400);

    private InviteTimeZone() {
    }

    /** The zone as biweekly writes dates in it: the Java zone with its VTIMEZONE (TZID the IANA name). */
    static TimezoneAssignment assignment(ZoneId zone, Instant around) {
        return new TimezoneAssignment(TimeZone.getTimeZone(zone), component(zone, around));
    }

    /** The VTIMEZONE of {@code zone} around {@code around}. */
    static VTimezone component(ZoneId zone, Instant around) {
        VTimezone component = new VTimezone(zone.getId());
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> changes = new ArrayList<>();
        Instant from = around.minus(REACH);
        Instant to = around.plus(REACH);
        ZoneOffsetTransition previous = rules.previousTransition(from);
        if (previous != null) {
            changes.add(previous);
        }
        for (ZoneOffsetTransition next = rules.nextTransition(from); next != null && next.getInstant().isBefore(to);
                next = rules.nextTransition(next.getInstant())) {
            changes.add(next);
        }
        if (changes.isEmpty()) {
            ZoneOffset offset = rules.getOffset(around);
            StandardTime only = new StandardTime();
            fill(only, LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
            component.addStandardTime(only);
            return component;
        }
        for (ZoneOffsetTransition change : changes) {
            if (rules.isDaylightSavings(change.getInstant())) {
                DaylightSavingsTime daylight = new DaylightSavingsTime();
                fill(daylight, change.getDateTimeBefore(), change.getOffsetBefore(), change.getOffsetAfter());
                component.addDaylightSavingsTime(daylight);
            } else {
                StandardTime standard = new StandardTime();
                fill(standard, change.getDateTimeBefore(), change.getOffsetBefore(), change.getOffsetAfter());
                component.addStandardTime(standard);
            }
        }
        return component;
    }

    // DTSTART of an observance is the wall-clock time of its onset, read in the offset before it (RFC 5545 3.6.5).
    private static void fill(Observance observance, LocalDateTime onset, ZoneOffset before, ZoneOffset after) {
        observance.setDateStart(new DateTimeComponents(onset.getYear(), onset.getMonthValue(), onset.getDayOfMonth(),
                onset.getHour(), onset.getMinute(), onset.getSecond(), false));
        observance.setTimezoneOffsetFrom(offset(before));
        observance.setTimezoneOffsetTo(offset(after));
    }

    private static UtcOffset offset(ZoneOffset offset) {
        return new UtcOffset(offset.getTotalSeconds() * 1000L);
    }
}
