package coach.coffeechat.bot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads lines as {@link BufferedReader#readLine()} does ({@code \n}, {@code \r} or {@code \r\n} ends one), but never
 * holds more than {@code maxLength} characters of a line: standard input has no end a program can count on, and one
 * endless line must not run the process out of memory. Not thread-safe.
 */
public final class LineReader {
    private final BufferedReader in;
    private final int maxLength;
    private boolean afterCarriageReturn;

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
        int c = next();
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

    /**
     * The next line if it has already arrived (pasted with the line before, or piped) and {@code wanted} takes it;
     * otherwise empty, with the line left unread. Never waits for input.
     */
    public Optional<String> readLineIfWaiting(Predicate<String> wanted) throws IOException {
        if (!in.ready()) {
            return Optional.empty();
        }
        boolean carriageReturnBefore = afterCarriageReturn;
        in.mark(maxLength + 2);
        String line;
        try {
            line = readLine();
        } catch (InputTooLongException e) {
            line = null;
        }
        if (line != null && wanted.test(line)) {
            return Optional.of(line);
        }
        in.reset();
        afterCarriageReturn = carriageReturnBefore;
        return Optional.empty();
    }

    /** Reads up to the end of the current line, keeping none of it. */
    public void skipRestOfLine() throws IOException {
        int c = in.read();
        while (c >= 0 && !endsLine(c)) {
            c = in.read();
        }
    }

    /** The next character, past the {@code \n} of a {@code \r\n} whose {@code \r} ended the line before. */
    private int next() throws IOException {
        int c = in.read();
        if (afterCarriageReturn && c == '\n') {
            c = in.read();
        }
        afterCarriageReturn = false;
        return c;
    }

    // A line break ends the line; the \n of a \r\n is skipped as the next line begins (no read ahead, so a line
    // can be peeked at with a mark of its own).
    private boolean endsLine(int c) {
        if (c == '\r') {
            afterCarriageReturn = true;
            return true;
        }
        return c == '\n';
    }
}
