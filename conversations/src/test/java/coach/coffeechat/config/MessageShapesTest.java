package coach.coffeechat.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A coach's date pattern or regular expression that cannot be read stops start-up with one line. */
final class MessageShapesTest {
    @TempDir
    Path dir;

    @Test
    void anUnreadableDatePatternIsNamed() throws Exception {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/messages.properties"), "date.day-month=d MMM {\n");

        assertThatThrownBy(() -> Texts.load(Optional.of(dir))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Message date.day-month of language en is not a date pattern")
                .hasMessageNotContaining("\n");
    }

    @Test
    void anUnreadableRegularExpressionIsNamed() throws Exception {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/requests.properties"), "request.why.lead-in=(because\n");

        assertThatThrownBy(() -> Texts.load(Optional.of(dir))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Message request.why.lead-in of language en is not a regular expression");
    }
}
