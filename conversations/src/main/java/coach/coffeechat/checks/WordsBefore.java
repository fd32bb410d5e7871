package coach.coffeechat.checks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern that must end just where a phrase starts, with a space before the phrase, such as "spent" and up to two
 * words before "5 minutes": {@code cue\s+(?:\S+\s+){0,2}$}. Rather than searching the whole clause before every
 * phrase, it searches only the last few words before it, as many as a match can span; so looking back from many
 * phrases in one long clause reads each word a bounded number of times. It finds exactly what a search of the whole
 * clause finds. Immutable and thread-safe.
 */
final class WordsBefore {
    private final Pattern pattern;
    private final int words;

    /**
     * @param pattern ends with {@code \s+}, then perhaps whole words each followed by {@code \s+}, then {@code $}
     * @param words the most words, counted between spaces, that a match spans
     */
    WordsBefore(Pattern pattern, int words) {
        this.pattern = pattern;
        this.words = words;
    }

    /** Whether the pattern ends at {@code position}, looking back no further than {@code from}. */
    boolean endsAt(CharSequence text, int from, int position) {
        if (!mayEndAt(text, from, position)) {
            return false;
        }
        // One word more than a match spans: "$" also matches before a last line break that is not a space (U+2028).
        int start = startOfWordsBefore(text, from, position, words + 1);
        Matcher matcher = pattern.matcher(text);
        matcher.region(start, position);
        // Inside the clause, a lookbehind at the cut sees the text before it, as a search of the whole clause would.
        matcher.useTransparentBounds(start > from);
        return matcher.find();
    }

    /**
     * A match ends with a space, or with a space and then a line break ("$" matches before a last line break): any
     * other character before {@code position} rules it out without looking further, which keeps the work bounded when
     * many phrases stand in one long word.
     */
    private static boolean mayEndAt(CharSequence text, int from, int position) {
        if (position <= from) {
            return false;
        }
        char last = text.charAt(position - 1);
        if (isSpace(last)) {
            return true;
        }
        return isLineBreak(last) && position - 1 > from && isSpace(text.charAt(position - 2));
    }

    private static int startOfWordsBefore(CharSequence text, int from, int position, int count) {
        int start = position;
        for (int word = 0; word < count && start > from; word++) {
            while (start > from && isSpace(text.charAt(start - 1))) {
                start--;
            }
            while (start > from && !isSpace(text.charAt(start - 1))) {
                start--;
            }
        }
        return start;
    }

    /** A space as {@code \s} means it: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A line break that {@code $} may stand before and that {@code \s} does not match. */
    private static boolean isLineBreak(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
