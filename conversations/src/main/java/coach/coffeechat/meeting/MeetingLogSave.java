package coach.coffeechat.meeting;

import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Cadence;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactFormatter;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.NewContact;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.user.UserRepository;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Saving a meeting log, all in the flow's one transaction: each suggested person becomes a lukewarm contact
 * referred by the person met (one the user knows already is linked, and referred by the person met when no one
 * else introduced them: {@link KnownSuggestions}; past the contact limit, the rest are only noted), the log is stored, and the contact moves to {@link Stage#MET}. The notes coach on: thank
 * within a day, tell the referrer how it went.
 */
final class MeetingLogSave {
    private final Texts texts;
    private final UserRepository users;
    private final ContactBook contacts;
    private final MeetingRepository meetings;
    private final MeetingFormatter format;
    private final ContactFormatter contactFormat;
    private final int maxContacts;

    MeetingLogSave(Texts texts, UserRepository users, ContactBook contacts, MeetingRepository meetings,
                   int maxContacts) {
        this.texts = texts;
        this.users = users;
        this.contacts = contacts;
        this.meetings = meetings;
        this.format = new MeetingFormatter(texts);
        this.contactFormat = new ContactFormatter(texts);
        this.maxContacts = maxContacts;
    }

    /** Saves the log of the meeting with {@code contact} and says what changed. */
    Completion save(StepContext context, Contact contact, MeetingLog draft, LocalDate today) {
        users.ensure(context.connection(), context.user(), context.now());
        SuggestedPeople.Sorted people = new SuggestedPeople(draft.suggested())
                .sortedAgainst(contacts.list(context.connection(), context.user()));
        List<Suggestion> linked = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        KnownSuggestions known = new KnownSuggestions(texts, contacts, contact);
        for (Suggestion person : draft.suggested()) {
            Optional<Contact> existing = people.existing(person);
            if (existing.isPresent()) {
                linked.add(person.linkedTo(existing.get().id()));
                known.suggested(context, existing.get());
            } else if (contacts.count(context.connection(), context.user()) >= maxContacts) {
                linked.add(person);
                skipped.add(person.name());
            } else {
                long id = contacts.add(context.connection(), new NewContact(context.user(), person.name(),
                        person.role(), person.organisation(), Warmth.LUKEWARM, Source.REFERRAL,
                        OptionalLong.of(contact.id()), contact.name(), "", ""), context.now());
                linked.add(person.linkedTo(id));
                added.add(person.name());
            }
        }
        MeetingLog log = draft.withSuggested(linked);
        meetings.add(context.connection(), log, context.now());

        List<String> notes = new ArrayList<>();
        notes.add(texts.get("meeting.log.saved", "name", contact.name(), "summary",
                format.summary(contact.name(), log)));
        if (!added.isEmpty()) {
            notes.add(texts.get(added.size() == 1 ? "meeting.log.added.one" : "meeting.log.added.many",
                    "names", format.names(added), "referrer", contact.name()));
        }
        notes.addAll(known.notes());
        if (!skipped.isEmpty()) {
            notes.add(texts.get("meeting.log.limit", "names", format.names(skipped), "max", maxContacts));
        }
        // A cadence chosen with the log is recorded before the contact moves to met, so the usual rhythm is not
        // planned for a contact who chose another.
        Optional<Cadence> cadence = Cadence.fromTyped(context.answer(MeetingFlows.CADENCE));
        cadence.ifPresent(chosen -> contacts.setCadence(context.connection(), context.user(), contact.id(), chosen,
                context.now()));
        if (contact.stage() != Stage.MET
                && contacts.moveStage(context.connection(), context.user(), contact.id(), Stage.MET, context.now())) {
            notes.add(texts.get("contact.stage.moved", "name", contact.name(), "from",
                    contactFormat.label(contact.stage()), "to", contactFormat.label(Stage.MET)));
        }
        cadence.ifPresent(chosen -> notes.add(chosen == Cadence.OFF
                ? texts.get("contact.cadence.off", "name", contact.name())
                : texts.get("meeting.log.cadence", "name", contact.name(), "days", chosen.id())));
        // Meeting them is touching them: a cadence counts from here.
        contacts.touched(context.connection(), context.user(), contact.id(), context.now());
        notes.add(thankYou(contact, log.metOn(), today));
        if (!contact.referrerName().isEmpty()) {
            notes.add(texts.get("meeting.log.tell-referrer", "name", contact.name(),
                    "referrer", contact.referrerName()));
        }
        return new Completion(notes, Map.of());
    }

    private String thankYou(Contact contact, LocalDate metOn, LocalDate today) {
        long days = ChronoUnit.DAYS.between(metOn, today);
        if (days <= 0) {
            return texts.get("meeting.log.thank-you.today", "name", contact.name());
        }
        if (days == 1) {
            return texts.get("meeting.log.thank-you.yesterday", "name", contact.name());
        }
        return texts.get("meeting.log.thank-you.late", "name", contact.name(), "days", days);
    }
}
