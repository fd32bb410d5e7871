package coach.coffeechat.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.checks.CheckReport;
import coach.coffeechat.checks.CheckRules;
import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.config.ConfigException;
import coach.coffeechat.testing.TestCoach;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class QuestionBankTest {
    private static final QuestionBank SHIPPED = QuestionBank.load(Optional.empty());
    private static final String MINIMAL = """
            == closing | Wrapping up
            resources, referral | Who else should I talk to?
            stay-in-touch | How should I stay in touch?
            """;

    @Test
    void theShippedBankHoldsAtLeastSixtyQuestionsOnEveryTopic() {
        assertThat(SHIPPED.size()).isGreaterThanOrEqualTo(60);
        assertThat(SHIPPED.topics()).extracting(Topic::id)
                .containsExactly("day", "culture", "management", "trends", "path", "skills", "advice", "closing");
        assertThat(SHIPPED.topics()).allSatisfy(topic -> assertThat(topic.questions())
                .hasSizeBetween(topic.id().equals("closing") ? 2 : 5, QuestionBank.MAX_PER_TOPIC));
    }

    @Test
    void theShippedBankCoversEveryTiaraLetterAndTheClosingQuestions() {
        Set<Tag> used = EnumSet.noneOf(Tag.class);
        SHIPPED.all().forEach(question -> used.addAll(question.tags()));

        assertThat(used).containsExactlyInAnyOrder(Tag.values());
        assertThat(SHIPPED.tagged(Tag.REFERRAL).get(0).text()).isEqualTo("Who else do you think I should talk to?");
        assertThat(SHIPPED.tagged(Tag.STAY_IN_TOUCH)).isNotEmpty();
    }

    @Test
    void questionIdsAreUniqueAndFindTheirQuestion() {
        Set<String> ids = new HashSet<>();
        for (BankQuestion question : SHIPPED.all()) {
            assertThat(ids.add(question.id())).as(question.id()).isTrue();
            assertThat(SHIPPED.question(question.id())).contains(question);
            assertThat(SHIPPED.topic(question.topicId()).orElseThrow().questions()).contains(question);
        }
        assertThat(SHIPPED.question("day-1").orElseThrow().topicId()).isEqualTo("day");
        assertThat(SHIPPED.question("nope-1")).isEmpty();
    }

    @Test
    void noShippedQuestionIsFlaggedByTheQuestionChecks() {
        QuestionChecker checker = new QuestionChecker(CheckRules.load(Optional.empty()), TestCoach.TEXTS);
        Placeholders ana = Placeholders.of("Ana Li", "", "Acme Health", TestCoach.TEXTS);
        Placeholders field = Placeholders.of("Bo Chen", "", "public health", TestCoach.TEXTS);
        Placeholders role = Placeholders.of("Cy Wu", "Senior UX Researcher", "", TestCoach.TEXTS);

        for (BankQuestion question : SHIPPED.all()) {
            for (Placeholders fill : List.of(ana, field, role)) {
                CheckReport report = checker.check(List.of(fill.fill(question.text())), 15);
                assertThat(report.findings()).as(fill.fill(question.text()))
                        .noneMatch(finding -> finding.line() == 1);
            }
        }
    }

    @Test
    void placeholdersAreFilledFromTheContact() {
        String question = "${name}, how does ${organisation} see ${field}?";

        assertThat(Placeholders.of("Ana Li", "", "Acme Health", TestCoach.TEXTS).fill(question))
                .isEqualTo("Ana, how does Acme Health see your field?");
        assertThat(Placeholders.of("Bo", "Nurse", "public health", TestCoach.TEXTS).fill(question))
                .isEqualTo("Bo, how does your organisation see public health?");
        assertThat(Placeholders.of("  Cy  Wu ", "", "", TestCoach.TEXTS).fill(question))
                .isEqualTo("Cy, how does your organisation see your field?");
        assertThat(Placeholders.of("${field}", "", "${name} Corp", TestCoach.TEXTS).fill(question))
                .isEqualTo("${field}, how does ${name} Corp see your field?");
    }

    @Test
    void aKnownRoleNamesTheFieldInsteadOfYourField() {
        String question = "What changes in ${field} are you watching at ${organisation}?";

        assertThat(Placeholders.of("Ana Li", "Senior UX Researcher", "Acme Health", TestCoach.TEXTS).fill(question))
                .isEqualTo("What changes in UX research are you watching at Acme Health?");
        assertThat(Placeholders.of("Bo", "Head of Data Engineering", "", TestCoach.TEXTS).fill(question))
                .isEqualTo("What changes in data engineering are you watching at your organisation?");
        assertThat(Placeholders.of("Cy", "Park ranger", "Yosemite", TestCoach.TEXTS).fill(question))
                .isEqualTo("What changes in park ranger work are you watching at Yosemite?");
    }

    @Test
    void aMinimalBankLoads() {
        QuestionBank bank = QuestionBank.parse("test", "# a comment\n\n" + MINIMAL);

        assertThat(bank.size()).isEqualTo(2);
        assertThat(bank.question("closing-1").orElseThrow().tags()).containsExactlyInAnyOrder(Tag.RESOURCES,
                Tag.REFERRAL);
    }

    @Test
    void aBrokenBankFailsWithOneLineNamingTheLineAndTheProblem() {
        assertBroken("== day | Day\ninsight | How?\n" + MINIMAL,
                "Question bank test line 2: unknown tag 'insight'; tags are trends, insights, advice, resources,"
                        + " assignments, referral, stay-in-touch");
        assertBroken("insights | How?\n" + MINIMAL,
                "Question bank test line 1: a question comes before the first topic line (\"== day | A typical day\")");
        assertBroken("== day | Day\ninsights | How is ${company}?\n" + MINIMAL,
                "Question bank test line 2: unknown placeholder ${company}; use ${name}, ${organisation} or ${field}");
        assertBroken("== day | Day\n" + MINIMAL, "Question bank test line 2: topic 'day' has no questions");
        assertBroken("== Day One | Day\n" + MINIMAL, "Question bank test line 1: a topic line looks like"
                + " \"== day | A typical day\" (an id of lower-case letters, digits and dashes, then a label of up to 80"
                + " characters)");
        assertBroken(MINIMAL + "== closing | Again\nadvice | Why?\n", "Question bank test line 4: topic 'closing'"
                + " appears twice");
        assertBroken(MINIMAL + "advice | who else should I talk to?\n",
                "Question bank test line 4: this question appears twice in the bank");
        assertBroken(MINIMAL + "advice How?\n",
                "Question bank test line 4: a question line looks like \"insights | How did you start?\"");
        assertBroken(MINIMAL + " | How?\n", "Question bank test line 4: a question needs at least one tag before the |");
        assertBroken(MINIMAL + "advice | ???\n", "Question bank test line 4: the question after the | is empty");
        assertBroken(MINIMAL + "advice | " + "x".repeat(201) + "\n",
                "Question bank test line 4: the question has 201 characters; at most 200");
        assertBroken("# nothing\n", "Question bank test line 2: the bank has no topics");
        assertBroken("== closing | End\nresources, referral | Who else?\n",
                "Question bank test has no question tagged stay-in-touch; every list ends with one");
    }

    @Test
    void aTopicMayHoldAtMostTwentyFourQuestions() {
        StringBuilder big = new StringBuilder("== many | Many\n");
        for (int i = 1; i <= 25; i++) {
            big.append("insights | Question number ").append(i).append("?\n");
        }

        assertBroken(big + MINIMAL, "Question bank test line 26: topic 'many' has more than 24 questions");
    }

    @Test
    void aBankInTheConfigDirectoryReplacesTheShippedOne(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("questions"));
        Files.writeString(dir.resolve("questions/bank.txt"), MINIMAL);

        assertThat(QuestionBank.load(Optional.of(dir)).size()).isEqualTo(2);
        assertThat(QuestionBank.load(Optional.of(dir.resolve("elsewhere"))).size()).isEqualTo(SHIPPED.size());
    }

    @Test
    void aBrokenBankInTheConfigDirectoryNamesItsFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("questions/bank.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "oops\n");

        assertThatThrownBy(() -> QuestionBank.load(Optional.of(dir))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Question bank " + file + " line 1: ");
    }

    private static void assertBroken(String text, String message) {
        assertThatThrownBy(() -> QuestionBank.parse("test", text)).isInstanceOf(ConfigException.class)
                .hasMessage(message).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
