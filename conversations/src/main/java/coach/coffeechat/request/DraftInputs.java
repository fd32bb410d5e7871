package coach.coffeechat.request;

import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.engine.Minutes;
import java.util.Objects;

/**
 * Everything a request draft is made from.
 *
 * @param format email, LinkedIn note or phone script
 * @param contactName the person asked
 * @param warmth how well the user knows them
 * @param source where the user knows them from, for the "how we're linked" line of a cold request
 * @param referrer who introduced them, or empty
 * @param why why the user chose this person ("you moved from teaching into research"), or empty
 * @param learn what the user wants to learn, as a phrase
 * @param summary the user's two or three lines about themself, or empty
 * @param sender the user's name, or empty
 * @param minutes the time asked for, 10 to 30
 * @param offerQuestions whether to offer to send the questions ahead
 * @param plan the user's LinkedIn plan, which limits a connection note's length
 */
public record DraftInputs(RequestFormat format, String contactName, Warmth warmth, Source source, String referrer,
                          String why, String learn, String summary, String sender, int minutes, boolean offerQuestions,
                          LinkedInPlan plan) {
    /** The shortest time a request may ask for. */
    public static final int MIN_MINUTES = 10;
    /** The longest time a request may ask for. */
    public static final int MAX_MINUTES = 30;
    /** The time asked for unless the user picks another. */
    public static final int DEFAULT_MINUTES = 15;
    /** The minutes a request may ask for, from the flow's choice and from {@code /draft minutes:}. */
    public static final Minutes.Range MINUTES = new Minutes.Range(MIN_MINUTES, MAX_MINUTES, DEFAULT_MINUTES);

    public DraftInputs {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(warmth, "warmth");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(referrer, "referrer");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(learn, "learn");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(plan, "plan");
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes must be " + MIN_MINUTES + " to " + MAX_MINUTES
                    + ", was " + minutes);
        }
    }

    /** Which template family fits. */
    public DraftVariant variant() {
        return DraftVariant.of(warmth, referrer);
    }
}
