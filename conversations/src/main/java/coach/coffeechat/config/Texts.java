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
import org.apache.commons.text.StringSubstitutor;

/**
 * Every sentence the bot says, from {@code config/templates/messages.properties} with {@code ${name}}
 * placeholders, so a coach can change the wording without rebuilding. A directory given with
 * {@code --config} may override any message in its own {@code templates/messages.properties}.
 * Values put into placeholders are never expanded again, so user text such as {@code ${x}} stays literal.
 * Thread-safe after construction.
 */
public final class Texts {
    private static final String FILE = "templates/messages.properties";

    private final Map<String, String> templates;

    private Texts(Map<String, String> templates) {
        this.templates = Map.copyOf(templates);
    }

    /**
     * Loads the shipped messages and any overrides.
     *
     * @param overrideDir the {@code --config} directory, or empty
     */
    public static Texts load(Optional<Path> overrideDir) {
        Map<String, String> templates = new HashMap<>();
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream("config/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("config/" + FILE + " is missing from the classpath; the build is broken");
            }
            putAll(templates, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read config/" + FILE, e);
        }
        if (overrideDir.isPresent()) {
            Path file = overrideDir.get().resolve(FILE);
            if (Files.isRegularFile(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    Map<String, String> overrides = new HashMap<>();
                    putAll(overrides, reader);
                    for (String key : overrides.keySet()) {
                        if (!templates.containsKey(key)) {
                            throw new ConfigException("Message " + key + " in " + file + " is not a known message");
                        }
                    }
                    templates.putAll(overrides);
                } catch (IOException e) {
                    throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
                }
            }
        }
        return new Texts(templates);
    }

    /**
     * A message with its placeholders filled.
     *
     * @param key the message key
     * @param namesAndValues alternating placeholder names and values
     * @throws IllegalArgumentException for an unknown key (a bug, caught by the tests)
     */
    public String get(String key, Object... namesAndValues) {
        String template = templates.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no message named " + key + " in " + FILE);
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
        StringSubstitutor substitutor = new StringSubstitutor(values);
        substitutor.setDisableSubstitutionInValues(true);
        return substitutor.replace(template);
    }

    /** Whether a message exists. */
    public boolean has(String key) {
        return templates.containsKey(key);
    }

    private static void putAll(Map<String, String> into, Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        for (String name : properties.stringPropertyNames()) {
            into.put(name, properties.getProperty(name));
        }
    }
}
