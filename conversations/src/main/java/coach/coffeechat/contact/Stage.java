package coach.coffeechat.contact;

import coach.coffeechat.engine.Identified;
import coach.coffeechat.engine.Identified.Matching;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a contact stands in the outreach lifecycle. Stage changes are what the follow-up timer schedules and
 * cancels prompts on.
 */
public enum Stage implements Identified {
    /** Picked as someone to talk to. */
    IDENTIFIED,
    /** A request is drafted but not sent. */
    REQUEST_DRAFTED,
    /** The request is sent; waiting for a reply. */
    REQUEST_SENT,
    /** They answered; a time is being found. */
    REPLIED,
    /** A meeting is agreed. */
    MEETING_SCHEDULED,
    /** The conversation happened. */
    MET,
    /** A thank-you went out. */
    THANKED,
    /** Keeping in touch every few months. */
    STAYING_IN_TOUCH,
    /** No further outreach planned. */
    CLOSED;

    /** The stable id stored and typed, such as {@code request-sent}. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The stage with this id; spaces and underscores are accepted for dashes. */
    public static Optional<Stage> fromId(String id) {
        return Identified.fromId(Stage.class, id, Matching.LOWER_CASE_DASHES);
    }
}
