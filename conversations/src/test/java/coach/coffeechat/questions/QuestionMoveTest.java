package coach.coffeechat.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link QuestionMove}: how a move typed in the prepare flow is read, here on a list of five questions. */
final class QuestionMoveTest {
    private static final int FIVE = 5;

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
        assertThat(QuestionMove.parse(typed, FIVE)).contains(new QuestionMove(from, to));
    }

    @ParameterizedTest(name = "\"{0}\" moves {1} to {2}")
    @CsvSource(delimiter = '|', value = {
        "1 up     | 1 | 1",
        "5 down   | 5 | 5",
        "1 first  | 1 | 1",
    })
    void upAndDownStopAtTheEndsOfTheList(String typed, int from, int to) {
        QuestionMove move = QuestionMove.parse(typed, FIVE).orElseThrow();

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
        assertThat(QuestionMove.parse(typed, FIVE)).contains(new QuestionMove(from, to));
    }

    @ParameterizedTest(name = "\"{0}\" is not a move")
    @ValueSource(strings = {"", "up", "four up", "4 sideways", "4 to", "to 1", "4 up please", "4 up 2", "1234 up",
        "4 to 1000", "-1 up"})
    void textThatIsNotAMoveIsRefused(String typed) {
        assertThat(QuestionMove.parse(typed, FIVE)).isEmpty();
    }
}
