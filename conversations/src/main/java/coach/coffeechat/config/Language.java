package coach.coffeechat.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A language the bot speaks: its tag ({@code es}), its name in itself ({@code Español}, what {@code /settings
 * language:} shows) and the Discord locale codes that pick it ({@code es-ES}, {@code es-419}). English ({@link
 * #ENGLISH}) is built in; its texts are the ones under {@code config/}, and every other language falls back to them
 * key by key.
 *
 * @param tag lower-case letters, 2 or 3 of them, optionally a dash and up to 8 more letters or digits
 * @param name the language's own name, 1 to 100 characters
 * @param discordLocales the Discord locale codes that pick this language
 */
public record Language(String tag, String name, List<String> discordLocales) {
    /** What a language tag looks like. */
    static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{1,8})?");
    /** English: the fallback of every other language. */
    public static final Language ENGLISH = new Language("en", "English", List.of("en-US", "en-GB"));

    public Language {
        Objects.requireNonNull(tag, "tag");
        if (!TAG.matcher(tag).matches()) {
            throw new IllegalArgumentException("a language tag is 2 or 3 lower-case letters, optionally with a"
                    + " dash and a region, such as es or pt-br; got '" + tag + "'");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new IllegalArgumentException("the name of language " + tag + " must be 1 to 100 characters");
        }
        name = name.strip();
        discordLocales = List.copyOf(discordLocales);
    }

    /** Whether this is English, the built-in language. */
    public boolean english() {
        return tag.equals(ENGLISH.tag);
    }

    /** The Java locale of this language, for the names of days and months and the shape of dates it shows. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** Where this language's files live on the classpath: {@code config/} for English, else {@code config/lang/TAG/}. */
    public String resourceFolder() {
        return english() ? "config/" : "config/lang/" + tag + "/";
    }

    /**
     * Where this language's files live under a {@code --config} directory: the directory itself for English, else
     * its {@code lang/TAG/} folder.
     */
    public Path folderIn(Path configDir) {
        return english() ? configDir : configDir.resolve("lang").resolve(tag);
    }
}
