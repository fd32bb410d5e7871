package coach.coffeechat.config;

import coach.coffeechat.store.EmbeddedH2File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The typed, validated settings the process and its engine run with. Every value is checked when it is built, so
 * a bad value stops start-up with one line instead of failing later; features read and check their own sections
 * of {@link #settings()} (see {@code Coach.checkSettings}).
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
 * @param shards which Discord shards this process runs ({@code discord.shards-total}, {@code discord.shards})
 * @param settings every setting as read, for the features to read their own sections from (such as
 *     {@code followup.*}); this record knows no feature
 */
public record CoachConfig(Path dataDir, String databaseUrl, String databaseUser, String databasePassword,
                          int poolSize, int sessionCacheSize, int maxAttempts, Duration idleTimeout,
                          ZoneId defaultZone, double matchThreshold, int maxContacts,
                          ShardPlan shards, Settings settings) {

    /**
     * Reads and checks every setting.
     *
     * @throws ConfigException naming the first bad key, its value and what is allowed
     */
    public static CoachConfig from(Settings settings) {
        SettingReader read = new SettingReader(settings);
        return new CoachConfig(
                dataDirectory(read),
                read.text("db.url", true),
                read.text("db.user", true),
                read.text("db.password", true),
                read.integer("db.pool-size", 1, 200),
                read.integer("sessions.cache-size", 10, 10_000_000),
                read.integer("flow.max-attempts", 1, 10),
                read.duration("flow.idle-timeout", Duration.ofMinutes(1), Duration.ofDays(30)),
                read.zone("user.default-time-zone"),
                read.decimal("contacts.match-threshold", 0.5, 1.0),
                read.integer("contacts.max-per-user", 1, 100_000),
                ShardPlan.from(read),
                settings);
    }

    /**
     * {@code data.dir}, refused when it holds a character H2 would read as part of the URL rather than of the path:
     * a {@code ;} starts an H2 setting ({@code ;INIT=} even runs SQL), and H2 file URLs have no quoting.
     */
    private static Path dataDirectory(SettingReader read) {
        String value = read.text("data.dir", false);
        if (value.indexOf(';') >= 0) {
            throw read.bad("data.dir", value, "a directory path without ';' (H2 would read what follows as a setting)");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw read.bad("data.dir", value, "a directory path this system accepts");
        }
    }

    /** The JDBC URL to use: the configured one, or the embedded H2 file under the data directory. */
    public String jdbcUrl() {
        if (!databaseUrl.isEmpty()) {
            return databaseUrl;
        }
        return EmbeddedH2File.jdbcUrl(dataDir);
    }

    @Override
    public String toString() {
        return "CoachConfig[dataDir=" + dataDir + ", database=" + (databaseUrl.isEmpty() ? "embedded H2" : "external")
                + ", poolSize=" + poolSize + ", sessionCacheSize=" + sessionCacheSize + ", maxAttempts=" + maxAttempts
                + ", idleTimeout=" + idleTimeout + ", defaultZone=" + defaultZone + "]";
    }
}
