package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as an operator runs it with {@code metrics.port} and {@code logging.format=json}: the endpoint
 * answers {@code /health} and {@code /metrics} from the packaged jar, and every line of the log file is a JSON
 * object with the level, the logger and the message, holding neither the token in the environment nor the notes,
 * names and addresses the user typed.
 */
final class OperatingJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.secret-token-never-logged";
    private static final List<String> TYPED = List.of("Quillon Marwick", "Zeppelin Archivist", "Vantablack Foundry",
            "Xylophone tuning anecdotes", "quillon.marwick@example.org");
    private static final Pattern ENDPOINT = Pattern.compile("metrics and health on http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path dataDir;

    @Test
    void servesHealthAndMetricsAndWritesJsonLinesWithoutTokenOrNotes() throws Exception {
        try (RunningJar jar = RunningJar.start(dataDir, Map.of("COFFEECHAT_METRICS_PORT", "0",
                "COFFEECHAT_LOGGING_FORMAT", "json", "DISCORD_TOKEN", TOKEN), "console").awaitStarted()) {
            jar.type("/contact add").type(TYPED.get(0)).type(TYPED.get(1)).type(TYPED.get(2)).type(TYPED.get(3))
                    .type("cold").type("LinkedIn").type(TYPED.get(4)).type("yes");
            jar.await("Saved " + TYPED.get(0) + ".", RunningJar.ANSWER);

            int port = endpointPort(logLines());
            assertThat(get(port, "/health")).isEqualTo("200 ok\n");
            String metrics = get(port, "/metrics");
            assertThat(metrics).startsWith("200 ").contains("jvm_memory_used_bytes");
            assertThat(metrics).containsPattern(
                    "coffeechat_interactions_total\\{command=\"contact add\",input=\"command\",outcome=\"completed\"}"
                            + " 1\\.0");

            assertThat(jar.type("/quit").awaitEnd(RunningJar.ANSWER)).isZero();
        }

        List<String> lines = logLines();
        assertThat(lines).hasSizeGreaterThan(2);
        for (String line : lines) {
            JsonNode event = JSON.readTree(line);
            assertThat(event.get("level").asText()).as(line).isIn("INFO", "WARN", "ERROR");
            assertThat(event.get("loggerName").asText()).as(line).isNotBlank();
            assertThat(event.get("formattedMessage").asText()).as(line).isNotBlank();
            assertThat(event.has("mdc")).as(line).isTrue();
            assertThat(line).doesNotContain(TOKEN).doesNotContain("secret-token");
            for (String typed : TYPED) {
                assertThat(line).doesNotContain(typed);
            }
        }
    }

    private List<String> logLines() throws Exception {
        return new ArrayList<>(Files.readAllLines(dataDir.resolve("logs").resolve(Logging.FILE_NAME)));
    }

    private static int endpointPort(List<String> lines) throws Exception {
        for (String line : lines) {
            Matcher endpoint = ENDPOINT.matcher(JSON.readTree(line).get("formattedMessage").asText());
            if (endpoint.find()) {
                return Integer.parseInt(endpoint.group(1));
            }
        }
        throw new AssertionError("no line tells where the endpoint listens:\n" + String.join("\n", lines));
    }

    private static String get(int port, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
