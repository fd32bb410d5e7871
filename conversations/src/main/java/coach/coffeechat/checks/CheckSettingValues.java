package coach.coffeechat.checks;

import coach.coffeechat.config.ConfigException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The raw check settings being read, and where each came from (the shipped {@link CheckRules#RESOURCE} or an
 * override file): typed reads that turn every bad value into one line naming the key, its origin and what is
 * allowed, and a last look that the shipped file defines no key that nothing reads. One per load; not thread-safe.
 */
final class CheckSettingValues {
    private final Map<String, String> raw;
    private final Map<String, String> origins;
    private final Set<String> read = new HashSet<>();

    CheckSettingValues(Map<String, String> raw, Map<String, String> origins) {
        this.raw = raw;
        this.origins = origins;
    }

    private String raw(String key) {
        String value = raw.get(key);
        if (value == null) {
            throw new IllegalStateException(CheckRules.RESOURCE + " does not define " + key + "; the build is broken");
        }
        read.add(key);
        return value;
    }

    /** A whole number from {@code min} to {@code max}. */
    int whole(String key, int min, int max) {
        String value = raw(key);
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw bad(key, value, "a whole number from " + min + " to " + max);
    }

    /** A number from {@code min} to {@code max}. */
    double decimal(String key, double min, double max) {
        String value = raw(key);
        try {
            double parsed = Double.parseDouble(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw bad(key, value, "a number from " + min + " to " + max);
    }

    /** A comma-separated list, each entry stripped, its spaces collapsed and lower-cased; empty entries dropped. */
    List<String> list(String key) {
        String value = raw(key);
        List<String> entries = new ArrayList<>();
        for (String entry : value.split(",")) {
            String trimmed = entry.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (!trimmed.isEmpty()) {
                entries.add(trimmed);
            }
        }
        return entries;
    }

    /** A list of single words, prepared as {@link Prose} compares them. */
    Set<String> words(String key) {
        return Set.copyOf(wordList(key));
    }

    /**
     * A list of single words, prepared as {@link Prose} compares them, in the order written: a pattern tries them in
     * that order, so the most frequent first costs the fewest reads.
     */
    List<String> wordList(String key) {
        List<String> entries = list(key);
        for (String entry : entries) {
            if (!entry.matches("[\\p{L}\\p{N}'-]+")) {
                throw new ConfigException("Check setting " + key + " (" + origin(key) + ") has the entry '" + entry
                        + "': expected single words separated by commas");
            }
        }
        return entries.stream().map(Prose::prepare).distinct().toList();
    }

    /** A list of phrases compiled with the {@code {job}}, {@code {i}} and {@code {org}} placeholders. */
    Phrases phrases(String key, PhrasePlaceholders placeholders) {
        List<String> entries = list(key);
        try {
            return Phrases.compile(key, entries, placeholders);
        } catch (ConfigException e) {
            throw new ConfigException(e.getMessage() + " (" + origin(key) + ")");
        }
    }

    /** The one-line error for a value that cannot be used. */
    ConfigException bad(String key, String value, String allowed) {
        return new ConfigException("Check setting " + key + " (" + origin(key) + ") is '" + value
                + "': expected " + allowed);
    }

    private String origin(String key) {
        return origins.getOrDefault(key, "the shipped " + CheckRules.RESOURCE);
    }

    /** Fails when the shipped file defines a key that nothing read: a rule was renamed or removed. */
    void requireAllRead() {
        Set<String> unread = new TreeSet<>(raw.keySet());
        unread.removeAll(read);
        if (!unread.isEmpty()) {
            throw new IllegalStateException(CheckRules.RESOURCE + " defines keys no check reads: " + unread);
        }
    }
}
