package coach.coffeechat.bot;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads everything piped in, line by line, for the command-line checks; no more than {@link #MAX_CHARACTERS}, so that
 * endless or runaway input is refused once that much has been read instead of filling the memory.
 */
final class StandardInput {
    /** The most characters the command-line checks read: 1 MiB of plain text, far more than any request or list. */
    static final int MAX_CHARACTERS = 1 << 20;

    private static final int CHUNK = 8_192;

    /** What was piped in. */
    sealed interface Piped {
        /**
         * All of it, as lines without their line breaks and without a leading byte-order mark.
         *
         * @param lines the lines, as {@link java.io.BufferedReader#readLine} cuts them
         */
        record Lines(List<String> lines) implements Piped {
            public Lines {
                lines = List.copyOf(lines);
            }
        }

        /**
         * More than the checks read; the rest was left unread.
         *
         * @param limit the most characters read
         */
        record TooLong(int limit) implements Piped {
            /** The one line that says so on standard error. */
            String refusal(String command) {
                return String.format(Locale.ROOT, "Standard input has more than %,d characters; %s reads at most that "
                        + "many (a request or a list of questions has a few thousand).", limit, command);
            }
        }
    }

    private StandardInput() {
    }

    /** Reads until the end of input, or until more than {@link #MAX_CHARACTERS} have come. */
    static Piped read(Reader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[CHUNK];
        int read;
        while ((read = in.read(chunk, 0, Math.min(CHUNK, MAX_CHARACTERS + 1 - text.length()))) != -1) {
            text.append(chunk, 0, read);
            if (text.length() > MAX_CHARACTERS) {
                return new Piped.TooLong(MAX_CHARACTERS);
            }
        }
        return new Piped.Lines(lines(text));
    }

    /** The lines of a text as {@link java.io.BufferedReader#readLine} reads them: \n, \r and \r\n end a line. */
    private static List<String> lines(CharSequence text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.subSequence(start, i).toString());
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(text.subSequence(start, text.length()).toString());
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }
}
