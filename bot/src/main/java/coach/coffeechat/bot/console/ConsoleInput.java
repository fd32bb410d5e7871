package coach.coffeechat.bot.console;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Prompt;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the user types in the console: a line after the prompt marker (echoed after it when input is piped, so the
 * output reads as a transcript), or for a long answer the lines between two {@link #FENCE}s. A line or block of
 * more than {@link #MAX_CHARACTERS} is refused before it is held in memory: the user is told so kindly and the next
 * input is read, so the question stays open and nothing typed before is lost. Not thread-safe.
 */
final class ConsoleInput {
    /** A line of only this starts and ends an answer of several lines. */
    static final String FENCE = "\"\"\"";
    /** The most characters of one line or one block: far more than any answer takes ({@link Prompt#MAX_TEXT}). */
    static final int MAX_CHARACTERS = 100_000;

    private static final String MARKER = "> ";
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*\u2022]|\\(?q?\\d{1,2}[.):])\\s*\\S",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUESTION_END = Pattern.compile("\\?[\"'\u201d)\\s]*$");
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final Terminal terminal;
    private final Paragraphs paragraphs;
    private final Texts texts;
    private final Runnable beforeEachLine;
    private final LineReader lines;

    /**
     * @param terminal where to read, and echo
     * @param paragraphs where to say that input was too long
     * @param texts the messages
     * @param beforeEachLine what to show before each line is read (the follow-ups that fell due)
     */
    ConsoleInput(Terminal terminal, Paragraphs paragraphs, Texts texts, Runnable beforeEachLine) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.paragraphs = Objects.requireNonNull(paragraphs, "paragraphs");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.beforeEachLine = Objects.requireNonNull(beforeEachLine, "beforeEachLine");
        this.lines = new LineReader(terminal.in(), MAX_CHARACTERS);
    }

    /**
     * One answer as typed.
     *
     * @param text the line, or the lines between the fences joined with line breaks
     * @param block whether it was typed between fences (then it is never a command or a control word)
     */
    record Typed(String text, boolean block) {
    }

    /**
     * The next answer, or {@code null} at the end of input: a line, or where {@code longAnswer} is asked and the line
     * is a fence, the lines up to the closing fence.
     */
    Typed answer(boolean longAnswer) throws IOException {
        while (true) {
            String line = line();
            if (line == null) {
                return null;
            }
            if (longAnswer && !line.strip().equals(FENCE) && startsAnAnswer(line)) {
                return new Typed(withPastedList(line), false);
            }
            if (!longAnswer || !line.strip().equals(FENCE)) {
                return new Typed(line, false);
            }
            Optional<String> block = block();
            if (block.isPresent()) {
                return new Typed(block.get(), true);
            }
        }
    }

    /**
     * The line with the list lines pasted after it: lines that have already arrived (a terminal's paste comes all at
     * once, as piped input does) and read as items of a list ({@link #continuesList}), joined with line breaks. A
     * line that has not arrived yet, or does not read as a list item, is left for the next answer.
     */
    private String withPastedList(String first) throws IOException {
        StringBuilder answer = new StringBuilder(first);
        Optional<String> more = lines.readLineIfWaiting(ConsoleInput::continuesList);
        while (more.isPresent() && answer.length() + more.get().length() + 1 <= MAX_CHARACTERS) {
            if (!terminal.interactive()) {
                terminal.out().println(MARKER + more.get());
            }
            answer.append('\n').append(more.get());
            more = lines.readLineIfWaiting(ConsoleInput::continuesList);
        }
        return answer.toString();
    }

    /** Whether a line is an answer rather than a command, a control word or empty. */
    private static boolean startsAnAnswer(String line) {
        String typed = line.strip();
        return !typed.isEmpty() && !typed.startsWith("/") && ControlAction.parse(typed).isEmpty();
    }

    /**
     * Whether a line pasted after an answer continues it as a list: an item numbered ({@code 2.}, {@code 3)},
     * {@code Q4:}), bulleted ({@code -}, {@code *}, {@code •}) or ending with a question mark; never a command, a
     * control word or a fence.
     */
    static boolean continuesList(String line) {
        String typed = line.strip();
        if (!startsAnAnswer(typed) || typed.equals(FENCE)) {
            return false;
        }
        return LIST_ITEM.matcher(typed).lookingAt() || QUESTION_END.matcher(typed).find();
    }

    /**
     * The lines up to a closing fence (or the end of input) joined with line breaks; empty when they are too long,
     * which the user is told once the closing fence is read.
     */
    private Optional<String> block() throws IOException {
        StringBuilder block = new StringBuilder();
        boolean tooLong = false;
        while (true) {
            String line;
            try {
                line = nextLine();
            } catch (InputTooLongException e) {
                tooLong = true;
                block.setLength(0);
                continue;
            }
            if (line == null || line.strip().equals(FENCE)) {
                break;
            }
            if (!tooLong && block.length() + line.length() + 1 > MAX_CHARACTERS) {
                tooLong = true;
                block.setLength(0);
            } else if (!tooLong) {
                block.append(block.length() > 0 ? "\n" : "").append(line);
            }
        }
        if (tooLong) {
            sayTooLong();
            return Optional.empty();
        }
        return Optional.of(block.toString());
    }

    /** One line, or {@code null} at the end of input; a line too long is refused and the next one read. */
    private String line() throws IOException {
        while (true) {
            try {
                return nextLine();
            } catch (InputTooLongException e) {
                sayTooLong();
            }
        }
    }

    /**
     * One line after the marker, or {@code null} at the end of input; what is due to be shown comes first.
     *
     * @throws InputTooLongException for a line of more than {@link #MAX_CHARACTERS}, read to its end and dropped
     */
    private String nextLine() throws IOException {
        beforeEachLine.run();
        if (terminal.interactive()) {
            terminal.out().print(MARKER);
            terminal.out().flush();
        }
        String line;
        try {
            line = withoutByteOrderMark(lines.readLine());
        } catch (InputTooLongException e) {
            lines.skipRestOfLine();
            throw e;
        }
        if (terminal.interactive() && line == null) {
            terminal.out().println();
        } else if (!terminal.interactive() && line != null) {
            terminal.out().println(MARKER + line);
        }
        return line;
    }

    private void sayTooLong() {
        paragraphs.print(texts.get("console.too-long", "limit", String.format(Locale.ROOT, "%,d", MAX_CHARACTERS),
                "max", String.format(Locale.ROOT, "%,d", Prompt.MAX_TEXT)));
    }

    /**
     * A line without its leading byte-order mark: editors on Windows start a saved script with one, and scripts
     * joined with {@code cat} carry it into a later line.
     */
    private static String withoutByteOrderMark(String line) {
        return line != null && line.startsWith(BYTE_ORDER_MARK) ? line.substring(BYTE_ORDER_MARK.length()) : line;
    }
}
