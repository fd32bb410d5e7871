package coach.coffeechat.bot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Objects;

/**
 * Reads lines as {@link BufferedReader#readLine()} does ({@code \n}, {@code \r} or {@code \r\n} ends one), but never
 * holds more than {@code maxLength} characters of a line: standard input has no end a program can count on, and one
 * endless line must not run the process out of memory. Not thread-safe.
 */
public final class LineReader {
    private final BufferedReader in;
    private final int maxLength;

    /**
     * @param in where the lines come from
     * @param maxLength the most characters a line may have
     */
    public LineReader(BufferedReader in, int maxLength) {
        this.in = Objects.requireNonNull(in, "in");
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive, was " + maxLength);
        }
        this.maxLength = maxLength;
    }

    /**
     * The next line without its line break, or {@code null} at the end of input.
     *
     * @throws InputTooLongException when the line has more than {@code maxLength} characters: what was read of it is
     *     dropped, and the reader stands inside it ({@link #skipRestOfLine()} goes on to the next line)
     */
    public String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && !endsLine(c)) {
            if (line.length() == maxLength) {
                throw new InputTooLongException(maxLength, "a line of more than " + maxLength + " characters");
            }
            line.append((char) c);
            c = in.read();
        }
        return line.toString();
    }

    /** Reads up to the end of the current line, keeping none of it. */
    public void skipRestOfLine() throws IOException {
        int c = in.read();
        while (c >= 0 && !endsLine(c)) {
            c = in.read();
        }
    }

    // A line break ends the line; the \n of a \r\n is taken with it.
    private boolean endsLine(int c) throws IOException {
        if (c == '\n') {
            return true;
        }
        if (c != '\r') {
            return false;
        }
        in.mark(1);
        if (in.read() != '\n') {
            in.reset();
        }
        return true;
    }
}
