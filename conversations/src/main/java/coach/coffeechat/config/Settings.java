package coach.coffeechat.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The raw settings in force, layered: the defaults shipped in {@code config/coach.properties}, then an optional
 * directory's {@code coach.properties}, then environment variables ({@code a.b-c} is overridden by
 * {@code COFFEECHAT_A_B_C}). Only keys the defaults declare are accepted, so a typo fails fast.
 */
public final class Settings {
    private static final String DEFAULTS = "config/coach.properties";
    private static final String ENV_PREFIX = "COFFEECHAT_";

    private final Map<String, String> values;
    private final Map<String, String> origins;

    private Settings(Map<String, String> values, Map<String, String> origins) {
        this.values = Collections.unmodifiableMap(values);
        this.origins = Collections.unmodifiableMap(origins);
    }

    /**
     * Loads the layers.
     *
     * @param overrideDir a directory holding {@code coach.properties}, or empty
     * @param environment the process environment (or a test's map)
     * @throws ConfigException when a file cannot be read or names an unknown key
     */
    public static Settings load(Optional<Path> overrideDir, Map<String, String> environment) {
        Map<String, String> values = new TreeMap<>();
        Map<String, String> origins = new TreeMap<>();
        Properties defaults = readDefaults();
        for (String key : defaults.stringPropertyNames()) {
            values.put(key, defaults.getProperty(key).strip());
            origins.put(key, "default");
        }
        if (overrideDir.isPresent()) {
            Path file = overrideDir.get().resolve("coach.properties");
            if (Files.isRegularFile(file)) {
                Properties overrides = readFile(file);
                for (String key : overrides.stringPropertyNames()) {
                    if (!values.containsKey(key)) {
                        throw new ConfigException("Setting " + key + " in " + file
                                + " is not a known setting; the known ones are listed in config/coach.properties");
                    }
                    values.put(key, overrides.getProperty(key).strip());
                    origins.put(key, file.toString());
                }
            } else if (!Files.isDirectory(overrideDir.get())) {
                throw new ConfigException("--config " + overrideDir.get() + " is not a directory");
            }
        }
        for (String key : values.keySet()) {
            String fromEnv = environment.get(environmentName(key));
            if (fromEnv != null) {
                values.put(key, fromEnv.strip());
                origins.put(key, environmentName(key));
            }
        }
        return new Settings(values, origins);
    }

    /** The environment variable that overrides a key: {@code data.dir} becomes {@code COFFEECHAT_DATA_DIR}. */
    public static String environmentName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The raw value of a declared key. */
    public String raw(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no setting named " + key + " is declared in " + DEFAULTS);
        }
        return value;
    }

    /** Where a key's value came from: "default", a file path or an environment variable. */
    public String origin(String key) {
        return origins.getOrDefault(key, "default");
    }

    /** Every declared key. */
    public java.util.Set<String> keys() {
        return values.keySet();
    }

    private static Properties readDefaults() {
        try (InputStream in = Settings.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the classpath; the build is broken");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS, e);
        }
    }

    private static Properties readFile(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Properties read(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        return properties;
    }
}
