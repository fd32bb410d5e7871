package coach.coffeechat.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.text.StringSubstitutor;

/**
 * Every sentence the bot says, from the message files under {@code config/templates/} (one per feature, see
 * {@link #FILES}) with {@code ${name}} placeholders, so a coach can change the wording without rebuilding. A
 * directory given with {@code --config} may override any message in its own {@code templates/} files of the
 * same names. Keys are unique across files. Values put into placeholders are never expanded again, so user
 * text such as {@code ${x}} stays literal.
 *
 * <p>Each other {@link Language} has the same files under {@code config/lang/TAG/templates/} (shipped) and
 * {@code lang/TAG/templates/} under {@code --config} (a coach's own, which win); a key a language leaves out is
 * English's, key by key. A language's key English does not have, or whose {@code ${placeholders}} differ from
 * English's, stops start-up with one line. {@link #get} speaks the language of the current {@link LanguageScope}.
 * Thread-safe after construction.
 */
public final class Texts {
    /** The message files, by feature; each key lives in exactly one of them. */
    public static final List<String> FILES = List.of("messages", "requests", "checks", "questions", "meetings",
            "followups", "coaching", "words");
    /** The prefix of a placeholder that picks a singular or plural word by a count. */
    private static final String PLURAL = "plural:";

    private final Languages languages;
    private final Map<String, Map<String, String>> byLanguage;
    private final Map<String, String> english;

    private Texts(Languages languages, Map<String, Map<String, String>> byLanguage) {
        this.languages = languages;
        Map<String, Map<String, String>> copy = new HashMap<>();
        byLanguage.forEach((tag, templates) -> copy.put(tag, Map.copyOf(templates)));
        this.byLanguage = Map.copyOf(copy);
        this.english = this.byLanguage.get(Language.ENGLISH.tag());
    }

    /**
     * Loads the shipped messages of every language and any overrides.
     *
     * @param overrideDir the {@code --config} directory, or empty
     */
    public static Texts load(Optional<Path> overrideDir) {
        return load(Languages.load(overrideDir), overrideDir);
    }

    /**
     * Loads the shipped messages of these languages and any overrides.
     *
     * @param languages the languages to load (English always)
     * @param overrideDir the {@code --config} directory, or empty
     * @throws ConfigException in one line, for an unknown key or a placeholder that differs from English's
     */
    public static Texts load(Languages languages, Optional<Path> overrideDir) {
        Map<String, String> shipped = new HashMap<>();
        for (String name : FILES) {
            String resource = "config/templates/" + name + ".properties";
            for (Map.Entry<String, String> entry : PropertiesFiles.shipped(resource).entrySet()) {
                if (shipped.put(entry.getKey(), entry.getValue()) != null) {
                    throw new IllegalStateException("message " + entry.getKey() + " is defined twice; "
                            + resource + " repeats it");
                }
            }
        }
        Map<String, String> english = new HashMap<>(shipped);
        if (overrideDir.isPresent()) {
            for (String name : FILES) {
                overrideFrom(overrideDir.get().resolve("templates").resolve(name + ".properties"), english,
                        Optional.empty());
            }
        }
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        byLanguage.put(Language.ENGLISH.tag(), english);
        for (Language language : languages.all()) {
            if (!language.english()) {
                byLanguage.put(language.tag(), translated(language, shipped, english, overrideDir));
            }
        }
        byLanguage.forEach(MessageShapes::check);
        return new Texts(languages, byLanguage);
    }

    /** English (with a coach's English rewordings) overridden key by key by the language's shipped and own files. */
    private static Map<String, String> translated(Language language, Map<String, String> shipped,
                                                  Map<String, String> english, Optional<Path> overrideDir) {
        Map<String, String> templates = new HashMap<>(english);
        for (String name : FILES) {
            String resource = language.resourceFolder() + "templates/" + name + ".properties";
            PropertiesFiles.resource(resource).ifPresent(values -> {
                check(resource, values, shipped);
                templates.putAll(values);
            });
            if (overrideDir.isPresent()) {
                Path file = language.folderIn(overrideDir.get()).resolve("templates").resolve(name + ".properties");
                overrideFrom(file, templates, Optional.of(shipped));
            }
        }
        return templates;
    }

