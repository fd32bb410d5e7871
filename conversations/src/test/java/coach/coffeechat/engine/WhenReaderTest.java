package coach.coffeechat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.testing.TestCoach;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link WhenReader}: how a day and time typed by a person is read. Every case is read at the same fixed moment,
 * Monday 2026-03-02 09:00 local time, so "today", "tomorrow", "yesterday" and weekdays always mean the same dates.
 * Looking ahead ({@code /meeting schedule}): ISO dates, today/tomorrow, full and abbreviated weekdays (today counts
 * only while the time is still ahead), 24-hour and am/pm times. Looking back ({@code /meeting log}): the same days,
 * a weekday meaning its last occurrence. A time alone (quiet hours). And everything that must be refused rather than guessed,
 * including long hostile text.
 */
final class WhenReaderTest {
    /** English words alone (outside any language scope). */
    private static final TypedWords WORDS = new TypedWords(TestCoach.TEXTS);
    /** Monday morning; checked by {@link #theFixedNowIsAMondayMorning()}. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 9, 0);
    /** New Year's Eve late in the evening, a Thursday: "tomorrow" and weekdays cross into the next year. */
    private static final LocalDateTime NEW_YEARS_EVE = LocalDateTime.of(2026, 12, 31, 22, 0);

    @Test
    void theFixedNowIsAMondayMorning() {
        assertThat(NOW.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(NEW_YEARS_EVE.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "2026-03-12 16:00       | 2026-03-12T16:00",
        "2026-03-12T16:00       | 2026-03-12T16:00",
        "2026-03-12t16:00       | 2026-03-12T16:00",
        "'2026-03-12, 16:00'    | 2026-03-12T16:00",
        "2026-03-12 at 16:00    | 2026-03-12T16:00",
        "2026-03-12 AT 16:00    | 2026-03-12T16:00",
        "'  2026-03-12   16:00 '| 2026-03-12T16:00",
        "2026-03-12 4pm         | 2026-03-12T16:00",
        "2026-03-12 00:00       | 2026-03-12T00:00",
        "2026-03-12 23:59       | 2026-03-12T23:59",
        "2026-03-12 7:05        | 2026-03-12T07:05",
        "2028-02-29 10:00       | 2028-02-29T10:00",
        "2027-01-04 09:00       | 2027-01-04T09:00",
    })
    void anIsoDateWithATimeIsThatMoment(String typed, LocalDateTime expected) {
        assertThat(WhenReader.dateTime(WORDS, typed, NOW)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "today 9:30           | 2026-03-02T09:30",
        "tomorrow 9:30        | 2026-03-03T09:30",
        "today 4pm            | 2026-03-02T16:00",
        "today 4 pm           | 2026-03-02T16:00",
        "tomorrow 4pm         | 2026-03-03T16:00",
        "tomorrow 4 pm        | 2026-03-03T16:00",
        "TOMORROW 4PM         | 2026-03-03T16:00",
        "Today 4 PM           | 2026-03-02T16:00",
        "today 4:30pm         | 2026-03-02T16:30",
        "today 4:30 pm        | 2026-03-02T16:30",
        "today 11am           | 2026-03-02T11:00",
        "tomorrow 12am        | 2026-03-03T00:00",
        "tomorrow 12:30am     | 2026-03-03T00:30",
        "today 12pm           | 2026-03-02T12:00",
        "today 12:45pm        | 2026-03-02T12:45",
        "today noon           | 2026-03-02T12:00",
        "Tomorrow Noon        | 2026-03-03T12:00",
        "today at noon        | 2026-03-02T12:00",
        "tomorrow at 9:30     | 2026-03-03T09:30",
        "'tomorrow, 9:30'     | 2026-03-03T09:30",
        "tomorrow 00:30       | 2026-03-03T00:30",
        "tomorrow 0:30        | 2026-03-03T00:30",
        "today 23:59          | 2026-03-02T23:59",
    })
    void todayAndTomorrowWithATimeAreThoseDays(String typed, LocalDateTime expected) {
        assertThat(WhenReader.dateTime(WORDS, typed, NOW)).contains(expected);
    }

    @Test
    void todayStaysTodayEvenWhenItsTimeHasPassedSoTheCallerCanSayItIsPast() {
        assertThat(WhenReader.dateTime(WORDS, "today 8:00", NOW)).contains(LocalDateTime.of(2026, 3, 2, 8, 0));
        assertThat(WhenReader.dateTime(WORDS, "today 9:00", NOW)).contains(NOW);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "4pm thursday              | 2026-03-05T16:00",
        "4 pm on thursday          | 2026-03-05T16:00",
        "'4pm, thurs.'             | 2026-03-05T16:00",
        "16:00 on 2026-03-12       | 2026-03-12T16:00",
        "9:30 tomorrow             | 2026-03-03T09:30",
        "noon today                | 2026-03-02T12:00",
        "midnight tomorrow         | 2026-03-03T00:00",
    })
    void aTimeFirstThenTheDayIsReadToo(String typed, LocalDateTime expected) {
        assertThat(WhenReader.dateTime(WORDS, typed, NOW)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "thursday 4pm              | 2026-03-05T16:00",
        "thu 16:00                 | 2026-03-05T16:00",
        "Thurs 4pm                 | 2026-03-05T16:00",
        "thur 4pm                  | 2026-03-05T16:00",
        "THURSDAY 4PM              | 2026-03-05T16:00",
        "ThUrSdAy 4 Pm             | 2026-03-05T16:00",
        "'   thursday     4pm   '  | 2026-03-05T16:00",
        "'thursday\t4pm'           | 2026-03-05T16:00",
        "'thursday\n4pm'           | 2026-03-05T16:00",
        "'thursday, 4pm'           | 2026-03-05T16:00",
        "thursday at 4pm           | 2026-03-05T16:00",
        "thursday at 4:15 pm       | 2026-03-05T16:15",
        "tue 9:30                  | 2026-03-03T09:30",
        "tues 9:30                 | 2026-03-03T09:30",
        "tuesday 9:30              | 2026-03-03T09:30",
        "wed 7am                   | 2026-03-04T07:00",
        "wednesday noon            | 2026-03-04T12:00",
        "fri 12pm                  | 2026-03-06T12:00",
        "friday 12am               | 2026-03-06T00:00",
        "sat 10:00                 | 2026-03-07T10:00",
        "saturday at 10am          | 2026-03-07T10:00",
        "thurs. 4pm                | 2026-03-05T16:00",
        "thu. at 16:00             | 2026-03-05T16:00",
        "thursday midnight         | 2026-03-05T00:00",
    })
    void aWeekdayFullOrAbbreviatedIsItsNextOccurrence(String typed, LocalDateTime expected) {
        assertThat(WhenReader.dateTime(WORDS, typed, NOW)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "monday 10:00   | 2026-03-02T10:00",
        "mon 9:01       | 2026-03-02T09:01",
        "Monday 4pm     | 2026-03-02T16:00",
        "mon noon       | 2026-03-02T12:00",
        "monday 23:59   | 2026-03-02T23:59",
    })
    void todaysWeekdayWhoseTimeIsStillAheadMeansToday(String typed, LocalDateTime expected) {
        assertThat(WhenReader.dateTime(WORDS, typed, NOW)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "monday 8am     | 2026-03-09T08:00",
        "monday 8:59    | 2026-03-09T08:59",
        "mon 12am       | 2026-03-09T00:00",
        "Mon 00:00      | 2026-03-09T00:00",
        // exactly now is not ahead any more
        "monday 9:00    | 2026-03-09T09:00",
        "monday 9am     | 2026-03-09T09:00",
    })
    void aWeekdayWhoseTimeHasPassedTodayMeansNextWeek(String typed, LocalDateTime expected) {
        assertThat(WhenReader.dateTime(WORDS, typed, NOW)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "sunday 4pm     | 2026-03-08T16:00",
        "sun 12am       | 2026-03-08T00:00",
        "sun 23:59      | 2026-03-08T23:59",
    })
    void theWeekdayBeforeTodaysIsSixDaysAhead(String typed, LocalDateTime expected) {
        assertThat(WhenReader.dateTime(WORDS, typed, NOW)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "next thursday 4pm      | 2026-03-05T16:00",
        "next monday 8am        | 2026-03-09T08:00",
        "next monday 4pm        | 2026-03-09T16:00",
        "this thursday 4pm      | 2026-03-05T16:00",
        "'2 Dec 4pm'            | 2026-12-02T16:00",
        "'dec 2nd, 4pm'         | 2026-12-02T16:00",
        "'12 march at 16:00'    | 2026-03-12T16:00",
        "'4pm on 12 march'      | 2026-03-12T16:00",
        "'in 3 days 9:30'       | 2026-03-05T09:30",
        "'in a week at noon'    | 2026-03-09T12:00",
        "'day after tomorrow 10am' | 2026-03-04T10:00",
        "'12 march 2027 9:00'   | 2027-03-12T09:00",
        // in the past: read, so the booking can say it has passed
        "'yesterday 4pm'        | 2026-03-01T16:00",
        "'last friday 4pm'      | 2026-02-27T16:00",
        "'1 march 4pm'          | 2026-03-01T16:00",
    })
    void aBookingReadsTheSameNaturalDaysAsALog(String typed, LocalDateTime expected) {
        assertThat(WhenReader.dateTime(WORDS, typed, NOW)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "tomorrow 9:30  | 2027-01-01T09:30",
        "today 23:00    | 2026-12-31T23:00",
        "thursday 23:00 | 2026-12-31T23:00",
        "thursday 21:00 | 2027-01-07T21:00",
        "fri 9am        | 2027-01-01T09:00",
        "wed 9am        | 2027-01-06T09:00",
    })
    void daysCrossTheEndOfTheYear(String typed, LocalDateTime expected) {
        assertThat(WhenReader.dateTime(WORDS, typed, NEW_YEARS_EVE)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
        // no time at all
        "thursday", "thu", "today", "tomorrow", "2026-03-12", "2026-03-12 at", "thursday at", "4pm", "16:00",
        // a time that does not exist
        "25:00", "today 25:00", "2026-03-12 25:00", "today 24:00", "today 16:60", "thursday 16:99",
        "today 13pm", "thursday 13pm", "today 0am", "today 0pm", "today 16:00pm", "today 00:30am",
        // a bare hour could be morning or afternoon
        "4", "today 4", "thursday 4", "2026-03-12 16",
        // minutes must have two digits: 09:5 could mean 09:05 or 09:50
        "today 09:5", "2026-03-12 9:5",
        // times written some other way
        "today 4.30pm", "today 16h00", "today 4p", "today noonish",
        // not a day
        "th 4pm", "t 4pm", "mo 4pm", "someday 4pm", "thursdays 4pm", "4 thursday",
        "4pm", "4pm someday", "4pm th", "thursday 4pm thursday", "next 4pm", "last 4pm", "in days 4pm",
        "at 4pm", "32 dec 4pm", "dec 4pm", "2 decamber 4pm", "30 feb 4pm", "2 dec 1999 9:00 4pm",
        // dates that do not exist or are not ISO
        "2026-02-30 10:00", "2026-02-29 10:00", "2026-13-01 10:00", "2026-00-10 10:00", "2026-03-32 10:00",
        "2026-3-12 16:00", "12.03.2026 16:00", "03/12/2026 4pm",
        // empty, blank and hostile
        "", " ", "   ", "\t\n", "@everyone 4pm", "@everyone", "<@123456789012345678> 4pm", "today @here",
        "\uD83D\uDE00", "\uD83D\uDE00 4pm", "today \uD83D\uDE00", "thursday \uD83D\uDCC5 4pm",
        "'; DROP TABLE contacts; -- 4pm", "${when} 4pm", "today ${time}", "today \u0669:\u0660\u0660",
    })
    void whatCannotBeReadIsRefused(String typed) {
        assertThat(WhenReader.dateTime(WORDS, typed, NOW)).isEmpty();
    }

