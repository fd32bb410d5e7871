package coach.coffeechat.questions;

import static coach.coffeechat.meeting.FeatureBench.TEXTS;
import static coach.coffeechat.meeting.FeatureBench.text;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.checks.CheckRules;
import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.meeting.FeatureBench;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class QuestionCheckFlowTest {
    private FeatureBench bench;

    @BeforeEach
    void open() {
        bench = new FeatureBench();
        QuestionFeature feature = QuestionFeature.create(TEXTS, bench.contactFeature,
                QuestionBank.load(Optional.empty()), new QuestionChecker(CheckRules.load(Optional.empty()), TEXTS));
        bench.start(feature::registerCommands, feature.flows());
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void pastedQuestionsAreCheckedWithFindingsNumberedByQuestionAndAVerdict() {
        Reply ask = bench.command("questions check");
        assertThat(ask.prompt().get()).isInstanceOfSatisfying(Prompt.Text.class,
                prompt -> assertThat(prompt.length()).isEqualTo(Prompt.TextLength.LONG));
        assertThat(ask.prompt().get().text()).isEqualTo(text("questions.check.ask"));

        Reply checked = bench.send("1. Do you like working there?\n2. What's the salary for juniors?\n"
                + "3. What made you move into research? Who else should I talk to?");

        assertThat(checked.prompt()).isEmpty();
        assertThat(checked.notes()).hasSize(2);
        assertThat(checked.notes().get(0)).isEqualTo(text("questions.check.header", "count", 4, "minutes", 15,
                "list", "1. Do you like working there?\n2. What's the salary for juniors?\n"
                        + "3. What made you move into research?\n4. Who else should I talk to?"));
        String[] report = checked.notes().get(1).split("\n");
        assertThat(report[0]).startsWith("Checks (").endsWith(": good to go, with something to consider.");
        assertThat(report).containsExactly(report[0],
                text("report.finding.warn", "where", text("report.question", "line", 1), "rule", "yes-no",
                        "message", text("check.question.yes-no")),
                text("report.finding.warn", "where", text("report.question", "line", 2), "rule", "salary",
                        "message", text("check.question.salary")));
    }

    @Test
    void aCleanListGetsAClearVerdict() {
        bench.command("questions check");

        Reply checked = bench.send("What made you move from teaching into research?\n"
                + "How did your first year in the role surprise you?\nWhich skills do you use most every day?\n"
                + "Who else do you think I should talk to?");

        assertThat(checked.notes().get(1)).startsWith("Checks: all clear");
    }

    @Test
    void theMinutesOptionSetsHowManyQuestionsFit() {
        bench.command("questions check", "minutes", "5");

        Reply checked = bench.send("What made you move into research?\nHow did your first year surprise you?\n"
                + "Which skills do you use every day?\nWho else do you think I should talk to?");

        assertThat(checked.notes().get(0)).startsWith(text("questions.check.header", "count", 4, "minutes", 5,
                "list", ""));
        assertThat(checked.notes().get(1)).contains("too-many");
    }

    @Test
    void minutesThatAreNotAWholeNumberInRangeAreRefused() {
        for (String typed : new String[] {"0", "61", "soon", "-3"}) {
            assertThat(bench.command("questions check", "minutes", typed).notes()).as(typed).containsExactly(
                    text("questions.check.minutes-invalid", "typed", typed, "min", 5, "max", 60));
        }
        assertThat(bench.engine().stored(FeatureBench.MAYA)).isEmpty();
    }

    @Test
    void textWithoutQuestionsIsRefusedAndTooManyAreRefused() {
        bench.command("questions check");

        assertThat(bench.send("1.\n2.\n---").notes()).first().isEqualTo(text("questions.check.none"));
        assertThat(bench.send("   ").notes()).first().isEqualTo(text("engine.required",
                "label", text("questions.check.label")));
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 41; i++) {
            many.append("Question ").append(i).append(", how?\n");
        }
        assertThat(bench.send(many.toString()).notes()).first()
                .isEqualTo(text("questions.check.too-many", "count", 41, "max", 40));
    }

    @Test
    void cancellingTheCheckLeavesNothingOpen() {
        bench.command("questions check");

        Reply cancelled = bench.send("cancel");

        assertThat(cancelled.notes()).containsExactly(text("engine.cancelled", "flow", text("questions.check.title")));
        assertThat(bench.session().inFlow()).isFalse();
    }

    @Test
    void aHundredPastedLinesAreRefusedAndKeptForEditing() {
        bench.command("questions check");
        StringBuilder hundred = new StringBuilder();
        for (int i = 1; i <= 100; i++) {
            hundred.append(i).append(". What did step ").append(i).append(" teach you?\n");
        }

        Reply refused = bench.send(hundred.toString());

        assertThat(refused.notes()).first().isEqualTo(text("questions.check.too-many", "count", 100, "max", 40));
        assertThat(refused.prompt().get()).isInstanceOfSatisfying(Prompt.Text.class, prompt -> assertThat(
                prompt.defaultValue()).startsWith("1. What did step 1 teach you?").endsWith("100. What did step 100"
                + " teach you?"));
        assertThat(bench.session().inFlow()).isTrue();
    }

    @Test
    void aVeryLongPastedLineIsCheckedAsOneQuestionAndShownWhole() {
        bench.command("questions check");
        String question = "What " + "really ".repeat(500) + "made you stay?";

        Reply checked = bench.send(question);

        assertThat(checked.notes().get(0)).isEqualTo(text("questions.check.header", "count", 1, "minutes", 15,
                "list", "1. " + question));
        assertThat(checked.notes().get(1)).contains("too-few");
    }
}
