package coach.coffeechat.config;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads typed values from {@link Settings}, turning every failure into one line that names the key, where
 * the value came from, the value and what is allowed. Every feature's settings are read through it at start-up.
 */
public final class SettingReader {
    private static final Pattern BUSINESS_DAYS = Pattern.compile("^(\\d{1,3})\\s*business\\s*days?$");
    private static final Pattern TIME_RANGE = Pattern.compile("^(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})$");

    private final Settings settings;

    /** @param settings the raw settings */
    public SettingReader(Settings settings) {
        this.settings = settings;
    }

    /** A text value; empty only when allowed. */
    public String text(String key, boolean mayBeEmpty) {
        String value = settings.raw(key);
        if (value.isEmpty() && !mayBeEmpty) {
            throw bad(key, value, "a non-empty value");
        }
        return value;
    }

    /** A whole number in a range. */
    public int integer(String key, int min, int max) {
        return inRange(key, Integer::valueOf, min, max, "a whole number from " + min + " to " + max);
    }

    /** A decimal number in a range. */
    public double decimal(String key, double min, double max) {
        return inRange(key, Double::valueOf, min, max, "a number from " + min + " to " + max);
    }

    /** An ISO-8601 duration in a range. */
    public Duration duration(String key, Duration min, Duration max) {
        return inRange(key, Duration::parse, min, max,
                "an ISO-8601 duration from " + min + " to " + max + ", such as PT24H");
    }

    // One way to read a bounded value: what cannot be parsed and what is out of range get the same one-line error.
    private <T extends Comparable<T>> T inRange(String key, Function<String, T> parse, T min, T max, String allowed) {
        String value = settings.raw(key);
        try {
            T parsed = parse.apply(value);
            if (parsed.compareTo(min) >= 0 && parsed.compareTo(max) <= 0) {
                return parsed;
            }
        } catch (RuntimeException e) {
            // NumberFormatException or DateTimeParseException: reported below with what is allowed
        }
        throw bad(key, value, allowed);
    }

    /**
     * A delay: an ISO-8601 duration ({@code P10D}, {@code PT24H}) or a number of business days. A business day is
     * at least a calendar day, so business days are held to {@code max} in whole days.
     */
    public Delay delay(String key, Duration max) {
        String value = settings.raw(key);
        long maxBusinessDays = max.toDays();
        Matcher business = BUSINESS_DAYS.matcher(value.toLowerCase(Locale.ROOT));
        if (business.matches()) {
            int days = Integer.parseInt(business.group(1));
            if (days <= maxBusinessDays) {
                return new Delay(Duration.ZERO, days);
            }
        } else {
            try {
                Duration parsed = Duration.parse(value);
                if (!parsed.isNegative() && parsed.compareTo(max) <= 0) {
                    return new Delay(parsed, 0);
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw bad(key, value, "an ISO-8601 duration up to " + max + " (such as P10D or PT24H) or a number of"
                + " business days up to " + maxBusinessDays + " (such as " + Math.min(3, maxBusinessDays)
                + " business days)");
    }

    /** An IANA time zone. */
    public ZoneId zone(String key) {
        String value = settings.raw(key);
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw bad(key, value, "an IANA time zone such as Europe/Berlin or America/New_York");
        }
    }

    /** A range of local times such as {@code 21:00-08:00}; it may wrap past midnight. */
    public LocalTime[] timeRange(String key) {
        String value = settings.raw(key);
        Matcher range = TIME_RANGE.matcher(value);
        if (range.matches()) {
            try {
                return new LocalTime[] {parseTime(range.group(1)), parseTime(range.group(2))};
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw bad(key, value, "two times of day such as 21:00-08:00");
    }

    private static LocalTime parseTime(String text) {
        return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    }

    /** The one-line error for a key whose value is not allowed. */
    public ConfigException bad(String key, String value, String allowed) {
        return new ConfigException("Setting " + key + " (" + settings.origin(key) + ") is '" + value
                + "': expected " + allowed);
    }

    /**
     * How long to wait: a plain duration, or a number of business days in the user's zone.
     *
     * @param duration the plain part
     * @param businessDays business days to add, skipping weekends
     */
    public record Delay(Duration duration, int businessDays) {
    }
}
