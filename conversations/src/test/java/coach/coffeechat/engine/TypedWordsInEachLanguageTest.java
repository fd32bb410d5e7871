package coach.coffeechat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.testing.CountingText;
import coach.coffeechat.testing.TestCoach;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words a user types are read in their language as well as in English: days (read on Monday 2 March 2026, as in
 * {@link WhenReaderTest}), yes and no, and the control words. Accents and umlauts may be left out.
 */
final class TypedWordsInEachLanguageTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDateTime NOW = TODAY.atTime(9, 0);
    private static final TypedWords WORDS = new TypedWords(TestCoach.TEXTS);

    @Test
    void theFixedDayIsAMonday() {
        assertThat(TODAY.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    private static Language language(String tag) {
        return TestCoach.TEXTS.languages().find(tag).orElseThrow();
    }

    private static Optional<LocalDate> dayBack(String tag, String typed) {
        try (LanguageScope scope = LanguageScope.open(language(tag))) {
            return WhenReader.date(WORDS, typed, TODAY);
        }
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
        "es | hoy                     | 2026-03-02",
        "es | ayer                    | 2026-03-01",
        "es | anteayer                | 2026-02-28",
        "es | mañana                  | 2026-03-03",
        "es | manana                  | 2026-03-03",
        "es | Pasado mañana           | 2026-03-04",
        "es | el jueves pasado        | 2026-02-26",
        "es | jueves                  | 2026-02-26",
        "es | el miercoles            | 2026-02-25",
        "es | el próximo lunes        | 2026-03-09",
        "es | el lunes que viene      | 2026-03-09",
        "es | hace 3 días             | 2026-02-27",
        "es | hace tres dias          | 2026-02-27",
        "es | hace una semana         | 2026-02-23",
        "es | en 2 semanas            | 2026-03-16",
        "es | dentro de 2 semanas     | 2026-03-16",
        "es | 15 de febrero           | 2026-02-15",
        "es | el 15 de febrero de 2025| 2025-02-15",
        "es | 15 feb                  | 2026-02-15",
        "es | 15/2                    | 2026-02-15",
        "es | 15/02/2025              | 2025-02-15",
        "de | heute                   | 2026-03-02",
        "de | gestern                 | 2026-03-01",
        "de | vorgestern              | 2026-02-28",
        "de | morgen                  | 2026-03-03",
        "de | Übermorgen              | 2026-03-04",
        "de | uebermorgen             | 2026-03-04",
        "de | letzten Donnerstag      | 2026-02-26",
        "de | am Donnerstag           | 2026-02-26",
        "de | nächsten Montag         | 2026-03-09",
        "de | naechsten montag        | 2026-03-09",
        "de | vor 3 Tagen             | 2026-02-27",
        "de | vor einer Woche         | 2026-02-23",
        "de | in 2 Wochen             | 2026-03-16",
        "de | 15.2.                   | 2026-02-15",
        "de | 15.02.2025              | 2025-02-15",
        "de | 15. Februar             | 2026-02-15",
        "de | am 1. März              | 2026-03-01",
        "de | 1. Maerz                | 2026-03-01",
        // English always works too
        "es | last thursday           | 2026-02-26",
        "de | 3 days ago              | 2026-02-27",
        "es | 15 feb 2025             | 2025-02-15",
    })
    void daysAreReadInTheLanguageAndInEnglish(String tag, String typed, LocalDate expected) {
        assertThat(dayBack(tag, typed)).contains(expected);
    }

    @Test
    void aDateInNumbersIsReadDayFirstInSpanishAndGermanAndNotInEnglish() {
        assertThat(dayBack("de", "15.3.")).as("within a month: the one meant").contains(LocalDate.of(2026, 3, 15));
        assertThat(dayBack("de", "2.3.")).contains(LocalDate.of(2026, 3, 2));
        assertThat(dayBack("es", "2/3")).contains(LocalDate.of(2026, 3, 2));
        assertThat(dayBack("es", "1/3")).contains(LocalDate.of(2026, 3, 1));
        assertThat(dayBack("en", "1/3")).isEmpty();
        assertThat(dayBack("de", "31.2.")).isEmpty();
        assertThat(dayBack("de", "15.13.")).isEmpty();
    }

    @Test
    void anotherLanguagesWordsAreNotReadInEnglish() {
        assertThat(dayBack("en", "ayer")).isEmpty();
        assertThat(dayBack("en", "gestern")).isEmpty();
        assertThat(dayBack("es", "gestern")).isEmpty();
    }

    @Test
    void aDayAndATimeAheadAreReadInTheLanguage() {
        try (LanguageScope scope = LanguageScope.open(language("es"))) {
            assertThat(WhenReader.dateTime(WORDS, "mañana 16:00", NOW)).contains(LocalDateTime.of(2026, 3, 3, 16, 0));
            assertThat(WhenReader.dateTime(WORDS, "jueves 4pm", NOW)).contains(LocalDateTime.of(2026, 3, 5, 16, 0));
        }
        try (LanguageScope scope = LanguageScope.open(language("de"))) {
            assertThat(WhenReader.dateTime(WORDS, "morgen 9:30", NOW)).contains(LocalDateTime.of(2026, 3, 3, 9, 30));
            assertThat(WhenReader.dayAhead(WORDS, "Donnerstag", TODAY)).contains(LocalDate.of(2026, 3, 5));
        }
    }

    /** Every day and time the Spanish and German messages give as an example is read. */
    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "es | jueves 16:00", "es | mañana 9:30", "es | mañana a las 9:30", "es | 16:00 el jueves",
        "de | morgen um 9:30", "de | 16:00 am Donnerstag", "de | morgen um 16 Uhr", "de | Donnerstag 16.30 Uhr",
        "es | mañana a las 16 h", "es | jueves 16h", "en | tomorrow at 9:30", "en | 4pm on thursday", "es | 12 de marzo 16:00", "es | 2026-03-12 16:00",
        "de | Donnerstag 16:00", "de | morgen 9:30", "de | 12. März 16:00", "de | 2026-03-12 16:00",
    })
    void theExamplesOfAMeetingAheadAreRead(String tag, String typed) {
        try (LanguageScope scope = LanguageScope.open(language(tag))) {
            assertThat(WhenReader.dateTime(WORDS, typed, NOW)).as(typed).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "es | viernes", "es | mañana", "es | 15 de marzo", "es | en 2 semanas", "es | 2026-03-15",
        "de | Freitag", "de | morgen", "de | 15. März", "de | in 2 Wochen", "de | 2026-03-15",
    })
    void theExamplesOfADayAheadAreRead(String tag, String typed) {
        try (LanguageScope scope = LanguageScope.open(language(tag))) {
            assertThat(WhenReader.dayAhead(WORDS, typed, TODAY)).as(typed).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
        "es | lunes   | MONDAY", "es | Domingo | SUNDAY", "es | mié     | WEDNESDAY", "es | sab     | SATURDAY",
        "de | Montag  | MONDAY", "de | Sonntag | SUNDAY", "de | Donn.   | THURSDAY", "de | thu     | THURSDAY",
        "en | thurs   | THURSDAY",
    })
    void aWeekdayAloneIsReadInTheLanguageAndInEnglish(String tag, String typed, DayOfWeek expected) {
        try (LanguageScope scope = LanguageScope.open(language(tag))) {
            assertThat(WhenReader.weekday(WORDS, typed)).contains(expected);
        }
    }

    @Test
    void anHourWithTheWordForOclockIsReadOnA24HourClock() {
        try (LanguageScope scope = LanguageScope.open(language("de"))) {
            assertThat(WhenReader.dateTime(WORDS, "morgen um 16 Uhr", NOW)).contains(LocalDateTime.of(2026, 3, 3, 16, 0));
            assertThat(WhenReader.dateTime(WORDS, "morgen 9.30 Uhr", NOW)).contains(LocalDateTime.of(2026, 3, 3, 9, 30));
            assertThat(WhenReader.dateTime(WORDS, "morgen 25 Uhr", NOW)).isEmpty();
        }
        assertThat(WhenReader.dateTime(WORDS, "tomorrow 16 uhr", NOW)).as("not in English").isEmpty();
        assertThat(WhenReader.dateTime(WORDS, "tomorrow 16", NOW)).as("a bare hour stays unread").isEmpty();
    }

    @Test
    void yesAndNoAreReadInTheLanguageAndInEnglish() {
        AnswerReader reader = new AnswerReader(TestCoach.TEXTS);
        Prompt.Confirm confirm = new Prompt.Confirm("?", "Guardar", "Cambiar");
        Map<String, String> typed = Map.of("sí", "yes", "Si", "yes", "vale", "yes", "yes", "yes", "no", "no");
        try (LanguageScope scope = LanguageScope.open(language("es"))) {
            typed.forEach((answer, meant) -> assertThat(reader.read(confirm, "c", false, new Input.Answer(answer))
                    .validation()).as(answer).isEqualTo(new Validation.Valid(Map.of("c", meant))));
        }
        Map<String, String> german = Map.of("ja", "yes", "Ja", "yes", "nein", "no", "no", "no");
        try (LanguageScope scope = LanguageScope.open(language("de"))) {
            german.forEach((answer, meant) -> assertThat(reader.read(confirm, "c", false, new Input.Answer(answer))
                    .validation()).as(answer).isEqualTo(new Validation.Valid(Map.of("c", meant))));
        }
        assertThat(reader.read(confirm, "c", false, new Input.Answer("ja")).validation())
                .as("German is not read in English").isInstanceOf(Validation.Invalid.class);
    }

    @Test
    void controlWordsAreReadInTheLanguageAndInEnglish() {
        try (LanguageScope scope = LanguageScope.open(language("es"))) {
            assertThat(ControlWords.of(WORDS, new Input.Answer("omitir"))).contains(ControlAction.SKIP);
            assertThat(ControlWords.of(WORDS, new Input.Answer("Atras"))).contains(ControlAction.BACK);
            assertThat(ControlWords.of(WORDS, new Input.Answer("/cancelar"))).contains(ControlAction.CANCEL);
            assertThat(ControlWords.of(WORDS, new Input.Answer("ayuda"))).contains(ControlAction.HELP);
            assertThat(ControlWords.of(WORDS, new Input.Answer("skip"))).contains(ControlAction.SKIP);
        }
        try (LanguageScope scope = LanguageScope.open(language("de"))) {
            assertThat(ControlWords.of(WORDS, new Input.Answer("überspringen"))).contains(ControlAction.SKIP);
            assertThat(ControlWords.of(WORDS, new Input.Answer("zurueck"))).contains(ControlAction.BACK);
            assertThat(ControlWords.of(WORDS, new Input.Answer("Abbrechen"))).contains(ControlAction.CANCEL);
            assertThat(ControlWords.of(WORDS, new Input.Answer("hilfe"))).contains(ControlAction.HELP);
        }
        assertThat(ControlWords.of(WORDS, new Input.Answer("omitir"))).isEmpty();
    }

    @Test
    void theNewPatternsReadEachCharacterAFewTimesOnTheWorstInputs() {
        String[] worst = {" ".repeat(32_000), "\u0301".repeat(32_000), "1".repeat(32_000), "1.".repeat(16_000),
            "15/3/".repeat(6_400), "a\u0301 ".repeat(10_000)};
        for (String input : worst) {
            for (Pattern pattern : List.of(TypedWords.MARKS, TypedWords.SPACES,
                    DayReader.NUMBERS_DAY_FIRST, WhenReader.CLOCK)) {
                CountingText text = new CountingText(input);
                pattern.matcher(text).replaceAll("");
                pattern.matcher(text).matches();
                assertThat(text.reads()).as("%s on %s...", pattern, input.substring(0, 2))
                        .isLessThanOrEqualTo(12L * input.length());
            }
        }
        assertThat(dayBack("de", " ".repeat(32_000) + "gestern")).as("spaces do not count towards the length")
                .contains(TODAY.minusDays(1));
        assertThat(dayBack("de", "gestern ".repeat(4_000))).as("longer than any day: refused unread").isEmpty();
    }
}
