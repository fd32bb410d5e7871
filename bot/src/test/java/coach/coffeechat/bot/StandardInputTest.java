package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard input for the command-line checks: cut into lines as before, and never read past the limit. */
final class StandardInputTest {

    @Test
    void linesAreCutAsBufferedReaderCutsThem() throws IOException {
        for (String input : List.of("", "one", "one\n", "one\ntwo", "one\r\ntwo\r\n", "one\rtwo\r", "\n\n", "\r\n\r\n",
                "a\r\r\nb", "\uFEFFone\ntwo", "\uFEFF", "  padded  \n\n  ", "one\n\r\ntwo\u2028three")) {
            StandardInput.Piped piped = StandardInput.read(new StringReader(input));

            assertThat(piped).as(input).isEqualTo(new StandardInput.Piped.Lines(readLines(input)));
        }
    }

    @Test
    void exactlyTheLimitIsReadAndOneMoreIsTooLong() throws IOException {
        String atTheLimit = "x".repeat(StandardInput.MAX_CHARACTERS);

        assertThat(StandardInput.read(new StringReader(atTheLimit)))
                .isEqualTo(new StandardInput.Piped.Lines(List.of(atTheLimit)));
        assertThat(StandardInput.read(new StringReader(atTheLimit + "\n")))
                .isEqualTo(new StandardInput.Piped.TooLong(StandardInput.MAX_CHARACTERS));
    }

    @Test
    void theRefusalNamesTheCommandAndTheLimit() {
        assertThat(new StandardInput.Piped.TooLong(StandardInput.MAX_CHARACTERS).refusal("check-request"))
                .startsWith("Standard input has more than 1,048,576 characters; check-request reads at most")
                .doesNotContain("\n");
    }

    /** What the commands read before: every line from a BufferedReader, a leading byte-order mark dropped. */
    private static List<String> readLines(String input) throws IOException {
        BufferedReader reader = new BufferedReader(new StringReader(input));
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
        }
        return lines;
    }
}
