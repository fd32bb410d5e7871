package coach.coffeechat.bot.console;

import java.io.PrintWriter;
import java.util.Objects;

/** What the console says, in paragraphs: a blank line before each one but the very first. Not thread-safe. */
final class Paragraphs {
    private final PrintWriter out;
    private boolean saidAnything;

    Paragraphs(PrintWriter out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Text after a blank line (none before the very first); nothing at all for empty text. */
    void print(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (saidAnything) {
            out.println();
        }
        saidAnything = true;
        text.lines().forEach(out::println);
        out.flush();
    }
}