    /**
     * Overrides messages from a {@code --config} file, if there is one.
     *
     * @param english the shipped English messages when the file is a language's: its placeholders must match them
     */
    private static void overrideFrom(Path file, Map<String, String> templates, Optional<Map<String, String>> english) {
        Optional<Map<String, String>> read = PropertiesFiles.file(file);
        if (read.isEmpty()) {
            return;
        }
        Map<String, String> overrides = read.get();
        if (english.isPresent()) {
            check(file.toString(), overrides, english.get());
        }
        for (String key : overrides.keySet()) {
            if (!templates.containsKey(key)) {
                throw new ConfigException("Message " + key + " in " + file + " is not a known message");
            }
        }
        templates.putAll(overrides);
    }

    /** Refuses a language's key English does not have, or whose placeholders differ from English's. */
    private static void check(String source, Map<String, String> values, Map<String, String> english) {
        for (Map.Entry<String, String> entry : new TreeMap<>(values).entrySet()) {
            String englishText = english.get(entry.getKey());
            if (englishText == null) {
                throw new ConfigException("Message " + entry.getKey() + " in " + source + " is not a known message"
                        + " (every key of a language must be one of English's)");
            }
            String mismatch = PlaceholderSet.mismatch("Message " + entry.getKey() + " in " + source, englishText,
                    entry.getValue());
            if (!mismatch.isEmpty()) {
                throw new ConfigException(mismatch);
            }
        }
    }

    /** The languages these texts speak. */
    public Languages languages() {
        return languages;
    }

    /**
     * A message with its placeholders filled.
     *
     * @param key the message key
     * @param namesAndValues alternating placeholder names and values
     * @throws IllegalArgumentException for an unknown key (a bug, caught by the tests)
     */
    public String get(String key, Object... namesAndValues) {
        Map<String, String> templates = byLanguage.getOrDefault(LanguageScope.current().tag(), english);
        String template = templates.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no message named " + key + " in config/templates");
        }
        if (namesAndValues.length == 0) {
            return template;
        }
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("placeholders come in name-value pairs, got " + namesAndValues.length);
        }
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        StringSubstitutor substitutor = new StringSubstitutor(name -> lookup(values, name));
        substitutor.setDisableSubstitutionInValues(true);
        return substitutor.replace(template);
    }

    /**
     * A placeholder's value: {@code ${name}}, or {@code ${plural:count|question|questions}}, the first word when
     * the value of {@code count} is 1 and the second otherwise. Unknown names stay as written.
     */
    private static String lookup(Map<String, Object> values, String name) {
        if (name.startsWith(PLURAL)) {
            String[] parts = name.substring(PLURAL.length()).split("\\|", -1);
            Object count = values.get(parts[0]);
            if (parts.length != 3 || count == null) {
                return null;
            }
            return "1".equals(String.valueOf(count).strip()) ? parts[1] : parts[2];
        }
        Object value = values.get(name);
        return value == null ? null : String.valueOf(value);
    }

    /**
     * The words a user may type for {@code key} (a key of {@code words.properties}): the current language's, then
     * English's (which always work too), each stripped and in lower case, without repeats. The file separates them
     * with commas; an empty value has none.
     *
     * @throws IllegalArgumentException for an unknown key (a bug, caught by the tests)
     */
    public List<String> words(String key) {
        Set<String> words = new LinkedHashSet<>();
        for (String list : List.of(get(key), english.getOrDefault(key, ""))) {
            for (String word : list.split(",")) {
                String bare = word.strip().toLowerCase(Locale.ROOT);
                if (!bare.isEmpty()) {
                    words.add(bare);
                }
            }
        }
        return List.copyOf(words);
    }

    /** Whether a message exists. */
    public boolean has(String key) {
        return english.containsKey(key);
    }
}
