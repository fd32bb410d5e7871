package coach.coffeechat.config;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The typed, validated settings the bot runs with. Every value is checked when it is built, so a bad value
 * stops start-up with one line instead of failing later.
 *
 * @param dataDir where the embedded database and logs live ({@code data.dir})
 * @param databaseUrl a JDBC URL, or empty for the embedded H2 file under {@code dataDir} ({@code db.url})
 * @param databaseUser the database user ({@code db.user})
 * @param databasePassword the database password ({@code db.password}); never logged
 * @param poolSize the most open database connections ({@code db.pool-size})
 * @param sessionCacheSize the most sessions kept in memory ({@code sessions.cache-size})
 * @param maxAttempts failed answers before skip or cancel is offered ({@code flow.max-attempts})
 * @param idleTimeout how long an untouched flow waits before a reminder is due ({@code flow.idle-timeout})
 * @param defaultZone the time zone of users who have not set one ({@code user.default-time-zone})
 * @param matchThreshold how alike two names must be to count as the same person ({@code contacts.match-threshold})
 * @param maxContacts the most contacts one user may keep ({@code contacts.max-per-user})
 */
public record CoachConfig(Path dataDir, String databaseUrl, String databaseUser, String databasePassword,
                          int poolSize, int sessionCacheSize, int maxAttempts, Duration idleTimeout,
                          ZoneId defaultZone, double matchThreshold, int maxContacts) {

    /**
     * Reads and checks every setting.
     *
     * @throws ConfigException naming the first bad key, its value and what is allowed
     */
    public static CoachConfig from(Settings settings) {
        Reader read = new Reader(settings);
        return new CoachConfig(
                Path.of(read.text("data.dir", false)),
                read.text("db.url", true),
                read.text("db.user", true),
                read.text("db.password", true),
                read.integer("db.pool-size", 1, 200),
                read.integer("sessions.cache-size", 10, 10_000_000),
                read.integer("flow.max-attempts", 1, 10),
                read.duration("flow.idle-timeout", Duration.ofMinutes(1), Duration.ofDays(30)),
                read.zone("user.default-time-zone"),
                read.decimal("contacts.match-threshold", 0.5, 1.0),
                read.integer("contacts.max-per-user", 1, 100_000));
    }

    /** The JDBC URL to use: the configured one, or the embedded H2 file under the data directory. */
    public String jdbcUrl() {
        if (!databaseUrl.isEmpty()) {
            return databaseUrl;
        }
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("coffeechat") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    @Override
    public String toString() {
        return "CoachConfig[dataDir=" + dataDir + ", database=" + (databaseUrl.isEmpty() ? "embedded H2" : "external")
                + ", poolSize=" + poolSize + ", sessionCacheSize=" + sessionCacheSize + ", maxAttempts=" + maxAttempts
                + ", idleTimeout=" + idleTimeout + ", defaultZone=" + defaultZone + "]";
    }

    /** Parses raw values, turning every failure into one line naming key, value and what is allowed. */
    private record Reader(Settings settings) {

        String text(String key, boolean mayBeEmpty) {
            String value = settings.raw(key);
            if (value.isEmpty() && !mayBeEmpty) {
                throw bad(key, value, "a non-empty value");
            }
            return value;
        }

        int integer(String key, int min, int max) {
            String value = settings.raw(key);
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

        double decimal(String key, double min, double max) {
            String value = settings.raw(key);
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

        Duration duration(String key, Duration min, Duration max) {
            String value = settings.raw(key);
            try {
                Duration parsed = Duration.parse(value);
                if (parsed.compareTo(min) >= 0 && parsed.compareTo(max) <= 0) {
                    return parsed;
                }
            } catch (DateTimeParseException e) {
                // reported below with the allowed range
            }
            throw bad(key, value, "an ISO-8601 duration from " + min + " to " + max + ", such as PT24H");
        }

        ZoneId zone(String key) {
            String value = settings.raw(key);
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw bad(key, value, "an IANA time zone such as Europe/Berlin or America/New_York");
            }
        }

        private ConfigException bad(String key, String value, String allowed) {
            return new ConfigException("Setting " + key + " (" + settings.origin(key) + ") is '" + value
                    + "': expected " + allowed);
        }
    }
}
