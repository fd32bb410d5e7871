package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.bot.console.Terminal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code --language TAG} on the command-line checks: the draft or the questions are checked with that language's
 * word lists and the findings are worded in it; a language the bot does not speak is refused in one line, exit 2.
 */
final class CheckCommandsInEachLanguageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void checkRequestChecksASpanishDraftWithSpanishWords() throws Exception {
        int code = run("Hola, Ana. Busco trabajo en tu equipo. ¿Podríamos vernos una hora?", "check-request",
                "--language", "es");

        assertThat(code).isZero();
        JsonNode report = JSON.readTree(out.toString());
        JsonNode job = finding(report, "asks-for-job");
        assertThat(job).isNotNull();
        assertThat(job.get("message").asText()).contains("suena a pedir trabajo");
    }

    @Test
    void checkQuestionsChecksGermanQuestionsWithGermanWords() throws Exception {
        int code = run("Wie sind Sie in die UX-Forschung gekommen?\nWie hoch ist das Gehalt in Ihrer Rolle?\n",
                "check-questions", "--language=de");

        assertThat(code).isZero();
        JsonNode report = JSON.readTree(out.toString());
        JsonNode salary = finding(report, "salary");
        assertThat(salary).isNotNull();
        assertThat(salary.get("line").asInt()).isEqualTo(2);
        assertThat(salary.get("message").asText()).startsWith("Hier geht es ums Gehalt");
    }

    @Test
    void aLanguageTheBotDoesNotSpeakIsRefusedInOneLine() {
        int code = run("Do you enjoy it?", "check-questions", "--language", "klingon");

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("'klingon'", "en (English)", "de (Deutsch)", "es (Español)");
    }

    @Test
    void englishIsTheDefault() throws Exception {
        run("What's the salary range?\n", "check-questions", "--language", "en");
        String english = out.toString();
        out.getBuffer().setLength(0);
        run("What's the salary range?\n", "check-questions");

        assertThat(out.toString()).isEqualTo(english).contains("salary");
    }

    private int run(String input, String... args) {
        return Main.run(args, Map.of(), Terminal.scripted(input, out, err));
    }

    private static JsonNode finding(JsonNode report, String rule) {
        List<JsonNode> found = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (finding.get("rule").asText().equals(rule)) {
                found.add(finding);
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }
}
