package coach.coffeechat.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.config.ConfigException;
import coach.coffeechat.config.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CheckRulesTest {
    private static final Texts TEXTS = Texts.load(Optional.empty());
    private static final String EMAIL_OF_120_WORDS = "Subject: Hello\n" + "word ".repeat(100)
            + "Would you have 15 minutes for a call next week? I would love to hear about your work, thank you.";

    @TempDir
    Path dir;

    @Test
    void theShippedRulesCarryTheCoachingNumbers() {
        CheckRules rules = CheckRules.load(Optional.empty());

        assertThat(rules.emailWarnWords()).isEqualTo(100);
        assertThat(rules.emailMaxWords()).isEqualTo(150);
        assertThat(rules.linkedInCharacters(LinkedInPlan.FREE)).isEqualTo(200);
        assertThat(rules.linkedInCharacters(LinkedInPlan.PREMIUM)).isEqualTo(300);
        assertThat(rules.phoneMaxWords()).isEqualTo(120);
        assertThat(rules.maxMinutes()).isEqualTo(30);
        assertThat(rules.emailMinWords()).isEqualTo(50);
        // questions scale with the time: five or six for 15 minutes, at least 3, and 8 for an hour
        assertThat(rules.maxQuestions(15)).isEqualTo(6);
        assertThat(rules.maxQuestions(10)).isEqualTo(4);
        assertThat(rules.minQuestions(15)).isEqualTo(3);
        assertThat(rules.minQuestions(60)).isEqualTo(8);
    }

    @Test
    void aConfigDirectoryOverridesAThreshold() throws Exception {
        // GIVEN a coach who allows emails of up to 130 words before warning
        Files.writeString(dir.resolve("checks.properties"), "too-long.email-warn-words=130\n");

        CheckRules rules = CheckRules.load(Optional.of(dir));

        // THEN a 121-word email passes, which the shipped rules warn about
        assertThat(rules.emailWarnWords()).isEqualTo(130);
        assertThat(rules.emailMaxWords()).isEqualTo(150);
        assertThat(check(CheckRules.load(Optional.empty()), EMAIL_OF_120_WORDS).has("too-long")).isTrue();
        assertThat(check(rules, EMAIL_OF_120_WORDS).has("too-long")).isFalse();
    }

    @Test
    void aConfigDirectoryOverridesAWordList() throws Exception {
        // GIVEN a coach who counts questions about perks as salary questions
        Files.writeString(dir.resolve("checks.properties"), "salary.phrases=salary, perks\n");

        QuestionChecker checker = new QuestionChecker(CheckRules.load(Optional.of(dir)), TEXTS);

        assertThat(checker.check(List.of("What are the perks like?"), 15).has("salary")).isTrue();
        assertThat(checker.check(List.of("How much do you earn?"), 15).has("salary")).isFalse();
    }

    @Test
    void aConfigDirectoryWithoutChecksPropertiesKeepsTheShippedRules() {
        CheckRules rules = CheckRules.load(Optional.of(dir));

        assertThat(rules.emailMaxWords()).isEqualTo(150);
    }

    @Test
    void anUnknownKeyIsRefusedInOneLineNamingIt() throws Exception {
        Files.writeString(dir.resolve("checks.properties"), "too-long.email-max-wrods=200\n");

        assertThatThrownBy(() -> CheckRules.load(Optional.of(dir))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("too-long.email-max-wrods").hasMessageContaining("not a known setting")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aBadNumberIsRefusedInOneLineNamingKeyValueAndWhatIsAllowed() throws Exception {
        Files.writeString(dir.resolve("checks.properties"), "too-long.email-max-words=lots\n");

        assertThatThrownBy(() -> CheckRules.load(Optional.of(dir))).isInstanceOf(ConfigException.class)
                .hasMessage("Check setting too-long.email-max-words (" + dir.resolve("checks.properties")
                        + ") is 'lots': expected a whole number from 10 to 10000");
    }

    @Test
    void aNumberOutOfRangeIsRefused() throws Exception {
        Files.writeString(dir.resolve("checks.properties"), "duplicate.min-similarity=1.5\n");

        assertThatThrownBy(() -> CheckRules.load(Optional.of(dir))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("duplicate.min-similarity").hasMessageContaining("'1.5'")
                .hasMessageContaining("a number from 0.5 to 1.0");
    }

    @Test
    void aWarningThresholdAboveTheErrorThresholdIsRefused() throws Exception {
        Files.writeString(dir.resolve("checks.properties"), "too-long.email-warn-words=200\n");

        assertThatThrownBy(() -> CheckRules.load(Optional.of(dir))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("too-long.email-warn-words").hasMessageContaining("'200'")
                .hasMessageContaining("no larger than too-long.email-max-words (150)");
    }

    @Test
    void aPhraseWithAnUnknownPlaceholderIsRefusedNamingTheEntry() throws Exception {
        Files.writeString(dir.resolve("checks.properties"), "asks-for-job.phrases=hire me, {me} need {work}\n");

        assertThatThrownBy(() -> CheckRules.load(Optional.of(dir))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("asks-for-job.phrases").hasMessageContaining("'{me} need {work}'")
                .hasMessageContaining("unknown placeholder {me}").hasMessageContaining("{job}")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aPhraseWithSymbolsIsRefused() throws Exception {
        Files.writeString(dir.resolve("checks.properties"), "salary.phrases=salary, pay (range)\n");

        assertThatThrownBy(() -> CheckRules.load(Optional.of(dir))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("salary.phrases").hasMessageContaining("'pay (range)'");
    }

    @Test
    void aWildcardMayNotEndAPhrase() throws Exception {
        Files.writeString(dir.resolve("checks.properties"), "salary.phrases=how much *\n");

        assertThatThrownBy(() -> CheckRules.load(Optional.of(dir))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("a * must stand between two words");
    }

    @Test
    void aWordListOfSingleWordsRefusesAPhrase() throws Exception {
        Files.writeString(dir.resolve("checks.properties"), "yes-no.openers=do, is it\n");

        assertThatThrownBy(() -> CheckRules.load(Optional.of(dir))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("yes-no.openers").hasMessageContaining("'is it'");
    }

    @Test
    void aConfigPathThatIsNotADirectoryIsRefused() {
        Path missing = dir.resolve("nowhere");

        assertThatThrownBy(() -> CheckRules.load(Optional.of(missing))).isInstanceOf(ConfigException.class)
                .hasMessage("--config " + missing + " is not a directory");
    }

    @Test
    void anEmptyListSwitchesItsPhrasesOff() throws Exception {
        Files.writeString(dir.resolve("checks.properties"), "long-time-ask.meals=\n");

        RequestChecker checker = new RequestChecker(CheckRules.load(Optional.of(dir)), TEXTS);

        assertThat(checker.check(new RequestDraft("Subject: Lunch?\nCould we have lunch next week for 20 minutes?",
                RequestFormat.EMAIL, "", "", LinkedInPlan.FREE)).has("long-time-ask")).isFalse();
    }

    private static CheckReport check(CheckRules rules, String email) {
        return new RequestChecker(rules, TEXTS).check(new RequestDraft(email, RequestFormat.EMAIL, "", "",
                LinkedInPlan.FREE));
    }
}
