package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command-line checks in the shaded jar as users do, with the text piped in. */
final class CheckCommandsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void checkRequestPrintsTheReportAsOneLineOfJson() throws Exception {
        // WHEN a LinkedIn note that asks for a job is piped into check-request
        Run run = runJar("Hi Omar, is your team hiring? I’d love 15 minutes to hear about your work — José\n",
                "check-request", "--format", "linkedin", "--referrer", "Sam Park");

        // THEN one line of JSON reports it, with exit code 0 and nothing on standard error
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).hasSize(1);
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(report.get("words").asInt()).isEqualTo(16);
        assertThat(report.get("characters").asInt()).isEqualTo(80);
        assertThat(rules(report)).containsExactly("asks-for-job", "no-referrer", "no-intro-or-goal");
        assertThat(report.get("findings").get(0).has("line")).isFalse();
    }

    @Test
    void checkQuestionsReportsFindingsByInputLine() throws Exception {
        // WHEN a list with a blank line and a salary question is piped into check-questions
        Run run = runJar("How did you get into audiology?\n\nWhat do audiologists earn?\nWho else should I talk to?\n",
                "check-questions", "--minutes", "10");

        // THEN the salary finding names input line 3
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("ok").asBoolean()).isTrue();
        JsonNode salary = report.get("findings").get(0);
        assertThat(salary.get("rule").asText()).isEqualTo("salary");
        assertThat(salary.get("severity").asText()).isEqualTo("warn");
        assertThat(salary.get("line").asInt()).isEqualTo(3);
    }

    @Test
    void aBadArgumentPrintsOneUsageLineAndExitsWithTwo() throws Exception {
        Run run = runJar("", "check-questions", "--minutes", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("--minutes must be a whole number from 1 to 180, not '0'. Usage: java -jar coffeechat.jar "
                        + "check-questions");
    }

    @Test
    void theChecksLeaveNoDataDirectoryOrLogBehind() throws Exception {
        runJar("Subject: Hi\nCould we talk for 15 minutes?\n", "check-request");
        runJar("How did you start?\n", "check-questions");

        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.startsWith("in") || name.startsWith("out") || name.startsWith("err"));
        }
    }

    private Run runJar(String input, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("coffeechat.jar");
        assertThat(jar).as("system property coffeechat.jar (set by failsafe)").isNotBlank();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path in = Files.writeString(Files.createTempFile(work, "in", ".txt"), input, StandardCharsets.UTF_8);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");

        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectInput(in.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.equals("DISCORD_TOKEN") || name.startsWith("COFFEECHAT_"));

        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the jar did not end within 60 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> rules(JsonNode report) {
        List<String> rules = new ArrayList<>();
        report.get("findings").forEach(finding -> rules.add(finding.get("rule").asText()));
        return rules;
    }

    /** What one run of the jar did. */
    private record Run(int exitCode, String out, String err) {
    }
}
