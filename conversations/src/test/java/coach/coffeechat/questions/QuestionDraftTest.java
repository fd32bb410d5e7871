package coach.coffeechat.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link QuestionDraft}: the list being built, added to, reordered, cut and closed. */
final class QuestionDraftTest {
    private static final QuestionDraft THREE = new QuestionDraft(List.of(
            "How did you start?", "What surprised you?", "Which skills matter most?"));

    @Test
    void aQuestionIsAddedAtTheEndAndItsNumberSaid() {
        QuestionDraft.Addition addition = THREE.add("What would you do in my place?");

        assertThat(addition).isEqualTo(new QuestionDraft.Addition.Added(new QuestionDraft(List.of(
                "How did you start?", "What surprised you?", "Which skills matter most?",
                "What would you do in my place?")), 4));
    }

    @Test
    void theSameQuestionAgainWhateverItsCaseSpacingOrPunctuationIsOnTheListAlready() {
        assertThat(THREE.add("what  SURPRISED you")).isEqualTo(new QuestionDraft.Addition.AlreadyOn(2));
        assertThat(THREE.add("How did you start?!")).isEqualTo(new QuestionDraft.Addition.AlreadyOn(1));
    }

    @Test
    void aFullListTakesNoMoreButStillSaysWhenTheQuestionIsOnIt() {
        List<String> twelve = new ArrayList<>();
        for (int i = 1; i <= QuestionDraft.MAX_QUESTIONS; i++) {
            twelve.add("Question number " + i + "?");
        }
        QuestionDraft full = new QuestionDraft(twelve);

        assertThat(full.hasRoom()).isFalse();
        assertThat(full.add("One more?")).isEqualTo(new QuestionDraft.Addition.Full(12));
        assertThat(full.add("question number 3")).isEqualTo(new QuestionDraft.Addition.AlreadyOn(3));
    }

    @Test
    void aMoveTakesTheQuestionOutAndPutsItInItsNewPlace() {
        assertThat(THREE.move(new QuestionMove(3, 1))).contains(new QuestionDraft(List.of(
                "Which skills matter most?", "How did you start?", "What surprised you?")));
        assertThat(THREE.move(new QuestionMove(1, 2))).contains(new QuestionDraft(List.of(
                "What surprised you?", "How did you start?", "Which skills matter most?")));
        assertThat(THREE.move(new QuestionMove(2, 2))).contains(THREE);
    }

    @Test
    void aMoveFromOrToAPlaceTheListDoesNotHaveChangesNothing() {
        assertThat(THREE.move(new QuestionMove(4, 1))).isEmpty();
        assertThat(THREE.move(new QuestionMove(1, 4))).isEmpty();
        assertThat(THREE.move(new QuestionMove(0, 1))).isEmpty();
    }

    @Test
    void aRemovedQuestionIsSaidAndTheRestKeepTheirOrder() {
        assertThat(THREE.remove(2)).contains(new QuestionDraft.Removal(
                new QuestionDraft(List.of("How did you start?", "Which skills matter most?")), "What surprised you?"));
        assertThat(THREE.remove(0)).isEmpty();
        assertThat(THREE.remove(4)).isEmpty();
    }

    @Test
    void closingQuestionsAreAddedAtTheEndOnlyWhenMissingAndEvenOnAFullList() {
        QuestionDraft closed = THREE.withClosers(List.of("Who else should I talk to?", "how did you START"));

        assertThat(closed.questions()).containsExactly("How did you start?", "What surprised you?",
                "Which skills matter most?", "Who else should I talk to?");
        List<String> twelve = new ArrayList<>();
        for (int i = 1; i <= QuestionDraft.MAX_QUESTIONS; i++) {
            twelve.add("Question number " + i + "?");
        }
        assertThat(new QuestionDraft(twelve).withClosers(List.of("Who else?", "How do I stay in touch?")).size())
                .isEqualTo(14);
    }

    @Test
    void theListSurvivesTheRoundTripThroughOneAnswerAndShowsNumbered() {
        assertThat(QuestionDraft.fromAnswer(THREE.toAnswer())).isEqualTo(THREE);
        assertThat(QuestionDraft.fromAnswer("").isEmpty()).isTrue();
        assertThat(THREE.numbered()).isEqualTo(
                "1. How did you start?\n2. What surprised you?\n3. Which skills matter most?");
    }

    @Test
    void aChangeLeavesTheListItWasMadeFromAsItWas() {
        THREE.add("Another?");
        THREE.remove(1);
        THREE.move(new QuestionMove(1, 3));

        assertThat(THREE.questions()).containsExactly("How did you start?", "What surprised you?",
                "Which skills matter most?");
    }
}
