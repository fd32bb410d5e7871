package coach.coffeechat.followup;

import coach.coffeechat.config.SettingReader.Delay;
import coach.coffeechat.config.SettingReader;
import coach.coffeechat.config.Settings;
import coach.coffeechat.user.QuietHours;
import java.time.Duration;
import java.time.LocalTime;

/**
 * The timer's cadence and mechanics, read from {@code followup.*} in {@code coach.properties}.
 *
 * @param pollInterval how often the timer looks for due prompts
 * @param lease how long a claimed prompt is reserved for delivery; renewed just before each prompt is sent, so it must
 *     outlast one delivery (a DM gives up after 10 seconds): at least a minute
 * @param batchSize the most prompts claimed in one go
 * @param maxAttempts failed deliveries before a prompt waits for the user's next interaction
 * @param quietHours quiet hours for users who have not set their own
 * @param thankYouAfter from logging a meeting to the thank-you prompt
 * @param secondPersonAfter from a sent request to suggesting a second person
 * @param reminderAfter from a sent request to the polite reminder
 * @param moveOnAfter from the reminder to suggesting moving on
 * @param prepBefore how long before a scheduled meeting the prep prompt comes
 * @param reportBackAfter from meeting a suggested person to telling the referrer how it went
 * @param stayInTouchEvery the stay-in-touch cadence
 * @param stayInTouchMaxPerYear the most stay-in-touch prompts for one contact in any 365 days
 */
public record FollowUpSettings(Duration pollInterval, Duration lease, int batchSize, int maxAttempts,
                               QuietHours quietHours, Delay thankYouAfter, Delay secondPersonAfter,
                               Delay reminderAfter, Delay moveOnAfter, Duration prepBefore, Delay reportBackAfter,
                               Duration stayInTouchEvery, int stayInTouchMaxPerYear) {

    /**
     * Reads and checks the settings.
     *
     * @throws coach.coffeechat.config.ConfigException naming the first bad key
     */
    public static FollowUpSettings from(Settings settings) {
        SettingReader read = new SettingReader(settings);
        LocalTime[] quiet = read.timeRange("followup.quiet-hours");
        return new FollowUpSettings(
                read.duration("followup.poll-interval", Duration.ofSeconds(1), Duration.ofHours(1)),
                read.duration("followup.lease", Duration.ofMinutes(1), Duration.ofHours(1)),
                read.integer("followup.batch-size", 1, 5000),
                read.integer("followup.max-attempts", 1, 50),
                new QuietHours(quiet[0], quiet[1]),
                read.delay("followup.thank-you-after", Duration.ofDays(2)),
                read.delay("followup.second-person-after", Duration.ofDays(30)),
                read.delay("followup.no-reply-reminder-after", Duration.ofDays(60)),
                read.delay("followup.move-on-after", Duration.ofDays(60)),
                read.duration("followup.meeting-prep-before", Duration.ofHours(1), Duration.ofDays(7)),
                read.delay("followup.report-back-after", Duration.ofDays(60)),
                read.duration("followup.stay-in-touch-every", Duration.ofDays(7), Duration.ofDays(365)),
                read.integer("followup.stay-in-touch-max-per-year", 1, 12));
    }
}
