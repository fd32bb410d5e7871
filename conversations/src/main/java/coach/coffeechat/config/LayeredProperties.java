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

    /**
     * These values with a shipped file's laid over them key by key, when the jar has that file: a language's file
     * such as {@code config/lang/es/checks.properties} over the English one.
     *
     * @param resource the shipped file, such as {@code config/lang/es/checks.properties}
     * @param origin how to name it in messages
     * @throws IllegalStateException when it names a key these values lack: the build is broken
     */
    public LayeredProperties withResource(String resource, String origin) {
        if (LayeredProperties.class.getClassLoader().getResource(resource) == null) {
            return this;
        }
        return laidOver(readResource(resource), origin, key -> new IllegalStateException(resource + " sets " + key
                + ", which is no known setting; the build is broken"));
    }

    /**
     * These values with a file's laid over them key by key, when that file exists: a coach's
     * {@code --config DIR/lang/fr/checks.properties}.
     *
     * @param file the file
     * @param what how to name one entry in messages, such as {@code Check setting}
     * @param knownIn where the known keys are listed, for the message about an unknown one
     * @throws ConfigException when the file cannot be read or names an unknown key
     */
    public LayeredProperties withFile(Path file, String what, String knownIn) {
        if (!Files.isRegularFile(file)) {
            return this;
        }
        return laidOver(readFile(file), file.toString(), key -> new ConfigException(what + " " + key + " in " + file
                + " is not a known setting; the known ones are listed in " + knownIn));
    }

    private LayeredProperties laidOver(Properties layer, String origin,
                                       java.util.function.Function<String, RuntimeException> unknown) {
        Map<String, String> laid = new TreeMap<>(values);
        Map<String, String> from = new TreeMap<>(origins);
        for (String key : new java.util.TreeSet<>(layer.stringPropertyNames())) {
            if (!values.containsKey(key)) {
                throw unknown.apply(key);
            }
            laid.put(key, layer.getProperty(key).strip());
            from.put(key, origin);
        }
        return new LayeredProperties(laid, from);
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
