package coach.coffeechat.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads a UTF-8 properties file, shipped on the classpath or under {@code --config}, into a sorted map, with one-line
 * errors: the one reading of message, command and language files.
 */
final class PropertiesFiles {
    private PropertiesFiles() {
    }

    /** A file shipped on the classpath, if it is there. */
    static Optional<Map<String, String>> resource(String resource) {
        try (InputStream in = PropertiesFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("Cannot read " + resource + ": " + e.getMessage());
        }
    }

    /** A file that must ship with the bot. */
    static Map<String, String> shipped(String resource) {
        return resource(resource).orElseThrow(() -> new IllegalStateException(resource
                + " is missing from the classpath; the build is broken"));
    }

    /** A file under {@code --config}, if it is there. */
    static Optional<Map<String, String>> file(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Optional.of(read(reader));
        } catch (IOException | IllegalArgumentException e) {
            // Properties.load refuses a broken \\uXXXX escape with an IllegalArgumentException
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Map<String, String> read(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> values = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            values.put(name, properties.getProperty(name));
        }
        return values;
    }
}
