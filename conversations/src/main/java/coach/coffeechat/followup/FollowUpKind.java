package coach.coffeechat.followup;

import coach.coffeechat.engine.Identified;
import coach.coffeechat.engine.Identified.Matching;
import java.util.Locale;
import java.util.Optional;

/** What a follow-up prompt is about. Each kind has its own cadence and its own wording. */
public enum FollowUpKind implements Identified {
    /** Send thanks within a day of meeting someone. */
    THANK_YOU,
    /** No reply after a few business days: try a second person at the same organisation. */
    SECOND_PERSON,
    /** No reply after about ten days: one short, polite reminder. */
    NO_REPLY_REMINDER,
    /** Still silent after the reminder: time to move on, kindly. */
    MOVE_ON,
    /** The day before a scheduled meeting: the questions and the checklist. */
    MEETING_PREP,
    /** A week or two after meeting someone a contact suggested: tell that contact how it went. */
    REPORT_BACK,
    /** Every few months while interested: keep in touch. */
    STAY_IN_TOUCH,
    /** A flow left open for a day: one reminder to finish it. */
    UNFINISHED_FLOW;

    /** The id stored and shown, such as {@code thank-you}. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind with this id. */
    public static Optional<FollowUpKind> fromId(String id) {
        return Identified.fromId(FollowUpKind.class, id, Matching.EXACT);
    }
}
