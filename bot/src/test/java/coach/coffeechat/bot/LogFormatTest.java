package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.MDC;

/**
 * The shipped {@code logback.xml} in both formats, each on a logger context of its own (the process's own context
 * is configured once, and other tests share it): text lines as before, or JSON lines that parse and carry the level,
 * the logger, the message and the MDC's ids, and nothing the text line would not show.
 */
final class LogFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path logs;

    private LoggerContext context;

    @AfterEach
    void stop() {
        MDC.clear();
        if (context != null) {
            context.stop();
        }
    }

    private Logger configured(String format) throws JoranException {
        context = new LoggerContext();
        // the process's MDC, as the bot's own context has it
        context.setMDCAdapter(MDC.getMDCAdapter());
        context.putProperty(Logging.DIRECTORY_PROPERTY, logs.toString());
        context.putProperty(Logging.FORMAT_PROPERTY, format);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
        assertThat(problems()).as("logback's warnings and errors").isEmpty();
        return context.getLogger("coach.coffeechat.bot.discord.InteractionResponder");
    }

    private List<Status> problems() {
        return context.getStatusManager().getCopyOfStatusList().stream()
                .filter(status -> status.getLevel() > Status.INFO).toList();
    }

    private List<String> lines() throws IOException {
        assertThat(problems()).as("logback's warnings and errors").isEmpty();
        context.stop();
        return Files.readAllLines(logs.resolve(Logging.FILE_NAME));
    }

    @Test
    void jsonLinesParseAndCarryLevelLoggerMessageAndTheUsersId() throws Exception {
        Logger log = configured("json");
        MDC.put("user", "123456789012345678");
        Object secret = new Object() {
            @Override
            public String toString() {
                return "shown-once";
            }
        };
        log.warn("could not answer {}: {}", "123456789012345678", secret);
        MDC.remove("user");
        log.error("a round failed", new IllegalStateException("the pool is closed"));

        List<String> lines = lines();
        assertThat(lines).hasSize(2);
        JsonNode warn = JSON.readTree(lines.get(0));
        assertThat(warn.get("level").asText()).isEqualTo("WARN");
        assertThat(warn.get("loggerName").asText()).isEqualTo("coach.coffeechat.bot.discord.InteractionResponder");
        assertThat(warn.get("formattedMessage").asText()).isEqualTo("could not answer 123456789012345678: shown-once");
        assertThat(warn.get("mdc").get("user").asText()).isEqualTo("123456789012345678");
        assertThat(warn.get("timestamp").asLong()).isPositive();
        // the arguments are in the message already: written once, like the text line
        assertThat(lines.get(0).split("shown-once", -1)).hasSize(2);
        assertThat(warn.has("arguments")).isFalse();
        assertThat(warn.has("context")).isFalse();
        JsonNode error = JSON.readTree(lines.get(1));
        assertThat(error.get("level").asText()).isEqualTo("ERROR");
        assertThat(error.get("throwable").toString()).contains("the pool is closed");
        assertThat(error.get("mdc").isEmpty()).isTrue();
    }

    @Test
    void textLinesAreAsBefore() throws Exception {
        Logger log = configured("text");
        log.info("started with {}", "CoachConfig[...]");

        assertThat(lines()).singleElement().asString()
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  \\[.+] "
                        + "c\\.c\\.bot\\.discord\\.InteractionResponder - started with CoachConfig\\[\\.\\.\\.]");
    }
}
