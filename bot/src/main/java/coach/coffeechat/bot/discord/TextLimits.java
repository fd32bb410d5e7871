package coach.coffeechat.bot.discord;

import java.util.ArrayList;
import java.util.List;

/** Cuts and splits text to Discord's length limits without breaking a surrogate pair. Stateless. */
final class TextLimits {

    private TextLimits() {
    }

    /**
     * The text itself when it fits, else its start followed by {@code mark}, {@code max} characters in all.
     *
     * @throws IllegalArgumentException when even the mark does not fit
     */
    static String shorten(String text, int max, String mark) {
        if (text.length() <= max) {
            return text;
        }
        if (mark.length() > max) {
            throw new IllegalArgumentException("the mark '" + mark + "' does not fit into " + max + " characters");
        }
        return cut(text, max - mark.length()).stripTrailing() + mark;
    }

    /**
     * The text in pieces of at most {@code max} characters, split at a line break or else a space where one lies
     * in the second half of a piece; the whitespace at a split is dropped.
     */
    static List<String> split(String text, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            String head = cut(rest, max);
            int at = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '));
            if (at < max / 2) {
                at = head.length();
            }
            pieces.add(rest.substring(0, at).stripTrailing());
            rest = rest.substring(at).stripLeading();
        }
        if (!rest.isEmpty() || pieces.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** At most the first {@code length} characters, one fewer when that would split a surrogate pair. */
    static String cut(String text, int length) {
        if (length >= text.length()) {
            return text;
        }
        if (length > 0 && length < text.length() && Character.isHighSurrogate(text.charAt(length - 1))) {
            return text.substring(0, length - 1);
        }
        return text.substring(0, length);
    }
}
