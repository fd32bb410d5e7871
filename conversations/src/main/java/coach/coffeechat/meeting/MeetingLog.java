package coach.coffeechat.meeting;

import coach.coffeechat.engine.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An informational meeting as the user logged it.
 *
 * @param owner whose log this is
 * @param contactId the contact they met
 * @param metOn the day they met, in the user's time zone
 * @param format in person, phone or video
 * @param minutes how long it took, 1 to 240
 * @param learned what the user learned
 * @param advice notable advice, or empty
 * @param suggested the people the contact suggested, in the order typed
 * @param promised what the user promised to do, or empty
 * @param interest whether the user is still interested in the field or organisation
 * @param stayInTouch the best way to stay in touch, or empty
 */
public record MeetingLog(UserId owner, long contactId, LocalDate metOn, MeetingFormat format, int minutes,
                         String learned, String advice, List<Suggestion> suggested, String promised,
                         Interest interest, String stayInTouch) {

    /** The longest meeting that can be logged, in minutes. */
    public static final int MAX_MINUTES = 240;

    public MeetingLog {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(metOn, "metOn");
        Objects.requireNonNull(format, "format");
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes must be 1 to " + MAX_MINUTES + ", was " + minutes);
        }
        Objects.requireNonNull(learned, "learned");
        Objects.requireNonNull(advice, "advice");
        suggested = List.copyOf(suggested);
        Objects.requireNonNull(promised, "promised");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(stayInTouch, "stayInTouch");
    }

    /** The same log with other suggestions, such as the ones linked to contacts. */
    public MeetingLog withSuggested(List<Suggestion> people) {
        return new MeetingLog(owner, contactId, metOn, format, minutes, learned, advice, people, promised, interest,
                stayInTouch);
    }
}
