package coach.coffeechat.bot;

import coach.coffeechat.bot.console.InputTooLongException;
import coach.coffeechat.bot.console.LineReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads everything piped in, line by line, for the command-line checks: at most {@link #MAX_CHARACTERS}, far more
 * than any request or question list, and more is refused before it is held in memory.
 */
final class StandardInput {
    /** The most characters read, line breaks not counted. */
    static final int MAX_CHARACTERS = 100_000;

    private StandardInput() {
    }

    /**
     * Every line until the end of input, without line breaks or a leading byte-order mark.
     *
     * @throws InputTooLongException when the input has more than {@link #MAX_CHARACTERS}; the message says so in
     *     one line
     */
    static List<String> lines(BufferedReader in) throws IOException {
        LineReader reader = new LineReader(in, MAX_CHARACTERS);
        List<String> lines = new ArrayList<>();
        long characters = 0;
        String line;
        try {
            while ((line = reader.readLine()) != null) {
                characters += line.length();
                if (characters > MAX_CHARACTERS) {
                    throw tooLong();
                }
                lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
        } catch (InputTooLongException e) {
            throw tooLong();
        }
        return lines;
    }

    private static InputTooLongException tooLong() {
        return new InputTooLongException(MAX_CHARACTERS, String.format(Locale.ROOT,
                "Standard input has more than %,d characters, the most the checks read; nothing was checked.",
                MAX_CHARACTERS));
    }
}
