package coach.coffeechat.followup;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.user.QuietHours;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

final class FollowUpCalendarTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    @Test
    void businessDaysSkipTheWeekendAndKeepTheLocalTime() {
        // Thursday 10:00 plus 3 business days is Tuesday 10:00
        assertThat(FollowUpCalendar.plusBusinessDays(berlin("2026-03-05T10:00"), 3, BERLIN))
                .isEqualTo(berlin("2026-03-10T10:00"));
        // Saturday plus 1 business day is Monday
        assertThat(FollowUpCalendar.plusBusinessDays(berlin("2026-03-07T10:00"), 1, BERLIN))
                .isEqualTo(berlin("2026-03-09T10:00"));
    }

    @Test
    void businessDaysCountInTheUsersZoneNotUtc() {
        // Friday 23:30 in New York is already Saturday in UTC; one business day later is Monday 23:30 in New York.
        Instant fridayNight = LocalDateTime.parse("2026-03-06T23:30").atZone(NEW_YORK).toInstant();

        assertThat(FollowUpCalendar.plusBusinessDays(fridayNight, 1, NEW_YORK))
                .isEqualTo(LocalDateTime.parse("2026-03-09T23:30").atZone(NEW_YORK).toInstant());
    }

    @Test
    void aPromptInQuietHoursMovesToTheirEndThatMorningOrTheNext() {
        assertThat(FollowUpCalendar.outsideQuietHours(berlin("2026-03-05T23:15"), BERLIN, NIGHT))
                .isEqualTo(berlin("2026-03-06T08:00"));
        assertThat(FollowUpCalendar.outsideQuietHours(berlin("2026-03-05T06:40"), BERLIN, NIGHT))
                .isEqualTo(berlin("2026-03-05T08:00"));
        assertThat(FollowUpCalendar.outsideQuietHours(berlin("2026-03-05T21:00"), BERLIN, NIGHT))
                .isEqualTo(berlin("2026-03-06T08:00"));
    }

    @Test
    void aPromptOutsideQuietHoursStaysPut() {
        assertThat(FollowUpCalendar.outsideQuietHours(berlin("2026-03-05T08:00"), BERLIN, NIGHT))
                .isEqualTo(berlin("2026-03-05T08:00"));
        assertThat(FollowUpCalendar.outsideQuietHours(berlin("2026-03-05T20:59"), BERLIN, NIGHT))
                .isEqualTo(berlin("2026-03-05T20:59"));
    }

    @Test
    void quietHoursMayAlsoSitWithinOneDayOrBeSwitchedOff() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertThat(lunch.contains(LocalTime.of(12, 30))).isTrue();
        assertThat(lunch.contains(LocalTime.of(13, 0))).isFalse();
        assertThat(new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).contains(LocalTime.NOON)).isFalse();
    }

    @Test
    void aLocalTimeInTheSpringForwardGapMovesOnAndAnOverlapTakesTheEarlierInstant() {
        // Berlin skips 02:00-03:00 on 29 March 2026 and repeats 02:00-03:00 on 25 October 2026.
        assertThat(FollowUpCalendar.toInstant(LocalDateTime.parse("2026-03-29T02:30"), BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(FollowUpCalendar.toInstant(LocalDateTime.parse("2026-10-25T02:30"), BERLIN))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }
}
