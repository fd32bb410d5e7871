package coach.coffeechat.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Minutes}: the one reading of minutes. The ranges used here are the product's: a question list (5 to 60),
 * a logged meeting (1 to 240) and a request (10 to 30), each 15 by default.
 */
final class MinutesTest {
    private static final Minutes.Range QUESTIONS = new Minutes.Range(5, 60, 15);
    private static final Minutes.Range MEETING = new Minutes.Range(1, 240, 15);
    private static final Minutes.Range REQUEST = new Minutes.Range(10, 30, 15);

    @ParameterizedTest(name = "\"{0}\" is 20 minutes")
    @ValueSource(strings = {"20", "20m", "20 m", "20min", "20 min", "20 mins", "20 minutes", "20 Minutes.", "20 MIN",
        "20.", "  20 min  "})
    void anAnswerIsANumberWithOrWithoutAUnitWord(String typed) {
        assertThat(Minutes.parse(typed, QUESTIONS)).contains(new Minutes(20));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", " ", "lots", "twenty", "1.5", "-5", "+20", "20 hours", "20 minutes please", "min 20",
        "20 20", "\u0662\u0660", "\uFF12\uFF10"})
    void anAnswerThatIsNotAWholeNumberOfMinutesIsRefused(String typed) {
        assertThat(Minutes.parse(typed, QUESTIONS)).isEmpty();
    }

    @Test
    void anAnswerOutsideTheRangeIsRefusedAndItsEndsAreAllowed() {
        assertThat(Minutes.parse("4", QUESTIONS)).isEmpty();
        assertThat(Minutes.parse("61 min", QUESTIONS)).isEmpty();
        assertThat(Minutes.parse("5", QUESTIONS)).contains(new Minutes(5));
        assertThat(Minutes.parse("60", QUESTIONS)).contains(new Minutes(60));
        assertThat(Minutes.parse("0", MEETING)).isEmpty();
        assertThat(Minutes.parse("241", MEETING)).isEmpty();
        assertThat(Minutes.parse("240", MEETING)).contains(new Minutes(240));
    }

    @Test
    void aNumberMayHaveOneDigitMoreThanTheLargestValueNeedsSoALeadingZeroReads() {
        assertThat(Minutes.parse("060", QUESTIONS)).contains(new Minutes(60));
        assertThat(Minutes.parse("005", QUESTIONS)).contains(new Minutes(5));
        assertThat(Minutes.parse("0060", QUESTIONS)).isEmpty();
        assertThat(Minutes.parse("0240", MEETING)).contains(new Minutes(240));
        assertThat(Minutes.parse("00240", MEETING)).isEmpty();
        assertThat(Minutes.parseNumber("015", REQUEST)).contains(new Minutes(15));
        assertThat(Minutes.parseNumber("0015", REQUEST)).isEmpty();
    }

    @Test
    void numbersTooBigForAnyIntegerAreRefusedNotThrown() {
        assertThat(Minutes.parse("9999999999", MEETING)).isEmpty();
        assertThat(Minutes.parse("9".repeat(40) + " min", MEETING)).isEmpty();
        assertThat(Minutes.parseNumber("9".repeat(40), new Minutes.Range(1, Integer.MAX_VALUE, 15))).isEmpty();
        assertThat(Minutes.parseNumber("99999999999", new Minutes.Range(1, Integer.MAX_VALUE, 15))).isEmpty();
    }

    @Test
    void aCommandOptionIsABareNumberAndNothingGivenMeansTheDefault() {
        assertThat(Minutes.parseNumber("20", REQUEST)).contains(new Minutes(20));
        assertThat(Minutes.parseNumber(" 20 ", REQUEST)).contains(new Minutes(20));
        assertThat(Minutes.parseNumber("", REQUEST)).contains(new Minutes(15));
        assertThat(Minutes.parseNumber("   ", REQUEST)).contains(new Minutes(15));
        assertThat(Minutes.parseNumber("20 min", REQUEST)).isEmpty();
        assertThat(Minutes.parseNumber("90", REQUEST)).isEmpty();
        assertThat(Minutes.parseNumber("-3", QUESTIONS)).isEmpty();
        assertThat(Minutes.parseNumber("soon", QUESTIONS)).isEmpty();
    }

    @Test
    void aStoredAnswerIsReadBackOrTheDefaultTakesItsPlace() {
        assertThat(Minutes.stored("40", QUESTIONS)).isEqualTo(new Minutes(40));
        assertThat(Minutes.stored("", QUESTIONS)).isEqualTo(new Minutes(15));
        assertThat(Minutes.stored("lots", QUESTIONS)).isEqualTo(new Minutes(15));
        assertThat(Minutes.stored("90", QUESTIONS)).isEqualTo(new Minutes(15));
    }

    @Test
    void minutesAreStoredAsTheirNumber() {
        assertThat(new Minutes(15).answer()).isEqualTo("15");
        assertThat(Minutes.stored(Minutes.parse("020 min", QUESTIONS).orElseThrow().answer(), QUESTIONS))
                .isEqualTo(new Minutes(20));
    }

    @Test
    void aRangeMustHoldItsDefaultAndStartAtOneOrMore() {
        assertThat(REQUEST.allows(10)).isTrue();
        assertThat(REQUEST.allows(31)).isFalse();
        assertThat(REQUEST.defaultMinutes()).isEqualTo(new Minutes(15));
        assertThatThrownBy(() -> new Minutes.Range(0, 60, 15)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Minutes.Range(30, 10, 15)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Minutes.Range(5, 60, 90)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Minutes(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
