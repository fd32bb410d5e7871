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
 * A properties file shipped in the jar under {@code config/}, overridden key by key by a file of the same name in
 * a {@code --config} directory. Only keys the shipped file declares may be overridden, so a typo fails fast.
 * Every value remembers where it came from, for one-line error messages.
 *
 * @param values the value of each key, trimmed
 * @param origins where each value came from: the given default origin, or the override file's path
 */
public record LayeredProperties(Map<String, String> values, Map<String, String> origins) {

    /**
     * Loads the shipped file and its override.
     *
     * @param fileName the file name, such as {@code coach.properties}; the shipped one is {@code config/fileName}
     * @param defaultOrigin how to name the shipped file in messages, such as {@code default}
     * @param what how to name one entry in messages, such as {@code Setting}
     * @param overrideDir the {@code --config} directory, or empty
     * @throws ConfigException when the directory is not one, its file cannot be read, or it names an unknown key
     */
    public static LayeredProperties load(String fileName, String defaultOrigin, String what,
                                         Optional<Path> overrideDir) {
        String resource = "config/" + fileName;
        Map<String, String> values = new TreeMap<>();
        Map<String, String> origins = new TreeMap<>();
        Properties shipped = readResource(resource);
        for (String key : shipped.stringPropertyNames()) {
            values.put(key, shipped.getProperty(key).strip());
            origins.put(key, defaultOrigin);
        }
        if (overrideDir.isPresent()) {
            Path dir = overrideDir.get();
            if (!Files.isDirectory(dir)) {
                throw new ConfigException("--config " + dir + " is not a directory");
            }
            Path file = dir.resolve(fileName);
            if (Files.isRegularFile(file)) {
                Properties overrides = readFile(file);
                for (String key : new java.util.TreeSet<>(overrides.stringPropertyNames())) {
                    if (!values.containsKey(key)) {
                        throw new ConfigException(what + " " + key + " in " + file
                                + " is not a known setting; the known ones are listed in " + resource);
                    }
                    values.put(key, overrides.getProperty(key).strip());
                    origins.put(key, file.toString());
                }
            }
        }
        return new LayeredProperties(values, origins);
    }

    private static Properties readResource(String resource) {
        try (InputStream in = LayeredProperties.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath; the build is broken");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static Properties readFile(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException | IllegalArgumentException e) {
            // Properties.load refuses a broken \\uXXXX escape with an IllegalArgumentException
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Properties read(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        return properties;
    }
}
