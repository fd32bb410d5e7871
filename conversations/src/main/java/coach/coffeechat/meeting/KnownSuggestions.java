package coach.coffeechat.meeting;

import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.ContactMatcher;
import coach.coffeechat.engine.StepContext;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The people a meeting's contact suggested who are already the user's contacts, as a meeting log is saved: one
 * with no referrer is now referred by the person met; one already referred by them is only mentioned; one
 * introduced by someone else keeps that referrer, and the user is told so. The notes say which is which.
 */
final class KnownSuggestions {
    private final Texts texts;
    private final ContactBook contacts;
    private final MeetingFormatter format;
    private final Contact met;
    private final List<String> referredNow = new ArrayList<>();
    private final List<String> referredBefore = new ArrayList<>();
    private final List<String> otherReferrers = new ArrayList<>();

    /** @param met the contact the meeting was with, who made the suggestions */
    KnownSuggestions(Texts texts, ContactBook contacts, Contact met) {
        this.texts = texts;
        this.contacts = contacts;
        this.format = new MeetingFormatter(texts);
        this.met = met;
    }

    /** Records that the person met suggested {@code known}, one of the user's contacts, in the transaction. */
    void suggested(StepContext context, Contact known) {
        if (known.id() == met.id()) {
            return;
        }
        boolean byIdOfMet = known.referrerId().isPresent() && known.referrerId().getAsLong() == met.id();
        boolean byNameOfMet = known.referrerId().isEmpty() && !known.referrerName().isBlank()
                && ContactMatcher.sameName(known.referrerName(), met.name());
        if (byIdOfMet || byNameOfMet) {
            if (byNameOfMet) {
                link(context, known);
            }
            referredBefore.add(known.name());
        } else if (known.referrerId().isEmpty() && known.referrerName().isBlank()) {
            link(context, known);
            referredNow.add(known.name());
        } else {
            otherReferrers.add(texts.get("meeting.log.existing.other-referrer", "name", known.name(),
                    "other", known.referrerName(), "referrer", met.name()));
        }
    }

    private void link(StepContext context, Contact known) {
        contacts.setReferrer(context.connection(), context.user(), known.id(), OptionalLong.of(met.id()), met.name());
    }

    /** What to tell the user about the contacts suggested so far. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (!referredNow.isEmpty()) {
            notes.add(texts.get(referredNow.size() == 1 ? "meeting.log.existing.referred.one"
                    : "meeting.log.existing.referred.many", "names", format.names(referredNow),
                    "referrer", met.name()));
        }
        if (!referredBefore.isEmpty()) {
            notes.add(texts.get(referredBefore.size() == 1 ? "meeting.log.existing.same.one"
                    : "meeting.log.existing.same.many", "names", format.names(referredBefore),
                    "referrer", met.name()));
        }
        notes.addAll(otherReferrers);
        return notes;
    }
}
