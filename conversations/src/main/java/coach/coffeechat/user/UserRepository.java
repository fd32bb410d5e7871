package coach.coffeechat.user;

import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.engine.PersonalData;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Sql;
import coach.coffeechat.store.StoreException;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The users table: one row per person who has stored anything, with their own settings (time zone, quiet hours,
 * profile, LinkedIn plan) and the defaults for what they have not set. Every method works on the connection it is
 * given, so its reads and writes belong to the caller's transaction. Thread-safe.
 */
public final class UserRepository {
    private final ZoneId defaultZone;
    private final QuietHours defaultQuietHours;

    /**
     * @param defaultZone the zone given to users who have not chosen one ({@code user.default-time-zone})
     * @param defaultQuietHours the quiet hours of users who have not set their own ({@code followup.quiet-hours})
     */
    public UserRepository(ZoneId defaultZone, QuietHours defaultQuietHours) {
        this.defaultZone = defaultZone;
        this.defaultQuietHours = defaultQuietHours;
    }

    /** The user's row of settings and profile, for {@code /privacy forget}; deleting it takes all else with it. */
    public PersonalData personalData() {
        return PersonalData.ownedRows("settings", "users", "user_id");
    }

    /** Makes sure the user has a row, so their contacts can refer to it. Safe when two processes race. */
    public void ensure(Connection connection, UserId user, Instant now) {
        if (zone(connection, user).isPresent()) {
            return;
        }
        try {
            Sql.update(connection,
                    "INSERT INTO users (user_id, time_zone, created_at, updated_at) VALUES (?, ?, ?, ?)", s -> {
                        s.setString(1, user.value());
                        s.setString(2, defaultZone.getId());
                        Sql.setInstant(s, 3, now);
                        Sql.setInstant(s, 4, now);
                    });
        } catch (StoreException e) {
            if (!Sql.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    /** The user's chosen time zone, if they have a row. */
    public Optional<ZoneId> zone(Connection connection, UserId user) {
        return Sql.one(connection, "SELECT time_zone FROM users WHERE user_id = ?",
                s -> s.setString(1, user.value()), row -> ZoneId.of(row.getString(1)));
    }

    /** The zone to compute the user's local times in: theirs, or the configured default. */
    public ZoneId zoneOrDefault(Connection connection, UserId user) {
        return zone(connection, user).orElse(defaultZone);
    }

    /** Sets the user's time zone, creating their row when needed. */
    public void setZone(Connection connection, UserId user, ZoneId zone, Instant now) {
        ensure(connection, user, now);
        Sql.update(connection, "UPDATE users SET time_zone = ?, updated_at = ? WHERE user_id = ?", s -> {
            s.setString(1, zone.getId());
            Sql.setInstant(s, 2, now);
            s.setString(3, user.value());
        });
    }

    /** What the user told the bot about themself, for drafting requests. */
    public record Profile(String displayName, String summary) {
    }

    /** The user's profile; empty strings when they have not given one. */
    public Profile profile(Connection connection, UserId user) {
        return Sql.one(connection, "SELECT display_name, summary FROM users WHERE user_id = ?",
                s -> s.setString(1, user.value()), row -> new Profile(row.getString(1), row.getString(2)))
                .orElse(new Profile("", ""));
    }

    /** Remembers the user's name and summary, creating their row when needed. */
    public void saveProfile(Connection connection, UserId user, Profile profile, Instant now) {
        ensure(connection, user, now);
        Sql.update(connection, "UPDATE users SET display_name = ?, summary = ?, updated_at = ? WHERE user_id = ?", s -> {
            s.setString(1, profile.displayName());
            s.setString(2, profile.summary());
            Sql.setInstant(s, 3, now);
            s.setString(4, user.value());
        });
    }

    /** The user's LinkedIn plan, which sets how long a connection note may be. */
    public LinkedInPlan linkedInPlan(Connection connection, UserId user) {
        return Sql.one(connection, "SELECT linkedin_plan FROM users WHERE user_id = ?",
                s -> s.setString(1, user.value()), row -> row.getString(1))
                .flatMap(LinkedInPlan::fromId)
                .orElse(LinkedInPlan.FREE);
    }

    /** The user's own quiet hours, if they set any. */
    public Optional<QuietHours> quietHours(Connection connection, UserId user) {
        return Sql.one(connection, "SELECT quiet_hours_from, quiet_hours_to FROM users WHERE user_id = ?"
                + " AND quiet_hours_from IS NOT NULL AND quiet_hours_to IS NOT NULL",
                s -> s.setString(1, user.value()), row -> new QuietHours(
                        row.getObject(1, LocalTime.class), row.getObject(2, LocalTime.class)));
    }

    /** The quiet hours to keep for the user: their own, or the configured default. */
    public QuietHours quietHoursOrDefault(Connection connection, UserId user) {
        return quietHours(connection, user).orElse(defaultQuietHours);
    }

    /** The quiet hours of users who have not set their own. */
    public QuietHours defaultQuietHours() {
        return defaultQuietHours;
    }

    /** Sets the user's quiet hours, creating their row when needed. */
    public void setQuietHours(Connection connection, UserId user, QuietHours quiet,
                              Instant now) {
        ensure(connection, user, now);
        Sql.update(connection, "UPDATE users SET quiet_hours_from = ?, quiet_hours_to = ?, updated_at = ?"
                + " WHERE user_id = ?", s -> {
                    s.setObject(1, quiet.from());
                    s.setObject(2, quiet.to());
                    Sql.setInstant(s, 3, now);
                    s.setString(4, user.value());
                });
    }

    /** Sets the user's LinkedIn plan, creating their row when needed. */
    public void setLinkedInPlan(Connection connection, UserId user, LinkedInPlan plan,
                                Instant now) {
        ensure(connection, user, now);
        Sql.update(connection, "UPDATE users SET linkedin_plan = ?, updated_at = ? WHERE user_id = ?", s -> {
            s.setString(1, plan.id());
            Sql.setInstant(s, 2, now);
            s.setString(3, user.value());
        });
    }

    /** The language the user chose with {@code /settings language:}, a tag; empty for auto (follow Discord). */
    public Optional<String> language(Connection connection, UserId user) {
        return Sql.one(connection, "SELECT language FROM users WHERE user_id = ?",
                s -> s.setString(1, user.value()), row -> Optional.ofNullable(row.getString(1)))
                .flatMap(tag -> tag);
    }

    /** Sets the user's language (a tag), or auto when empty, creating their row when needed. */
    public void setLanguage(Connection connection, UserId user, Optional<String> tag, Instant now) {
        ensure(connection, user, now);
        Sql.update(connection, "UPDATE users SET language = ?, updated_at = ? WHERE user_id = ?", s -> {
            s.setString(1, tag.orElse(null));
            Sql.setInstant(s, 2, now);
            s.setString(3, user.value());
        });
    }

    /** The Discord locale of the user's latest interaction (such as {@code es-ES}), if one was seen. */
    public Optional<String> discordLocale(Connection connection, UserId user) {
        return Sql.one(connection, "SELECT discord_locale FROM users WHERE user_id = ?",
                s -> s.setString(1, user.value()), row -> Optional.ofNullable(row.getString(1)))
                .flatMap(locale -> locale);
    }

    /**
     * Remembers the Discord locale of the user's latest interaction, for the timer's prompts, when the user has a
     * row (someone who has stored nothing gets none for it) and it changed.
     */
    public void rememberDiscordLocale(Connection connection, UserId user, String locale) {
        Sql.update(connection, "UPDATE users SET discord_locale = ? WHERE user_id = ?"
                + " AND (discord_locale IS NULL OR discord_locale <> ?)", s -> {
                    s.setString(1, locale);
                    s.setString(2, user.value());
                    s.setString(3, locale);
                });
    }
}
