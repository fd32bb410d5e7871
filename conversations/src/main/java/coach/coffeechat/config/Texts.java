package coach.coffeechat.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.commons.text.StringSubstitutor;

/**
 * Every sentence the bot says, from the message files under {@code config/templates/} (one per feature, see
 * {@link #FILES}) with {@code ${name}} placeholders, so a coach can change the wording without rebuilding. A
 * directory given with {@code --config} may override any message in its own {@code templates/} files of the
 * same names. Keys are unique across files. Values put into placeholders are never expanded again, so user
 * text such as {@code ${x}} stays literal. Thread-safe after construction.
 */
public final class Texts {
    /** The message files, by feature; each key lives in exactly one of them. */
    public static final List<String> FILES = List.of("messages", "requests", "checks", "questions", "meetings",
            "followups", "coaching");
    /** The prefix of a placeholder that picks a singular or plural word by a count. */
    private static final String PLURAL = "plural:";

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
        for (String name : FILES) {
            String resource = "config/templates/" + name + ".properties";
            try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the classpath; the build is broken");
                }
                for (Map.Entry<String, String> entry : read(new InputStreamReader(in, StandardCharsets.UTF_8)).entrySet()) {
                    if (templates.put(entry.getKey(), entry.getValue()) != null) {
                        throw new IllegalStateException("message " + entry.getKey() + " is defined twice; "
                                + resource + " repeats it");
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + resource, e);
            }
        }
        if (overrideDir.isPresent()) {
            for (String name : FILES) {
                overrideFrom(overrideDir.get().resolve("templates").resolve(name + ".properties"), templates);
            }
        }
        return new Texts(templates);
    }

    private static void overrideFrom(Path file, Map<String, String> templates) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, String> overrides = read(reader);
            for (String key : overrides.keySet()) {
                if (!templates.containsKey(key)) {
                    throw new ConfigException("Message " + key + " in " + file + " is not a known message");
                }
            }
            templates.putAll(overrides);
        } catch (IOException | IllegalArgumentException e) {
            // Properties.load refuses a broken \\uXXXX escape with an IllegalArgumentException
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
        }
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

    /** Whether a message exists. */
    public boolean has(String key) {
        return templates.containsKey(key);
    }

    private static Map<String, String> read(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> values = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            values.put(name, properties.getProperty(name));
        }
        return values;
    }
}
