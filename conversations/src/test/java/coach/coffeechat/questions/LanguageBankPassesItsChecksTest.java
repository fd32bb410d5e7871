package coach.coffeechat.questions;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.checks.CheckReport;
import coach.coffeechat.checks.CheckRules;
import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.config.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every question of a shipped language's bank ({@code config/lang/TAG/questions/bank.txt}) passes that language's
 * checks of one question (salary, googleable, yes-no, asks-for-job), as the English bank passes the English ones
 * ({@link QuestionBankTest}), and its questions for asking who else to talk to are read as such. A language takes part when its bank ships, or lies under the directory named by the
 * system property {@code grid.languages} ({@code DIR/lang/TAG/questions/bank.txt}) for a bank not yet merged.
 */
final class LanguageBankPassesItsChecksTest {
    private static final List<String> LANGUAGES = List.of("es", "de");

    @TestFactory
    Stream<DynamicTest> everyBankQuestionPassesItsLanguagesChecks() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String tag : LANGUAGES) {
            Optional<String> bank = bank(tag);
            if (bank.isEmpty()) {
                continue;
            }
            QuestionBank parsed = QuestionBank.parse("lang/" + tag + "/questions/bank.txt", bank.get());
            Texts texts = Texts.load(Optional.empty());
            QuestionChecker checker = new QuestionChecker(CheckRules.load(Optional.empty(), tag), texts);
            // The contact as the bank's placeholders see it: a first name, an organisation, a field.
            Placeholders fill = new Placeholders("Ana", "Acme Salud", tag.equals("es") ? "la salud pública"
                    : "die öffentliche Gesundheit");
            for (BankQuestion question : parsed.all()) {
                String text = fill.fill(question.text());
                tests.add(DynamicTest.dynamicTest(tag + " " + question.id() + ": " + text, () -> {
                    CheckReport report = checker.check(List.of(text), 15);
                    assertThat(report.findings()).as(text).noneMatch(finding -> finding.line() == 1);
                    // a question the bank offers for asking who else to talk to is read as one
                    if (question.has(Tag.REFERRAL)) {
                        assertThat(report.has("missing-referral-question")).as(text).isFalse();
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static Optional<String> bank(String tag) throws IOException {
        String path = "lang/" + tag + "/questions/bank.txt";
        String scratch = System.getProperty("grid.languages", "");
        if (!scratch.isBlank()) {
            Path file = Path.of(scratch).resolve(path);
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        }
        try (InputStream in = LanguageBankPassesItsChecksTest.class.getClassLoader()
                .getResourceAsStream("config/" + path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
