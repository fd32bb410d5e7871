package coach.coffeechat.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.checks.Examples.Example;
import coach.coffeechat.config.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class QuestionCheckerTest {
    private static final List<Example> EXAMPLES = Examples.read("checks/questions.txt", Set.of("minutes", "line"));
    private static final Set<String> ABOUT_ONE_QUESTION = Set.of("salary", "googleable", "yes-no", "duplicate",
            "asks-for-job");
    private static final QuestionChecker CHECKER =
            new QuestionChecker(CheckRules.load(Optional.empty()), Texts.load(Optional.empty()));

    static Stream<Example> examples() {
        return EXAMPLES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eachExampleTripsItsRuleExactlyAsExpected(Example example) {
        // WHEN the example's questions are checked for the example's conversation length
        CheckReport report = CHECKER.check(example.lines(), Integer.parseInt(example.setting("minutes", "15")));

        // THEN its rule fires with the expected severity, on the expected question, or not at all
        Examples.assertFound(example, report.findings(),
                ABOUT_ONE_QUESTION.contains(example.rule()) ? Integer.parseInt(example.setting("line", "1")) : 0);
    }

    @Test
    void theTableHasFivePositiveAndFiveNegativeExamplesForEveryRule() {
        Examples.assertFiveEachWay(EXAMPLES, QuestionChecker.RULES);
    }

    @Test
    void aReportIsOkExactlyWhenItHasNoError() {
        for (Example example : EXAMPLES) {
            CheckReport report = CHECKER.check(example.lines(), Integer.parseInt(example.setting("minutes", "15")));

            boolean hasError = report.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
            assertThat(report.ok()).as(example.toString()).isEqualTo(!hasError);
        }
    }

    @Test
    void aWellMadeListPassesEveryCheck() {
        CheckReport report = CHECKER.check(List.of(
                "How did you move from teaching into UX research?",
                "What does a typical week look like for you?",
                "Which skills turned out to matter more than you expected?",
                "Looking back, what would you do differently in your first year?",
                "What would you focus on in my place?",
                "Who else do you think I should talk to?"), 15);

        assertThat(report.findings()).isEmpty();
        assertThat(report.ok()).isTrue();
    }

    @Test
    void findingsAboutOneQuestionCarryItsIndexAndBlankEntriesKeepTheirPlace() {
        CheckReport report = CHECKER.check(Arrays.asList("How did you get into UX?", "", "What's the salary like?"), 15);

        assertThat(report.findings()).filteredOn(f -> f.rule().equals("salary")).extracting(Finding::line)
                .containsExactly(3);
        assertThat(report.has("too-few")).isTrue();
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("too-few")).extracting(Finding::line)
                .containsExactly(0);
    }

    @Test
    void aDuplicateIsReportedOnTheLaterQuestionAndQuotesTheEarlierOne() {
        CheckReport report = CHECKER.check(List.of("What does a typical day look like for you?",
                "How did you start?", "What does your typical day look like?"), 15);

        assertThat(report.findings()).filteredOn(f -> f.rule().equals("duplicate")).singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(3))
                .satisfies(f -> assertThat(f.message()).contains("\"What does a typical day look like for you?\""));
    }

    @Test
    void tooManySaysHowManyFitTheTime() {
        CheckReport report = CHECKER.check(List.of("How did you start?", "What changed?", "What surprised you?",
                "Who else should I talk to?"), 6);

        assertThat(report.findings()).filteredOn(f -> f.rule().equals("too-many")).singleElement()
                .extracting(Finding::message).asString().startsWith("4 questions won't fit in 6 minutes; about 2 will.");
    }

    @Test
    void tooFewAndTooManyScaleWithTheMinutes() {
        List<String> three = List.of("How did you start?", "What would you do in my place?", "Who else should I ask?");
        List<String> seven = List.of("How did you start?", "What changed?", "What surprised you?", "What is hard?",
                "What would you do in my place?", "What do you read?", "Who else should I talk to?");

        // three questions fill 15 minutes but not an hour; seven are more than 15 minutes hold
        assertThat(CHECKER.check(three, 15).has("too-few")).isFalse();
        assertThat(CHECKER.check(three, 60).has("too-few")).isTrue();
        assertThat(CHECKER.check(seven, 15).has("too-many")).isTrue();
        assertThat(CHECKER.check(seven, 20).has("too-many")).isFalse();
    }

    @Test
    void wordsAndCharactersAddUpTheQuestions() {
        CheckReport report = CHECKER.check(List.of("  How did you start?  ", "", "Who else?"), 15);

        assertThat(report.words()).isEqualTo(6);
        assertThat(report.characters()).isEqualTo("How did you start?".length() + "Who else?".length());
    }

    @Test
    void anEmptyListIsOnlyTooFew() {
        CheckReport report = CHECKER.check(List.of(), 15);

        assertThat(report.findings()).extracting(Finding::rule).containsExactly("too-few");
        assertThat(report.ok()).isTrue();
    }

    @Test
    void aConversationOfLessThanAMinuteIsABug() {
        assertThatThrownBy(() -> CHECKER.check(List.of("How did you start?"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minutes");
    }
}