    @Test
    void spacesBetweenTheWordsDoNotCountTowardsTheLength() {
        assertThat(WhenReader.dateTime(WORDS, "thursday" + " ".repeat(500) + "4pm", NOW))
                .contains(LocalDateTime.of(2026, 3, 5, 16, 0));
        assertThat(WhenReader.dateTime(WORDS, " ".repeat(2_000) + "tomorrow 9:30" + "\t".repeat(2_000), NOW))
                .contains(LocalDateTime.of(2026, 3, 3, 9, 30));
    }

    @Test
    void junkShortEnoughToReachThePatternIsStillRefused() {
        for (int length = 50; length <= 70; length++) {
            assertThat(WhenReader.dateTime(WORDS, "t".repeat(length - 2) + "\u2028x", NOW)).as("length %s", length).isEmpty();
            assertThat(WhenReader.dateTime(WORDS, "t ".repeat(length / 2), NOW)).as("length %s", length).isEmpty();
        }
    }

    static Stream<String> longJunk() {
        return Stream.of(
                "x".repeat(5_000),
                "t".repeat(5_000),
                "t ".repeat(2_500),
                "thursday 4pm ".repeat(385),
                "2026-03-12 " + "1".repeat(4_989),
                "today " + "9".repeat(4_994),
                "a" + ",".repeat(4_999),
                // a line separator stops the pattern's "." and used to make the matcher try every split of the
                // run of t's: minutes of work for one typed value
                "t".repeat(4_998) + "\u2028x",
                "t".repeat(4_998) + "\u0085x",
                "thursday " + "t".repeat(4_989) + "\u2029x",
                "\uD83D\uDE00".repeat(2_500));
    }

