package coach.coffeechat.followup;

import coach.coffeechat.engine.Identified;
import coach.coffeechat.engine.Identified.Matching;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** What a user can do with a follow-up prompt; each becomes a button on Discord and a numbered choice in the console. */
public enum FollowUpAction implements Identified {
    /** Did it. */
    DONE(null),
    /** Remind me tomorrow. */
    SNOOZE_DAY(Duration.ofDays(1)),
    /** Remind me in three days. */
    SNOOZE_3_DAYS(Duration.ofDays(3)),
    /** Remind me next week. */
    SNOOZE_WEEK(Duration.ofDays(7)),
    /** Not doing this one. */
    SKIP(null),
    /** Write the message for me to copy. */
    DRAFT(null);

    private final Duration snooze;

    FollowUpAction(Duration snooze) {
        this.snooze = snooze;
    }

    /** The id used in choices and button ids, such as {@code snooze-3-days}. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How long a snooze lasts, for the snooze actions. */
    public Optional<Duration> snooze() {
        return Optional.ofNullable(snooze);
    }

    /** The action with this id. */
    public static Optional<FollowUpAction> fromId(String id) {
        return Identified.fromId(FollowUpAction.class, id, Matching.EXACT);
    }
}
