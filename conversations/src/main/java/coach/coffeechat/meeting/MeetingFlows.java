package coach.coffeechat.meeting;

import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.ContactHandOff;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Minutes;
import coach.coffeechat.user.UserRepository;
import java.util.List;

/**
 * The meeting flows and the answers their commands set: {@code meeting-log} ({@link MeetingLogFlow}), saved by
 * {@link MeetingLogSave}.
 */
final class MeetingFlows {
    static final String LOG = "meeting-log";

    /** Answer key holding the name of the contact the command named (the {@link ContactHandOff} has its id). */
    static final String CONTACT_NAME = "contact-name";

    /** Answer key holding the stay-in-touch cadence the command chose ({@code every:}), or nothing. */
    static final String CADENCE = "cadence";

    /** How long a logged meeting may have taken, 15 minutes unless the user says otherwise. */
    static final Minutes.Range MINUTES_RANGE = new Minutes.Range(1, MeetingLog.MAX_MINUTES, 15);

    private final MeetingLogFlow log;

    MeetingFlows(Texts texts, UserRepository users, ContactBook contacts, MeetingRepository meetings,
                 int maxContacts) {
        this.log = new MeetingLogFlow(texts, users, contacts,
                new MeetingLogSave(texts, users, contacts, meetings, maxContacts), maxContacts);
    }

    List<Flow> all() {
        return List.of(log.flow());
    }
}
