package coach.coffeechat.checks;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.checks.Examples.Example;
import coach.coffeechat.config.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class RequestCheckerTest {
    private static final Set<String> SETTINGS = Set.of("format", "plan", "referrer", "recipient");
    private static final List<Example> EXAMPLES = Examples.read("checks/requests.txt", SETTINGS);
    private static final Texts TEXTS = Texts.load(Optional.empty());
    private static final RequestChecker CHECKER = new RequestChecker(CheckRules.load(Optional.empty()), TEXTS);

    static Stream<Example> examples() {
        return EXAMPLES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eachExampleTripsItsRuleExactlyAsExpected(Example example) {
        // WHEN the example's draft is checked
        CheckReport report = CHECKER.check(draft(example));

        // THEN its rule fires with the expected severity, or not at all
        Examples.assertFound(example, report.findings(), 0);
    }

    @Test
    void theTableHasFivePositiveAndFiveNegativeExamplesForEveryRule() {
        Examples.assertFiveEachWay(EXAMPLES, RequestChecker.RULES);
    }

    @Test
    void aReportIsOkExactlyWhenItHasNoError() {
        for (Example example : EXAMPLES) {
            CheckReport report = CHECKER.check(draft(example));

            boolean hasError = report.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
            assertThat(report.ok()).as(example.toString()).isEqualTo(!hasError);
        }
    }

    @Test
    void aWellMadeRequestPassesEveryCheck() {
        CheckReport report = CHECKER.check(new RequestDraft(String.join("\n",
                "Subject: Sam Park suggested I reach out",
                "Hi Ana,",
                "Sam Park suggested I get in touch. I teach chemistry and I'm moving into UX research; your talk on",
                "field studies at Acme Health stayed with me. I'm not looking for a job: I'd love to hear how you made",
                "the move and what you'd focus on in my place. Would you have 15 minutes for a call in the next two",
                "weeks? Phone or video is fine, and I'm happy to send my questions ahead.",
                "Thanks,",
                "Maya"), RequestFormat.EMAIL, "Sam Park", "Ana Li", LinkedInPlan.FREE));

        assertThat(report.findings()).isEmpty();
        assertThat(report.ok()).isTrue();
    }

    @Test
    void anEmailCountsTheWordsAndCharactersOfItsBodyOnly() {
        CheckReport report = CHECKER.check(email("Subject: A long subject line that is not counted at all\n"
                + "Hi Ana, would you have 15 minutes?"));

        assertThat(report.words()).isEqualTo(7);
        assertThat(report.characters()).isEqualTo("Hi Ana, would you have 15 minutes?".length());
    }

    @Test
    void wordsAreRunsWithALetterOrDigitSoDashesAndEmojiAloneDoNotCount() {
        CheckReport report = CHECKER.check(new RequestDraft("Hi Ana \u2014 15 minutes? \uD83D\uDE42 Thanks!",
                RequestFormat.PHONE, "", "", LinkedInPlan.FREE));

        assertThat(report.words()).isEqualTo(5);
    }

    @Test
    void aLinkedInNoteCountsCharactersAsPeopleDoWithLineBreaksAndOneEachForEmoji() {
        String note = "Hi Ana \uD83D\uDC4B\nWould you have 15 minutes for a call?";

        CheckReport report = CHECKER.check(new RequestDraft(note, RequestFormat.LINKEDIN, "", "", LinkedInPlan.FREE));

        assertThat(report.characters()).isEqualTo(note.length() - 1);
        assertThat(report.words()).isEqualTo(10);
    }

    @Test
    void windowsLineBreaksAndTypographicApostrophesReadLikePlainOnes() {
        CheckReport plain = CHECKER.check(email("Subject: Hi\nI'm not looking for a job. Could we talk for 15 minutes?"));
        CheckReport typed = CHECKER.check(email("Subject: Hi\r\nI\u2019m not looking for a job. Could we talk for 15 minutes?"));

        assertThat(typed).isEqualTo(plain);
        assertThat(typed.has("asks-for-job")).isFalse();
    }

    @Test
    void theLinkedInLimitFollowsThePlan() {
        String note = "Hi Priya, I enjoyed your talk on threat modelling at the OWASP meetup. I'm a QA tester moving into "
                + "application security and would love 15 minutes to hear how you made the switch. Would you be open to "
                + "a call?";

        assertThat(CHECKER.check(new RequestDraft(note, RequestFormat.LINKEDIN, "", "", LinkedInPlan.FREE))
                .has("too-long")).isTrue();
        assertThat(CHECKER.check(new RequestDraft(note, RequestFormat.LINKEDIN, "", "", LinkedInPlan.PREMIUM))
                .has("too-long")).isFalse();
    }

    @Test
    void theSelfFocusedMessageCountsBothSidesAndNamesTheRecipient() {
        CheckReport report = CHECKER.check(new RequestDraft(String.join("\n",
                "Subject: Coffee chat?",
                "Hi Ana, I'm a teacher and I have taught for years. I think my skills would transfer, and I've started",
                "a course on my own. I'd love 15 minutes for a call. Thanks!"),
                RequestFormat.EMAIL, "", "Ana Li", LinkedInPlan.FREE));

        assertThat(message(report, "self-focused"))
                .isEqualTo("You mention yourself 7 times and Ana once: say what draws you to Ana's work.");
    }

    @Test
    void theMessagesQuoteWhatToChange() {
        CheckReport report = CHECKER.check(email("Subject: Lunch\nI'm hoping to land a role at Acme. Could we meet for an "
                + "hour next week?"));

        assertThat(message(report, "asks-for-job")).startsWith("\"I'm hoping to land a role\"")
                .isNotEqualTo(TEXTS.get("check.request.asks-for-job", "quote", ""));
        assertThat(message(report, "long-time-ask")).startsWith("\"an hour\"").contains("30 minutes or less");
    }

    @Test
    void aMissingSubjectSuggestsOneThatNamesTheReferrer() {
        CheckReport report = CHECKER.check(new RequestDraft("Hi Ana, Sam suggested I write. Could we talk for 15 minutes?",
                RequestFormat.EMAIL, "Sam Park", "", LinkedInPlan.FREE));

        assertThat(message(report, "missing-subject")).contains("\"Subject: Sam Park suggested I reach out\"");
    }

    @Test
    void everyQuestionBesidesTheAskIsCountedEvenOneThatMentionsTalking() {
        // GIVEN four interview questions, one about how people talk to each other, and then the ask
        CheckReport report = CHECKER.check(email(String.join("\n",
                "Subject: Learning about museum conservation",
                "Hi Pia, I'm a furniture restorer interested in museum conservation. How did you get into the field?",
                "Which master's did you do? How do conservators talk to curators about risk? What does a typical day",
                "look like? Would you have 15 minutes for a call?")));

        // THEN all four are counted: a question that names a conversation is the ask only if it proposes one
        assertThat(message(report, "questions-in-request")).startsWith("You ask 4 questions");
    }

    @Test
    void aDurationThatIsNotAboutTheMeetingIsNotTheTimeAsk() {
        CheckReport report = CHECKER.check(email(String.join("\n",
                "Subject: Learning about planning in local government",
                "Hi Helen, I'm a site engineer and I commute 90 minutes each way. After a 3-hour workshop of yours I",
                "spent 60 minutes on your case study. Could we have a quick chat about how you moved into planning?")));

        assertThat(report.has("no-time-ask")).isTrue();
        assertThat(report.has("long-time-ask")).isFalse();
    }

    @Test
    void anEmailWrappedByHandIsReadAcrossItsLineBreaks() {
        CheckReport report = CHECKER.check(email(String.join("\n",
                "Subject: Learning about clinical coding",
                "Hi Tessa, I'm a medical secretary and I'd love to hear how you trained as a coder. Would you have 15",
                "minutes for a call next week? Also, would you pass",
                "my CV to your team?")));

        assertThat(report.has("no-time-ask")).isFalse();
        assertThat(report.has("asks-for-job")).isTrue();
    }

    @Test
    void findingsComeInRuleOrder() {
        CheckReport report = CHECKER.check(email("I'm looking for a job. How did you start? What do you do? "
                + "I want an opening. I need it."));

        List<String> rules = report.findings().stream().map(Finding::rule).toList();
        assertThat(rules).containsExactly("too-short", "asks-for-job", "no-time-ask", "no-clear-ask",
                "questions-in-request", "no-intro-or-goal", "missing-subject");
        assertThat(rules).isSortedAccordingTo((a, b) ->
                RequestChecker.RULES.indexOf(a) - RequestChecker.RULES.indexOf(b));
    }

    @Test
    void anEmptyDraftIsReportedWithoutFailing() {
        CheckReport report = CHECKER.check(email("   \n  "));

        assertThat(report.words()).isZero();
        assertThat(report.characters()).isZero();
        assertThat(report.ok()).isFalse();
        assertThat(report.findings()).extracting(Finding::rule)
                .containsExactly("too-short", "no-time-ask", "no-clear-ask", "no-intro-or-goal", "missing-subject");
    }

    @Test
    void oneCheckerServesManyThreadsAtOnce() throws Exception {
        // GIVEN every example checked on one thread
        List<CheckReport> expected = EXAMPLES.stream().map(e -> CHECKER.check(draft(e))).toList();

        // WHEN eight threads check all of them at once with the same checker
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<CheckReport>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> EXAMPLES.stream().map(e -> CHECKER.check(draft(e))).toList()));
            }

            // THEN each thread sees the same reports
            for (Future<List<CheckReport>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String message(CheckReport report, String rule) {
        return report.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow(
                () -> new AssertionError("no " + rule + " in " + report.findings())).message();
    }

    private static RequestDraft email(String text) {
        return new RequestDraft(text, RequestFormat.EMAIL, "", "", LinkedInPlan.FREE);
    }

    static RequestDraft draft(Example example) {
        return new RequestDraft(example.text(),
                RequestFormat.fromId(example.setting("format", "email")).orElseThrow(),
                example.setting("referrer", ""),
                example.setting("recipient", ""),
                LinkedInPlan.fromId(example.setting("plan", "free")).orElseThrow());
    }
}
