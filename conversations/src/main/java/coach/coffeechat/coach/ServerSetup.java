package coach.coffeechat.coach;

import coach.coffeechat.config.Language;
import coach.coffeechat.config.Languages;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How a coach set up one server: who the coaches are, where and when the weekly digest goes, and the cohort's
 * defaults for its members.
 *
 * @param serverId the guild id, or {@code console:} and the simulated server's name
 * @param name the server's name as shown
 * @param coachRole the coach role (a role id on Discord, a name in the console), or empty
 * @param channel the digest's channel (a channel id on Discord, a name in the console), or empty for no digest
 * @param digestDay the day of the week the digest goes out
 * @param digestTime the local time it goes out at
 * @param zone the server's time zone
 * @param pingRole whether the digest pings the coach role
 * @param meetingMinutes the cohort's usual meeting length
 * @param reminderDays days after a request with no reply before the polite reminder
 * @param challengeRole a role that may start challenges besides the coaches and managers, or empty
 * @param language the tag of the language its channel posts are written in (such as {@code es}), or empty for
 *                 English
 */
record ServerSetup(String serverId, String name, String coachRole, String channel, DayOfWeek digestDay,
                   LocalTime digestTime, ZoneId zone, boolean pingRole, int meetingMinutes, int reminderDays,
                   String challengeRole, String language) {
    /** The shortest and longest meeting a cohort may set as its usual length. */
    static final int MIN_MINUTES = 10;
    static final int MAX_MINUTES = 120;
    /** The fewest and most days before a polite reminder a cohort may set. */
    static final int MIN_REMINDER_DAYS = 3;
    static final int MAX_REMINDER_DAYS = 60;

    ServerSetup {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(coachRole, "coachRole");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(digestDay, "digestDay");
        Objects.requireNonNull(digestTime, "digestTime");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(challengeRole, "challengeRole");
        Objects.requireNonNull(language, "language");
    }

    /** A server's first setup: Monday 09:00 in {@code zone}, 20-minute meetings, a reminder after 10 days. */
    static ServerSetup fresh(String serverId, String name, ZoneId zone) {
        return new ServerSetup(serverId, name, "", "", DayOfWeek.MONDAY, LocalTime.of(9, 0), zone, false, 20, 10,
                "", "");
    }

    /** The language its channel posts are written in: the one set, English if none is (or it is no longer known). */
    Language speaks(Languages languages) {
        return language.isEmpty() ? Language.ENGLISH : languages.find(language).orElse(Language.ENGLISH);
    }
}
