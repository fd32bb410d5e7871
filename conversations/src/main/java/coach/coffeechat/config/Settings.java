package coach.coffeechat.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The raw settings in force, layered: the defaults shipped in {@code config/coach.properties}, then an optional
 * directory's {@code coach.properties}, then environment variables ({@code a.b-c} is overridden by
 * {@code COFFEECHAT_A_B_C}). Only keys the defaults declare are accepted, so a typo fails fast.
 */
public final class Settings {
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
        LayeredProperties files = LayeredProperties.load("coach.properties", "default", "Setting", overrideDir);
        Map<String, String> values = new TreeMap<>(files.values());
        Map<String, String> origins = new TreeMap<>(files.origins());
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
            throw new IllegalArgumentException("no setting named " + key + " is declared in config/coach.properties");
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
}
