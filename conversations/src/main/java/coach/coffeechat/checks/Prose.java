package coach.coffeechat.checks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the checks read text: lines, words, sentences and clauses. Stateless. */
final class Prose {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    // Clause breaks: punctuation that starts a new thought, and the words that turn it around.
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[,;:()\\u2013\\u2014]|\\s-\\s|(?<![\\p{L}\\p{N}])(?:but|however|although|though|yet)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

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

    /** Words: runs of text between spaces that hold at least one letter or digit. */
    static int words(String text) {
        int count = 0;
        for (String token : WHITESPACE.split(text.strip())) {
            if (HAS_LETTER_OR_DIGIT.matcher(token).find()) {
                count++;
            }
        }
        return count;
    }

    /** Characters as people count them: code points, line breaks included. */
    static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The words of a text, as they are written (apostrophes and inner hyphens kept). */
    static List<Span> wordSpans(String text) {
        List<Span> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Span(matcher.start(), matcher.end()));
        }
        return words;
    }

    /** The words of a text, lower-cased. */
    static List<String> lowerWords(String text) {
        return wordSpans(text).stream().map(span -> span.of(text).toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The sentences of a text: they end after {@code .}, {@code !} or {@code ?} (and any closing quote or bracket)
     * followed by a space, and at every line break. Blank ones are left out; each is trimmed.
     */
    static List<Span> sentences(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(sentences, text, start, i);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < text.length() && ".!?\"')]\u201D".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end == text.length() || Character.isWhitespace(text.charAt(end))) {
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

    private static void add(List<Span> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Span(start, end));
        }
    }

    /** Whether a sentence is a question: it ends with a question mark, perhaps inside quotes or brackets. */
    static boolean isQuestion(String sentence) {
        String trimmed = sentence.strip();
        int end = trimmed.length();
        while (end > 0 && "\"')]\u201D".indexOf(trimmed.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && trimmed.charAt(end - 1) == '?';
    }

    /** Where the clause holding {@code position} starts, looking back no further than {@code from}. */
    static int clauseStart(String text, int from, int position) {
        Matcher matcher = CLAUSE_BREAK.matcher(text);
        matcher.region(from, position);
        int start = from;
        while (matcher.find()) {
            start = matcher.end();
        }
        return start;
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
