package coach.coffeechat.checks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the checks read text: lines, words, sentences and clauses. Everything but {@link #prepare} reads a
 * {@link CharSequence} without copying it, and each method reads every character a bounded number of times. Stateless.
 */
final class Prose {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final String SENTENCE_CLOSERS = ".!?\"')]\u201D";
    private static final int LONG_LINE_WORDS = 6;
    private static final String QUESTION_CLOSERS = "\"')]\u201D";

    private Prose() {
    }

    /**
     * The text with line breaks made {@code \n}, a leading byte-order mark dropped, and typographic apostrophes,
     * hyphens and spaces made plain, so that word lists match whatever keyboard typed it. Surrounding blank space is
     * stripped.
     */
    static String prepare(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u2032', '`' -> out.append('\'');
                case '\u2010', '\u2011' -> out.append('-');
                case '\u00A0', '\u202F', '\u2007', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** The span of {@code text} without the blank space around it, as {@link String#strip()} cuts it. */
    static Span stripped(CharSequence text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    /** Words: runs of text between spaces that hold at least one letter or digit. */
    static int words(CharSequence text) {
        int count = 0;
        Matcher token = TOKEN.matcher(text);
        Matcher letter = HAS_LETTER_OR_DIGIT.matcher(text);
        while (token.find()) {
            letter.region(token.start(), token.end());
            if (letter.find()) {
                count++;
            }
        }
        return count;
    }

    /** Characters as people count them: code points, line breaks included. */
    static int characters(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }

    /** The words of a text, as they are written (apostrophes and inner hyphens kept). */
    static List<Span> wordSpans(CharSequence text) {
        List<Span> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Span(matcher.start(), matcher.end()));
        }
        return words;
    }

    /** The first word in a span of a text, as written, or an empty string; reads only as far as its end. */
    static String firstWord(CharSequence text, Span span) {
        int start = span.start();
        while (start < span.end() && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < span.end() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '\'')) {
            end++;
        }
        return text.subSequence(start, end).toString();
    }

    /** The words of a text, lower-cased. */
    static List<String> lowerWords(CharSequence text) {
        return wordSpans(text).stream().map(span -> span.of(text).toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The sentences of a text: they end after {@code .}, {@code !} or {@code ?} (and any closing quote or bracket)
     * followed by a space, and at a line break, unless the next line goes on with a small letter or a digit, or the
     * line is a long one (at least six words) with no mark at its end: an email wrapped by hand ("Would you have
     * 15\nminutes for a call?", "Ana Costa suggested\nI reach out.") is one sentence. The full stop of an
     * abbreviation ("Mr.", "Dr.": {@code reading.abbreviations}) ends none. Blank ones are left out; each is trimmed.
     *
     * @param abbreviations the abbreviations, lower case
     * @param longest the length of the longest of them
     */
    static List<Span> sentences(CharSequence text, Set<String> abbreviations, int longest) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        int lineStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (!goesOn(text, lineStart, i)) {
                    add(sentences, text, start, i);
                    start = i + 1;
                }
                lineStart = i + 1;
            } else if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < text.length() && SENTENCE_CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if ((end == text.length() || Character.isWhitespace(text.charAt(end)))
                        && !(c == '.' && end == i + 1 && end < text.length()
                        && isTitle(text, i, abbreviations, longest))) {
                    add(sentences, text, start, end);
                    start = end;
                }
                i = end - 1;
            }
            i++;
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    /** Whether the word just before the full stop at {@code stop} is a title such as "Dr"; reads a few letters. */
    private static boolean isTitle(CharSequence text, int stop, Set<String> titles, int longest) {
        int start = stop;
        while (start > 0 && stop - start <= longest && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return stop - start <= longest && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && titles.contains(text.subSequence(start, stop).toString().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the sentence goes on after the line break at {@code lineEnd}: the next line starts with a small letter
     * or a digit, or with any letter after a long line that ends with a letter or digit.
     */
    private static boolean goesOn(CharSequence text, int lineStart, int lineEnd) {
        int i = lineEnd + 1;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char next = text.charAt(i);
        if (Character.isLowerCase(next) || Character.isDigit(next)) {
            return true;
        }
        Span line = stripped(text, lineStart, lineEnd);
        return Character.isLetter(next) && line.length() > 0
                && Character.isLetterOrDigit(text.charAt(line.end() - 1))
                && words(text.subSequence(line.start(), line.end())) >= LONG_LINE_WORDS;
    }

    private static void add(List<Span> sentences, CharSequence text, int start, int end) {
        Span sentence = stripped(text, start, end);
        if (sentence.end() > sentence.start()) {
            sentences.add(sentence);
        }
    }

    /**
     * Whether a stretch of text is a question: it ends with a question mark, perhaps inside quotes or brackets, and
     * perhaps followed by blank space.
     */
    static boolean isQuestion(CharSequence text, Span span) {
        Span trimmed = stripped(text, span.start(), span.end());
        int end = trimmed.end();
        while (end > trimmed.start() && QUESTION_CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > trimmed.start() && text.charAt(end - 1) == '?';
    }

    /** Where each clause break in a sentence ends, left to right: a new clause starts there. */
    static int[] clauseBreakEnds(CharSequence text, Span sentence, Pattern clauseBreak) {
        Matcher matcher = clauseBreak.matcher(text);
        matcher.region(sentence.start(), sentence.end());
        List<Integer> ends = new ArrayList<>();
        while (matcher.find()) {
            ends.add(matcher.end());
        }
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Lower case without accents, for comparing names: "José" and "jose" fold alike. */
    static String fold(String text) {
        return DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** A text cut to {@code max} characters at a word break, with an ellipsis when cut; for quoting in messages. */
    static String shorten(String text, int max) {
        String flat = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1) + "\u2026";
    }
}
