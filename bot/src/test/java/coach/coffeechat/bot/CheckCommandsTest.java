package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.bot.console.Terminal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The command-line checks, driven through {@link Main#run} with in-memory standard streams. */
final class CheckCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD_EMAIL = String.join("\n",
            "Subject: Sam Park suggested I reach out",
            "Hi Ana,",
            "Sam Park suggested I get in touch. I teach chemistry and I'm moving into UX research; your talk on field",
            "studies stayed with me. I'd love to hear how you made the move. Would you have 15 minutes for a call",
            "in the next two weeks? I'm happy to send my questions ahead.",
            "Thanks,",
            "Maya");
    private static final String GOOD_QUESTIONS = String.join("\n",
            "How did you move from teaching into UX research?",
            "What does a typical week look like for you?",
            "Which skills turned out to matter more than you expected?",
            "What would you focus on in my place?",
            "Who else do you think I should talk to?");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void checkRequestPrintsOneJsonObjectOnOneLineAndExitsWithZero() throws Exception {
        int code = run(GOOD_EMAIL, "check-request", "--referrer", "Sam Park", "--recipient", "Ana Li");

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).endsWith("\n").doesNotContain("\r");
        assertThat(out.toString().lines()).hasSize(1);
        JsonNode report = JSON.readTree(out.toString());
        assertThat(fieldNames(report)).containsExactly("ok", "words", "characters", "findings");
        assertThat(report.get("ok").asBoolean()).isTrue();
        assertThat(report.get("words").asInt()).isEqualTo(57);
        assertThat(report.get("findings")).isEmpty();
    }

    @Test
    void checkRequestReportsErrorsInTheJsonAndStillExitsWithZero() throws Exception {
        int code = run("Hi Ana, I'm looking for a job on your team. Could we meet for an hour?", "check-request");

        assertThat(code).isZero();
        JsonNode report = JSON.readTree(out.toString());
        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(rules(report)).containsExactly("too-short", "asks-for-job", "long-time-ask", "no-intro-or-goal",
                "missing-subject");
        JsonNode first = report.get("findings").get(1);
        assertThat(fieldNames(first)).containsExactly("rule", "severity", "message");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("message").asText()).startsWith("\"I'm looking for a job\"");
        assertThat(report.get("findings").get(0).get("severity").asText()).isEqualTo("warn");
    }

    @Test
    void checkRequestAppliesTheFormatAndPlan() throws Exception {
        String note = "Hi Priya, I enjoyed your talk on threat modelling at the OWASP meetup. I'm a QA tester moving "
                + "into application security and would love 15 minutes to hear how you made the switch. Would you "
                + "be open to a call?";

        run(note, "check-request", "--format", "linkedin");
        JsonNode free = JSON.readTree(out.toString());
        out.getBuffer().setLength(0);
        run(note, "check-request", "--format", "linkedin", "--linkedin-plan", "premium");
        JsonNode premium = JSON.readTree(out.toString());

        assertThat(free.get("characters").asInt()).isEqualTo(note.length());
        assertThat(rules(free)).containsExactly("too-long");
        assertThat(free.get("ok").asBoolean()).isFalse();
        assertThat(rules(premium)).isEmpty();
    }

    @Test
    void checkRequestNotesAReferrerWhoIsNotNamed() throws Exception {
        run(GOOD_EMAIL.replace("Sam Park", "A friend"), "check-request", "--referrer", "Sam Park", "--recipient",
                "Ana Li");

        JsonNode report = JSON.readTree(out.toString());
        assertThat(rules(report)).containsExactly("no-referrer");
        assertThat(report.get("findings").get(0).get("message").asText()).contains("Sam Park");
    }

    @Test
    void checkQuestionsNumbersFindingsByInputLineSkippingBlankLines() throws Exception {
        int code = run("How did you get into UX research?\n\n   \nWhat's the salary range?\nDo you enjoy it?\n",
                "check-questions");

        assertThat(code).isZero();
        JsonNode report = JSON.readTree(out.toString());
        List<String> found = new ArrayList<>();
        for (JsonNode finding : report.get("findings")) {
            found.add(finding.get("rule").asText() + "@" + (finding.has("line") ? finding.get("line").asInt() : "-"));
        }
        assertThat(found).containsExactly("salary@4", "yes-no@5", "missing-referral-question@-");
        assertThat(report.get("words").asInt()).isEqualTo(15);
    }

    @Test
    void checkQuestionsFitsTheListToTheMinutes() throws Exception {
        run(GOOD_QUESTIONS, "check-questions", "--minutes", "6");
        JsonNode shortTalk = JSON.readTree(out.toString());
        out.getBuffer().setLength(0);
        run(GOOD_QUESTIONS, "check-questions");
        JsonNode usualTalk = JSON.readTree(out.toString());

        assertThat(rules(shortTalk)).containsExactly("too-many");
        assertThat(shortTalk.get("findings").get(0).has("line")).isFalse();
        assertThat(rules(usualTalk)).isEmpty();
        assertThat(usualTalk.get("ok").asBoolean()).isTrue();
    }

    @Test
    void textIsReadAndWrittenAsUnicode() throws Exception {
        run(GOOD_EMAIL.replace("Sam Park", "José Álvarez").replace("Maya", "Maya \uD83D\uDE42"), "check-request",
                "--referrer", "José Álvarez", "--recipient", "Ana Li");

        JsonNode report = JSON.readTree(out.toString());
        assertThat(rules(report)).isEmpty();
    }

    @Test
    void aConfigDirectoryChangesTheRulesAndTheWording() throws Exception {
        // GIVEN a coach who wants emails under 30 words and words it their way
        Files.writeString(dir.resolve("checks.properties"), "too-long.email-warn-words=30\n");
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/checks.properties"),
                "check.request.too-long.email=Trim it to ${limit} words (now ${words}).\n");

        int code = run(GOOD_EMAIL, "check-request", "--referrer", "Sam", "--recipient", "Ana", "--config",
                dir.toString());

        assertThat(code).isZero();
        JsonNode report = JSON.readTree(out.toString());
        assertThat(report.get("findings").get(0).get("message").asText()).isEqualTo("Trim it to 30 words (now 57).");
    }

    @Test
    void aBadCheckSettingPrintsOneLineAndExitsWithTwo() throws Exception {
        Files.writeString(dir.resolve("checks.properties"), "too-many.minutes-per-question=0\n");

        int code = run(GOOD_QUESTIONS, "check-questions", "--config", dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).singleElement().asString()
                .contains("too-many.minutes-per-question").contains("'0'").contains("0.5 to 60.0");
    }

    @Test
    void aConfigDirectoryThatDoesNotExistPrintsOneLineAndExitsWithTwo() {
        int code = run(GOOD_EMAIL, "check-request", "--config", dir.resolve("nowhere").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().contains("is not a directory");
    }

    @Test
    void badArgumentsPrintOneUsageLineAndExitWithTwo() {
        for (List<String> args : List.of(List.of("check-request", "--format", "fax"),
                List.of("check-request", "--tone", "warm"), List.of("check-questions", "--minutes"),
                List.of("check-questions", "--minutes", "500"), List.of("check-questions", "--referrer", "Sam"))) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);

            int code = run("", args.toArray(String[]::new));

            assertThat(code).as(args.toString()).isEqualTo(2);
            assertThat(out.toString()).as(args.toString()).isEmpty();
            assertThat(err.toString().lines()).as(args.toString()).singleElement().asString()
                    .contains("Usage: java -jar coffeechat.jar " + args.get(0));
        }
    }

    @Test
    void theChecksNeitherReadBotSettingsNorCreateTheDataDirectory() {
        Path dataDir = dir.resolve("data");
        Map<String, String> environment = Map.of("COFFEECHAT_DATA_DIR", dataDir.toString(),
                "COFFEECHAT_DB_POOL_SIZE", "0");

        int request = Main.run(new String[] {"check-request"}, environment, Terminal.scripted(GOOD_EMAIL, out, err));
        int questions = Main.run(new String[] {"check-questions"}, environment,
                Terminal.scripted(GOOD_QUESTIONS, out, err));

        assertThat(request).isZero();
        assertThat(questions).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void inputOverTheLimitIsRefusedInOneLineWithExitTwo() {
        for (String command : List.of("check-request", "check-questions")) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            String input = "How did you start?\n".repeat(StandardInput.MAX_CHARACTERS / 19 + 1);

            int code = run(input, command);

            assertThat(code).as(command).isEqualTo(2);
            assertThat(out.toString()).as(command).isEmpty();
            assertThat(err.toString().lines()).as(command).singleElement().asString()
                    .contains(command).contains("1,048,576 characters");
        }
    }

    @Test
    void inputAtTheLimitIsChecked() {
        String email = GOOD_EMAIL + "\n" + " ".repeat(StandardInput.MAX_CHARACTERS - GOOD_EMAIL.length() - 1);

        int code = run(email, "check-request", "--referrer", "Sam Park", "--recipient", "Ana Li");

        assertThat(code).isZero();
        assertThat(json(out.toString()).get("ok").asBoolean()).isTrue();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void endlessInputIsReadNoFurtherThanTheLimit() {
        // GIVEN standard input that never ends, as from /dev/zero or a runaway pipe
        EndlessInput endless = new EndlessInput("What do you enjoy most about your work?\n");

        int code = Main.run(new String[] {"check-questions"}, Map.of(), Terminal.scripted(endless, out, err));

        // THEN it is refused once the limit is passed, having read little more than the limit
        assertThat(code).isEqualTo(2);
        assertThat(endless.handedOut()).isLessThanOrEqualTo(StandardInput.MAX_CHARACTERS + 65_536L);
    }

    /** Input that never ends, counting the characters handed out. */
    private static final class EndlessInput extends Reader {
        private final String line;
        private long handedOut;

        EndlessInput(String line) {
            this.line = line;
        }

        long handedOut() {
            return handedOut;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = line.charAt((int) (handedOut++ % line.length()));
            }
            return length;
        }

        @Override
        public void close() {
        }
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int run(String input, String... args) {
        return Main.run(args, Map.of(), Terminal.scripted(input, out, err));
    }

    private static List<String> rules(JsonNode report) {
        List<String> rules = new ArrayList<>();
        report.get("findings").forEach(finding -> rules.add(finding.get("rule").asText()));
        return rules;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
