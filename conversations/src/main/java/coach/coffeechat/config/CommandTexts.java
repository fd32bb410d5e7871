package coach.coffeechat.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The slash commands' names, descriptions, options and choices in every language, as Discord shows them: English
 * from {@code config/commands.properties} (generated from the command catalog, see {@code CommandKeys}), each other
 * language from {@code config/lang/TAG/commands.properties} (shipped) and {@code lang/TAG/commands.properties} under
 * {@code --config} (a coach's, whose keys win). A language may leave keys out (they stay English); a key English does
 * not have, or a name or description Discord would refuse ({@link CommandNameRules}), stops start-up with one line.
 * Immutable and thread-safe.
 */
public final class CommandTexts {
    /** The file name, in {@code config/} and in each language folder. */
    public static final String FILE = "commands.properties";

    private final Map<String, String> english;
    private final Map<String, Map<String, String>> byLanguage;

    private CommandTexts(Map<String, String> english, Map<String, Map<String, String>> byLanguage) {
        this.english = Map.copyOf(english);
        Map<String, Map<String, String>> copy = new HashMap<>();
        byLanguage.forEach((tag, texts) -> copy.put(tag, Map.copyOf(texts)));
        this.byLanguage = Map.copyOf(copy);
    }

    /**
     * Loads the English file and every language's.
     *
     * @param languages the languages the bot speaks
     * @param configDir the {@code --config} directory, or empty
     * @throws ConfigException in one line, for an unknown key or a name or description Discord would refuse
     */
    public static CommandTexts load(Languages languages, Optional<Path> configDir) {
        Map<String, String> english = stripped(PropertiesFiles.shipped("config/" + FILE));
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        for (Language language : languages.all()) {
            if (language.english()) {
                continue;
            }
            Map<String, String> own = new TreeMap<>();
            String shipped = language.resourceFolder() + FILE;
            String source = shipped;
            PropertiesFiles.resource(shipped).map(CommandTexts::stripped).ifPresent(values -> {
                CommandNameRules.checkKeys(shipped, values, english);
                own.putAll(values);
            });
            if (configDir.isPresent()) {
                Path file = language.folderIn(configDir.get()).resolve(FILE);
                Optional<Map<String, String>> values = PropertiesFiles.file(file).map(CommandTexts::stripped);
                if (values.isPresent()) {
                    CommandNameRules.checkKeys(file.toString(), values.get(), english);
                    own.putAll(values.get());
                    source = source + " and " + file;
                }
            }
            CommandNameRules.checkNames(language.tag() + " (" + source + ")", own, english);
            byLanguage.put(language.tag(), own);
        }
        CommandNameRules.checkAcrossLanguages(byLanguage, english);
        return new CommandTexts(english, byLanguage);
    }

    /** Every English key with its text, as {@code config/commands.properties} holds them. */
    public Map<String, String> english() {
        return english;
    }

    /** Each language's own texts by tag, as its files give them (English's are {@link #english}). */
    public Map<String, Map<String, String>> byLanguage() {
        return byLanguage;
    }

    /** The language's own text for a key, if it gives one (English's own texts are not localizations). */
    public Optional<String> localized(Language language, String key) {
        if (language.english()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byLanguage.getOrDefault(language.tag(), Map.of()).get(key));
    }

    /**
     * A text in the current language ({@link LanguageScope}), else English's, else {@code fallback} (a command
     * the file does not know, such as a coach's language in {@code /settings language:}).
     */
    public String text(String key, String fallback) {
        return localized(LanguageScope.current(), key).orElseGet(() -> english.getOrDefault(key, fallback));
    }

    /** The values without the spaces around them. */
    private static Map<String, String> stripped(Map<String, String> values) {
        Map<String, String> stripped = new TreeMap<>();
        values.forEach((key, value) -> stripped.put(key, value.strip()));
        return stripped;
    }
}
