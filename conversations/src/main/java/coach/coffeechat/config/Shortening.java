package coach.coffeechat.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts what the user wrote to a number of words, as a person would: whole sentences when they keep at least a third of
 * what fits, else up to the end of a clause (a comma, semicolon, colon or dash) keeping at least half, else at a word
 * boundary marked with an ellipsis, so a cut is never hidden. Stateless.
 */
public final class Shortening {
    /** The mark left where words were cut. */
    public static final String CUT = "\u2026";

    private Shortening() {
    }

    /** How many words a text has, counted at spaces. */
    public static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** The text cut to at most {@code max} words; the text itself when it fits, empty when {@code max} is 0. */
    public static String toWords(String text, int max) {
        String stripped = text.strip().replaceAll("\\s+", " ");
        if (words(stripped) <= max) {
            return stripped;
        }
        if (max <= 0) {
            return "";
        }
        List<Integer> sentenceEnds = new ArrayList<>();
        List<Integer> clauseEnds = new ArrayList<>();
        int wordCount = 0;
        int cutAt = -1;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean wordEnds = i + 1 == stripped.length() || stripped.charAt(i + 1) == ' ';
            if (c != ' ' && wordEnds) {
                wordCount++;
                if (wordCount > max) {
                    break;
                }
                cutAt = i + 1;
                if (c == '.' || c == '!' || c == '?') {
                    sentenceEnds.add(i + 1);
                } else if (c == ',' || c == ';' || c == ':' || isDash(stripped, i)) {
                    clauseEnds.add(i);
                }
            }
        }
        // Whole sentences are worth keeping down to a third of what fits, a clause down to half; less would lose
        // more than a cut at a word does.
        int third = prefixAtWords(stripped, (max + 2) / 3);
        int half = prefixAtWords(stripped, (max + 1) / 2);
        if (!sentenceEnds.isEmpty() && sentenceEnds.get(sentenceEnds.size() - 1) >= third) {
            return stripped.substring(0, sentenceEnds.get(sentenceEnds.size() - 1));
        }
        if (!clauseEnds.isEmpty() && clauseEnds.get(clauseEnds.size() - 1) >= half) {
            return stripped.substring(0, clauseEnds.get(clauseEnds.size() - 1)).strip();
        }
        return stripped.substring(0, cutAt).replaceAll("[\\s,;:\u2013\u2014-]+$", "") + CUT;
    }

    /**
     * The text cut to at most {@code max} words as {@link #toWords(String, int)} does, except that a cut at a word
     * never leaves one of {@code weakEnds} last (an article or preposition such as "the", "la", "der", compared in
     * lower case): those go too, down to one word.
     */
    public static String toWords(String text, int max, Set<String> weakEnds) {
        String cut = toWords(text, max);
        if (!cut.endsWith(CUT)) {
            return cut;
        }
        List<String> words = new ArrayList<>(List.of(cut.substring(0, cut.length() - CUT.length()).split(" ")));
        while (words.size() > 1 && weakEnds.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words).replaceAll("[\\s,;:\u2013\u2014-]+$", "") + CUT;
    }

    private static boolean isDash(String text, int i) {
        char c = text.charAt(i);
        return (c == '-' || c == '\u2013' || c == '\u2014') && i > 0 && text.charAt(i - 1) == ' ';
    }

    private static int prefixAtWords(String text, int count) {
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ' ' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                seen++;
                if (seen == count) {
                    return i + 1;
                }
            }
        }
        return text.length();
    }
}
