package coach.coffeechat.config;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ${placeholders}} a text uses, as a language's text must keep them: {@code ${name}} is {@code name}, and
 * a plural {@code ${plural:count|question|questions}} is {@code plural:count} (the words are the language's own,
 * the count is not). A translation must use exactly the set its English text uses.
 */
public final class PlaceholderSet {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    private static final String PLURAL = "plural:";

    private PlaceholderSet() {
    }

    /** The placeholders of {@code text}, sorted. */
    public static Set<String> of(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            int bar = name.indexOf('|');
            names.add(name.startsWith(PLURAL) && bar > 0 ? name.substring(0, bar) : name);
        }
        return names;
    }

    /**
     * Why a language's text does not fit its English one, or empty when both use the same placeholders.
     *
     * @param what how to name the text in the message, such as {@code Message contact.add.saved in FILE}
     */
    public static String mismatch(String what, String english, String translated) {
        Set<String> expected = of(english);
        Set<String> actual = of(translated);
        if (expected.equals(actual)) {
            return "";
        }
        return what + " uses the placeholders " + actual + " but English uses " + expected
                + "; a translation keeps exactly English's ${...} names";
    }
}
