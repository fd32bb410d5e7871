package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.bot.console.EndlessLine;
import coach.coffeechat.bot.console.InputTooLongException;
import coach.coffeechat.bot.console.Terminal;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How much the command-line checks read from standard input, and what they say about more. */
final class StandardInputTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void readsLinesAsReadLineDoesWithoutALeadingByteOrderMark() throws Exception {
        assertThat(StandardInput.lines(reader("\uFEFFone\r\ntwo\n\nthree"))).containsExactly("one", "two", "", "three");
    }

    @Test
    void inputOfExactlyTheLimitIsRead() throws Exception {
        String half = "x".repeat(StandardInput.MAX_CHARACTERS / 2);

        assertThat(StandardInput.lines(reader(half + "\n" + half + "\n"))).containsExactly(half, half);
        assertThatThrownBy(() -> StandardInput.lines(reader(half + "\n" + half + "x\n")))
                .isInstanceOf(InputTooLongException.class);
    }

    @Test
    void aCheckOfAHugeInputSaysWhatWasRefusedInOneLineAndExitsWithTwo() {
        int code = check(new EndlessLine("Hi Ana,\n", 20_000_000, "\nThanks, Maya\n"), "check-request");

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).singleElement().asString()
                .isEqualTo("Standard input has more than 100,000 characters, the most the checks read;"
                        + " nothing was checked.");
    }

    @Test
    void manyShortLinesCountTogether() {
        int code = check(new EndlessLine("", 0, "What does a typical day look like?\n".repeat(5_000)),
                "check-questions");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("more than 100,000 characters");
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }

    private int check(EndlessLine input, String... args) {
        return Main.run(args, Map.of(), Terminal.scripted(input, out, err));
    }
}
