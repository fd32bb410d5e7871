package coach.coffeechat.engine;

import coach.coffeechat.config.Languages;
import coach.coffeechat.config.Texts;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a user types, in the current language and in English ({@code config/templates/words.properties} and
 * each language's own), compared the way people type them: case, accents and spacing do not matter, and a German
 * umlaut may be typed with or without its e ({@code zurück}, {@code zuruck}, {@code zurueck}; {@code ß} as {@code
 * ss}). Read anew on each call, so it follows the thread's {@code LanguageScope}. Thread-safe.
 */
public final class TypedWords {
    /** Accents and other marks, once a text is decomposed. */
    static final Pattern MARKS = Pattern.compile("\\p{M}++");
    /** A run of white space. */
    static final Pattern SPACES = Pattern.compile("\\s++");

    private final Texts texts;

    /** The shipped English words alone, for answers stored already read (an ISO date, "yesterday"). */
    public static TypedWords english() {
        return English.WORDS;
    }

    /** The words of these texts. */
    public TypedWords(Texts texts) {
        this.texts = texts;
    }

    /**
     * Text as it is compared: stripped, lower case, single spaces, accents and other marks dropped ({@code ü} is
     * {@code u}, {@code ñ} is {@code n}), {@code ß} as {@code ss}. Linear in the length of the text.
     */
    public static String fold(String typed) {
        String lower = typed.strip().toLowerCase(Locale.ROOT).replace("ß", "ss");
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(bare).replaceAll(" ");
    }

    /**
     * Every form of {@code key}'s words a user may type, folded: each word as {@link #fold} leaves it, and with an
     * umlaut written out ({@code zurueck}).
     */
    public Set<String> forms(String key) {
        Set<String> forms = new LinkedHashSet<>();
        for (String word : texts.words(key)) {
            forms.add(fold(word));
            forms.add(fold(word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")));
        }
        return forms;
    }

    /** Whether the typed text is one of {@code key}'s words. */
    public boolean is(String key, String typed) {
        return forms(key).contains(fold(typed));
    }

    /** Loaded on first use. */
    private static final class English {
        private static final TypedWords WORDS = new TypedWords(Texts.load(Languages.englishOnly(), Optional.empty()));
    }

    /** The raw value of a key of the current language (a setting such as {@code yes} or {@code no}). */
    String setting(String key) {
        return texts.get(key).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * How many of the first words make one of {@code phrases} (the longest that does), or 0. Quadratic in the
     * number of words: callers read a few words at most.
     *
     * @param words the words typed, folded
     * @param phrases phrases of one or more words separated by single spaces, folded
     */
    public static int leading(List<String> words, Set<String> phrases) {
        int longest = 0;
        for (int count = 1; count <= words.size(); count++) {
            if (phrases.contains(String.join(" ", words.subList(0, count)))) {
                longest = count;
            }
        }
        return longest;
    }

    /** How many of the last words make one of {@code phrases} (the longest that does), or 0. */
    public static int trailing(List<String> words, Set<String> phrases) {
        int longest = 0;
        for (int count = 1; count <= words.size(); count++) {
            if (phrases.contains(String.join(" ", words.subList(words.size() - count, words.size())))) {
                longest = count;
            }
        }
        return longest;
    }
}
