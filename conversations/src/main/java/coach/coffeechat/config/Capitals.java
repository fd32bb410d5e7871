package coach.coffeechat.config;

/**
 * How the current language writes capitals, for text the bot moves into the middle of its own sentence. English
 * and Spanish lower a word Written Like This there ("Senior Nurse" reads "senior nurse"); German does not, since
 * its nouns and its polite forms ({@code Ihr}, {@code Ihnen}, {@code Sie}) keep their capital wherever they stand.
 * Each language says which it is in {@code language.nouns-capitalised} ({@code yes} or {@code no}) in its
 * {@code messages.properties}; a language that leaves it out is English's, {@code no}.
 */
public final class Capitals {
    /** The message key that says whether the language capitalises its nouns. */
    public static final String KEY = "language.nouns-capitalised";

    private Capitals() {
    }

    /** Whether the current language capitalises its nouns, so a capital never only marks a sentence's start. */
    public static boolean nounsCapitalised(Texts texts) {
        return texts.get(KEY).strip().equalsIgnoreCase("yes");
    }

    /**
     * The word lowered when it is Written Like This and the current language lowers such words; acronyms (UX,
     * iOS), single letters and every word in a language that capitalises nouns stay as they are.
     */
    public static String lowered(Texts texts, String word) {
        boolean capitalised = word.length() > 1 && Character.isUpperCase(word.charAt(0))
                && word.substring(1).chars().noneMatch(Character::isUpperCase);
        return capitalised && !nounsCapitalised(texts) ? word.toLowerCase(LanguageScope.current().locale()) : word;
    }

    /** The text with its first letter lowered, unless the current language capitalises nouns or it is an acronym. */
    public static String firstLowered(Texts texts, String text) {
        if (text.isEmpty() || nounsCapitalised(texts) || text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(LanguageScope.current().locale()) + text.substring(1);
    }
}
