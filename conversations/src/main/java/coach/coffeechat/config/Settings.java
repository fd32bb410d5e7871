package coach.coffeechat.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The raw settings in force, layered: the defaults shipped in {@code config/coach.properties}, then an optional
 * directory's {@code coach.properties}, then environment variables ({@code a.b-c} is overridden by
 * {@code COFFEECHAT_A_B_C}). Only keys the defaults declare are accepted, so a typo fails fast; a
 * {@code COFFEECHAT_*} variable that names no key cannot fail (the environment holds much else), so it is
 * reported by {@link #unknownVariables} for a warning.
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
    public Set<String> keys() {
        return values.keySet();
    }

    /**
     * One warning line for each {@code COFFEECHAT_*} variable in the environment that overrides no key and is not
     * one of {@code otherVariables}: it is ignored, and the line names the known variable closest to it (with its
     * key). Values are never shown: a mistyped name may hold a password.
     *
     * @param environment the process environment (or a test's map)
     * @param otherVariables the {@code COFFEECHAT_*} variables that are read but are not settings
     */
    public List<String> unknownVariables(Map<String, String> environment, Collection<String> otherVariables) {
        Map<String, String> keyOf = new TreeMap<>();
        keys().forEach(key -> keyOf.put(environmentName(key), key));
        Set<String> known = new TreeSet<>(keyOf.keySet());
        known.addAll(otherVariables);
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        List<String> warnings = new ArrayList<>();
        for (String name : new TreeSet<>(environment.keySet())) {
            if (!name.startsWith(ENV_PREFIX) || known.contains(name)) {
                continue;
            }
            String closest = known.stream().min(Comparator.comparingInt(other -> distance.apply(name, other)))
                    .orElseThrow();
            String key = keyOf.containsKey(closest) ? " (" + keyOf.get(closest) + ")" : "";
            warnings.add(name + " is not a setting and is ignored; did you mean " + closest + key + "?");
        }
        return warnings;
    }
}
