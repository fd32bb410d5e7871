package coach.coffeechat.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class QuestionLinesTest {

    @Test
    void pastedQuestionsAreReadOnePerLineWithoutNumbersOrBullets() {
        assertThat(QuestionLines.fromPaste("1. How did you start?\n2) What surprised you?\n\n- Who else?\n"
                + "\u2022 Why research?\nQ5: What next?\n(6) Which tools?"))
                .containsExactly("How did you start?", "What surprised you?", "Who else?", "Why research?",
                        "What next?", "Which tools?");
    }

    @Test
    void severalQuestionsOnOneLineAreSplitAfterEachQuestionMark() {
        assertThat(QuestionLines.fromPaste("How did you start? What surprised you?   Who else should I meet?"))
                .containsExactly("How did you start?", "What surprised you?", "Who else should I meet?");
    }

    @Test
    void linesWithoutLettersAreDroppedAndNumbersInsideAQuestionStay() {
        assertThat(QuestionLines.fromPaste("3.\n---\n???\n2026 trends: what changed?\nQ3 plans, how set?"))
                .containsExactly("2026 trends: what changed?", "Q3 plans, how set?");
    }

    @Test
    void aListSurvivesTheRoundTripThroughOneAnswer() {
        List<String> list = List.of("How did you start?", "Who else?");

        assertThat(QuestionLines.fromAnswer(QuestionLines.toAnswer(list))).isEqualTo(list);
        assertThat(QuestionLines.fromAnswer("")).isEmpty();
    }

    @Test
    void aListShowsNumberedFromOne() {
        assertThat(QuestionLines.numbered(List.of("How did you start?", "Who else?")))
                .isEqualTo("1. How did you start?\n2. Who else?");
        assertThat(QuestionLines.numbered(List.of())).isEmpty();
    }

    @Test
    void questionsCompareAsTheSameWhateverTheirCaseSpacingAndPunctuation() {
        assertThat(QuestionLines.comparable("  Who ELSE -- should I talk to?! ")).isEqualTo("who else should i talk to");
        assertThat(QuestionLines.comparable("Qu'est-ce que c'est ?")).isEqualTo("qu est ce que c est");
    }

    @Test
    void aLongQuestionIsCutWithAnEllipsisToFitAnOptionLabel() {
        String eighty = "x".repeat(79) + "?";

        assertThat(QuestionLines.label(eighty)).isEqualTo(eighty);
        assertThat(QuestionLines.label(eighty + "!")).hasSize(80).endsWith("x\u2026");
        assertThat(QuestionLines.label("\uD83D\uDE00".repeat(81))).isEqualTo("\uD83D\uDE00".repeat(79) + "\u2026");
    }
}
