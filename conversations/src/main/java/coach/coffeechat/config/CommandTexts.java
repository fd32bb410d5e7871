package coach.coffeechat.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
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
        Map<String, String> english = resource("config/" + FILE).orElseThrow(() -> new IllegalStateException(
                "config/" + FILE + " is missing from the classpath; the build is broken"));
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        for (Language language : languages.all()) {
            if (language.english()) {
                continue;
            }
            Map<String, String> own = new TreeMap<>();
            String shipped = language.resourceFolder() + FILE;
            String source = shipped;
            resource(shipped).ifPresent(values -> {
                CommandNameRules.checkKeys(shipped, values, english);
                own.putAll(values);
            });
            if (configDir.isPresent()) {
                Path file = language.folderIn(configDir.get()).resolve(FILE);
                if (Files.isRegularFile(file)) {
                    Map<String, String> values = file(file);
                    CommandNameRules.checkKeys(file.toString(), values, english);
                    own.putAll(values);
                    source = source + " and " + file;
                }
            }
            CommandNameRules.checkNames(language.tag() + " (" + source + ")", own, english);
            byLanguage.put(language.tag(), own);
        }
        return new CommandTexts(english, byLanguage);
    }

    /** Every English key with its text, as {@code config/commands.properties} holds them. */
    public Map<String, String> english() {
        return english;
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

    private static Optional<Map<String, String>> resource(String resource) {
        try (InputStream in = CommandTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("Cannot read " + resource + ": " + e.getMessage());
        }
    }

    private static Map<String, String> file(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Map<String, String> read(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> values = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            values.put(name, properties.getProperty(name).strip());
        }
        return values;
    }
}
