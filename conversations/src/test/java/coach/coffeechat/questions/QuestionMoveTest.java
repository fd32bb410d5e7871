package coach.coffeechat.questions;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.engine.TypedWords;
import coach.coffeechat.testing.CountingText;
import coach.coffeechat.testing.TestCoach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link QuestionMove}: how a move typed in the prepare flow is read, here on a list of five questions, in English and
 * in the user's language.
 */
final class QuestionMoveTest {
    private static final int FIVE = 5;
    private static final TypedWords WORDS = new TypedWords(TestCoach.TEXTS);

    @ParameterizedTest(name = "\"{0}\" moves {1} to {2}")
    @CsvSource(delimiter = '|', value = {
        "4 up                | 4 | 3",
        "4up                 | 4 | 3",
        "2 down              | 2 | 3",
        "5 to 1              | 5 | 1",
        "5to1                | 5 | 1",
        "5 1                 | 5 | 1",
        "3 top               | 3 | 1",
        "3 first             | 3 | 1",
        "2 bottom            | 2 | 5",
        "2 last              | 2 | 5",
        "move 4 up           | 4 | 3",
        "move question 4 up  | 4 | 3",
        "question 2 to 4     | 2 | 4",
        "q3 last             | 3 | 5",
        "Q3 LAST             | 3 | 5",
        "MOVE 4 UP           | 4 | 3",
    })
    void theQuestionAndWhereItGoesAreRead(String typed, int from, int to) {
        assertThat(QuestionMove.parse(typed, FIVE, WORDS)).contains(new QuestionMove(from, to));
    }

    @ParameterizedTest(name = "\"{0}\" moves {1} to {2}")
    @CsvSource(delimiter = '|', value = {
        "1 up     | 1 | 1",
        "5 down   | 5 | 5",
        "1 first  | 1 | 1",
    })
    void upAndDownStopAtTheEndsOfTheList(String typed, int from, int to) {
        QuestionMove move = QuestionMove.parse(typed, FIVE, WORDS).orElseThrow();

        assertThat(move).isEqualTo(new QuestionMove(from, to));
        assertThat(move.moves()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" keeps the numbers typed")
    @CsvSource(delimiter = '|', value = {
        "9 to 1   | 9 | 1",
        "2 to 9   | 2 | 9",
        "9 up     | 9 | 8",
    })
    void numbersTheListDoesNotHaveAreKeptForTheListToRefuse(String typed, int from, int to) {
        assertThat(QuestionMove.parse(typed, FIVE, WORDS)).contains(new QuestionMove(from, to));
    }

    @ParameterizedTest(name = "\"{0}\" is not a move")
    @ValueSource(strings = {"", "up", "four up", "4 sideways", "4 to", "to 1", "4 up please", "4 up 2", "1234 up",
        "4 to 1000", "-1 up"})
    void textThatIsNotAMoveIsRefused(String typed) {
        assertThat(QuestionMove.parse(typed, FIVE, WORDS)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: \"{1}\" moves {2} to {3}")
    @CsvSource(delimiter = '|', value = {
        "es | 4 arriba                | 4 | 3",
        "es | mover pregunta 2 abajo  | 2 | 3",
        "es | p3 al final             | 3 | 5",
        "es | 5 a 1                   | 5 | 1",
        "es | 3 primera               | 3 | 1",
        "es | 3 ÚLTIMA                | 3 | 5",
        "es | 4 up                    | 4 | 3",
        "de | 4 hoch                  | 4 | 3",
        "de | verschiebe Frage 5 nach 1 | 5 | 1",
        "de | 2 nach unten            | 2 | 3",
        "de | f3 ans Ende             | 3 | 5",
        "de | 3 an den Anfang         | 3 | 1",
        "de | move 4 up               | 4 | 3",
    })
    void theWordsOfTheUsersLanguageAreReadToo(String tag, String typed, int from, int to) {
        try (LanguageScope scope = LanguageScope.open(TestCoach.TEXTS.languages().find(tag).orElseThrow())) {
            assertThat(QuestionMove.parse(typed, FIVE, WORDS)).contains(new QuestionMove(from, to));
        }
    }

    @Test
    void anotherLanguagesWordsAreNotReadInEnglish() {
        assertThat(QuestionMove.parse("4 arriba", FIVE, WORDS)).isEmpty();
        assertThat(QuestionMove.parse("4 hoch", FIVE, WORDS)).isEmpty();
    }

    @Test
    void longTextIsRefusedUnreadAndTheSplitBetweenLettersAndDigitsReadsEachCharacterAFewTimes() {
        assertThat(QuestionMove.parse(" ".repeat(32_000) + "4 up", FIVE, WORDS)).isEmpty();
        assertThat(QuestionMove.parse("4".repeat(32_000), FIVE, WORDS)).isEmpty();
        for (String worst : new String[] {"q4".repeat(16_000), " ".repeat(32_000), "4".repeat(32_000)}) {
            CountingText text = new CountingText(worst);
            QuestionMove.JOINED.matcher(text).replaceAll(" ");
            assertThat(text.reads()).as("characters read for %s...", worst.substring(0, 4))
                    .isLessThanOrEqualTo(8L * worst.length());
        }
    }
}