    /** The timeout only guards against a hang; the parse takes microseconds. */
    @ParameterizedTest(name = "long junk #{index}")
    @MethodSource("longJunk")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void veryLongJunkIsRefusedWithoutHanging(String typed) {
        assertThat(typed).hasSizeGreaterThanOrEqualTo(5_000);
        assertThat(WhenReader.dateTime(WORDS, typed, NOW)).isEmpty();
    }

    // ---- a day looking back: when a meeting was -------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "today        | 2026-03-02",
        "TODAY        | 2026-03-02",
        "'  today '   | 2026-03-02",
        "yesterday    | 2026-03-01",
        "Yesterday    | 2026-03-01",
        "2026-02-28   | 2026-02-28",
        "2024-02-29   | 2024-02-29",
        "2021-03-02   | 2021-03-02",
        // a day ahead reads too: the meeting log refuses it with its own message
        "2026-03-12   | 2026-03-12",
    })
    void aDayLookingBackIsTodayYesterdayOrAnIsoDate(String typed, LocalDate expected) {
        assertThat(WhenReader.date(WORDS, typed, NOW.toLocalDate())).contains(expected);
    }

    /** Looking back from Monday 2 March 2026: the forms {@code /meeting log} shares with {@code /meeting schedule}. */
    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        // a weekday is its last occurrence, today's counting
        "monday              | 2026-03-02",
        "sunday              | 2026-03-01",
        "thursday            | 2026-02-26",
        "Thu                 | 2026-02-26",
        "thurs.              | 2026-02-26",
        "on tuesday          | 2026-02-24",
        "this friday         | 2026-02-27",
        // "last" never means today
        "last thursday       | 2026-02-26",
        "last monday         | 2026-02-23",
        "last sunday         | 2026-03-01",
        "Last Sun            | 2026-03-01",
        // so many days or weeks ago
        "3 days ago          | 2026-02-27",
        "1 day ago           | 2026-03-01",
        "a day ago           | 2026-03-01",
        "two days ago        | 2026-02-28",
        "ten days ago        | 2026-02-20",
        "a week ago          | 2026-02-23",
        "2 weeks ago         | 2026-02-16",
        "day before yesterday| 2026-02-28",
        "the day before yesterday| 2026-02-28",
        // a day of a month without a year is its nearest occurrence, with a year that day
        "2 Dec               | 2025-12-02",
        "2 december          | 2025-12-02",
        "2nd Dec             | 2025-12-02",
        "Dec 2               | 2025-12-02",
        "december 2nd        | 2025-12-02",
        "28 feb              | 2026-02-28",
        "feb 28th            | 2026-02-28",
        "1st of march        | 2026-03-01",
        "'2 Dec, 2024'       | 2024-12-02",
        "dec 2 2024          | 2024-12-02",
        "29 feb 2024         | 2024-02-29",
        "sept 30             | 2025-09-30",
        // ahead reads too, and the log refuses it with its own message
        "tomorrow            | 2026-03-03",
        "next thursday       | 2026-03-05",
        "in 3 days           | 2026-03-05",
        "4 march             | 2026-03-04",
    })
    void aDayLookingBackReadsTheSameNaturalFormsAsABooking(String typed, LocalDate expected) {
        assertThat(WhenReader.date(WORDS, typed, NOW.toLocalDate())).contains(expected);
    }

    @ParameterizedTest(name = "on New Year's Day \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "31 dec              | 2026-12-31",
        "yesterday           | 2026-12-31",
        "last friday         | 2026-12-25",
        "2 days ago          | 2026-12-30",
        "2 jan               | 2027-01-02",
    })
    void aDayLookingBackCrossesTheYear(String typed, LocalDate expected) {
        assertThat(WhenReader.date(WORDS, typed, LocalDate.of(2027, 1, 1))).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is today")
    @ValueSource(strings = {"", " ", "\t"})
    void nothingTypedForADayLookingBackMeansToday(String typed) {
        assertThat(WhenReader.date(WORDS, typed, NOW.toLocalDate())).contains(NOW.toLocalDate());
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
        // a time is not a day
        "today 4pm", "yesterday 9:30", "2026-02-28 16:00", "4pm",
        // dates that do not exist, are not ISO or are too vague
        "2026-02-30", "2026-02-29", "2026-13-01", "2026-3-12", "28.02.2026", "02/28/2026", "last week",
        "some day", "the other day", "last", "days ago", "0 days ago", "-3 days ago", "1000 days ago", "3 days",
        "31 feb", "feb 30 2026", "2 december 99", "2 dec dec", "th", "mo", "thursdays", "last thursdays",
        "@everyone", "\uD83D\uDE00", "${date}"})
    void aDayLookingBackThatCannotBeReadIsRefused(String typed) {
        assertThat(WhenReader.date(WORDS, typed, NOW.toLocalDate())).isEmpty();
    }

    @Test
    void aDayLookingBackIsRefusedUnreadWhenLongerThanAnyDate() {
        assertThat(WhenReader.date(WORDS, "t".repeat(5_000), NOW.toLocalDate())).isEmpty();
        assertThat(WhenReader.date(WORDS, " ".repeat(2_000) + "yesterday" + " ".repeat(2_000), NOW.toLocalDate()))
                .contains(LocalDate.of(2026, 3, 1));
    }

    // ---- a time alone: quiet hours ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "16:00     | 16:00",
        "9:30      | 09:30",
        "09:30     | 09:30",
        "0:00      | 00:00",
        "4pm       | 16:00",
        "4 PM      | 16:00",
        "4:30 pm   | 16:30",
        "12am      | 00:00",
        "12pm      | 12:00",
        "noon      | 12:00",
        "Midnight  | 00:00",
        "' 21:00 ' | 21:00",
    })
    void aTimeAloneIsReadAsItIsTypedOnAClock(String typed, LocalTime expected) {
        assertThat(WhenReader.timeOfDay(typed)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"4", "21", "24:00", "16:60", "13pm", "0am", "16:00pm", "9:5", "4.30pm", "16h00", "today",
        "noonish", ""})
    void aTimeAloneThatIsABareHourOrNoTimeIsRefused(String typed) {
        assertThat(WhenReader.timeOfDay(typed)).isEmpty();
    }
}
