package coach.coffeechat.followup;

import coach.coffeechat.config.DateShape;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.BookedMeeting;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.ContactLookup;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.engine.Attachment;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.TypedWords;
import coach.coffeechat.engine.WhenReader;
import coach.coffeechat.questions.QuestionList;
import coach.coffeechat.questions.SavedQuestions;
import coach.coffeechat.user.UserRepository;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Booking, moving and cancelling a meeting: {@code /meeting schedule contact: when: [format:]} and
 * {@code /meeting cancel contact:}. Each answer carries the calendar file ({@link MeetingInvite}): the first
 * booking a new event, booking again while a meeting is still ahead moves that one (same UID, SEQUENCE one more),
 * and a cancellation a METHOD:CANCEL of it. The prep prompt before the meeting follows it. Thread-safe.
 */
final class MeetingBooking {
    static final List<String> FORMATS = List.of("in-person", "phone", "video");
    /** How long a meeting lasts in its invite when no question list says how long it was prepared for. */
    static final int DEFAULT_MINUTES = 15;

    private final Texts texts;
    private final UserRepository users;
    private final ContactBook contacts;
    private final ContactLookup lookup;
    private final FollowUpPlanner planner;
    private final SavedQuestions questions;
    private final MeetingInvite invite;

    MeetingBooking(Texts texts, UserRepository users, ContactBook contacts, ContactLookup lookup,
                   FollowUpPlanner planner, SavedQuestions questions) {
        this.texts = texts;
        this.users = users;
        this.contacts = contacts;
        this.lookup = lookup;
        this.planner = planner;
        this.questions = questions;
        this.invite = new MeetingInvite(texts);
    }

    /** {@code /meeting schedule}: books (or moves) the meeting and answers with its invite. */
    CommandHandler.Result schedule(Input.Command command, StepContext context) {
        return lookup.find(command, context).ifFound(found -> schedule(command, found, context));
    }

    /** {@code /meeting cancel}: cancels the meeting booked with the contact and answers with the cancellation. */
    CommandHandler.Result cancel(Input.Command command, StepContext context) {
        return lookup.find(command, context).ifFound(found -> cancel(found, context));
    }

    private CommandHandler.Result schedule(Input.Command command, ContactLookup.Found found, StepContext context) {
        Contact contact = found.contact();
        ZoneId zone = users.zoneOrDefault(context.connection(), context.user());
        LocalDateTime localNow = LocalDateTime.ofInstant(context.now(), zone);
        Optional<LocalDateTime> when = WhenReader.dateTime(new TypedWords(texts), command.option("when"),
                localNow);
        if (when.isEmpty()) {
            return CommandHandler.respond(texts.get("followup.schedule.unreadable", "typed", command.option("when")));
        }
        Instant meetingAt = FollowUpCalendar.toInstant(when.get(), zone);
        if (!meetingAt.isAfter(context.now())) {
            return CommandHandler.respond(texts.get("followup.schedule.past", "when",
                    DateShape.LONG_DAY_TIME.format(texts, when.get())));
        }
        String format = command.option("format").isEmpty() ? "" : command.option("format").toLowerCase(Locale.ROOT);
        if (!format.isEmpty() && !FORMATS.contains(format)) {
            return CommandHandler.respond(texts.get("followup.schedule.format", "typed", command.option("format")));
        }
        Optional<BookedMeeting> ahead = booked(context, contact);
        BookedMeeting booking = ahead.filter(meeting -> !meeting.uid().isEmpty())
                .map(meeting -> new BookedMeeting(meetingAt, format, meeting.uid(), meeting.sequence() + 1))
                .orElseGet(() -> new BookedMeeting(meetingAt, format, UUID.randomUUID() + "@coffeechat.coach", 0));
        contacts.bookMeeting(context.connection(), context.user(), contact.id(), booking);
        if (contact.stage() != Stage.MEETING_SCHEDULED) {
            contacts.moveStage(context.connection(), context.user(), contact.id(), Stage.MEETING_SCHEDULED,
                    context.now());
        }
        planner.meetingScheduled(context.connection(), contact, meetingAt, context.now());
        List<String> notes = new ArrayList<>(found.notes());
        notes.add(format.isEmpty()
                ? texts.get("followup.schedule.booked.open-format", "name", contact.name(),
                        "when", DateShape.LONG_DAY_TIME.format(texts, when.get()), "zone", zone.getId())
                : texts.get("followup.schedule.booked", "name", contact.name(), "when",
                        DateShape.LONG_DAY_TIME.format(texts, when.get()),
                        "zone", zone.getId(), "format", texts.get("followup.meeting-format." + format)));
        notes.add(ahead.isPresent() && booking.sequence() > 0
                ? texts.get("followup.schedule.moved", "before",
                        DateShape.LONG_DAY_TIME.format(texts, ahead.get().at().atZone(zone)))
                : texts.get("followup.schedule.invite"));
        Attachment file = invite.request(details(context, contact, booking, zone), context.now());
        return new CommandHandler.Respond(notes, List.of(file));
    }

    private CommandHandler.Result cancel(ContactLookup.Found found, StepContext context) {
        Contact contact = found.contact();
        Optional<BookedMeeting> ahead = booked(context, contact);
        List<String> notes = new ArrayList<>(found.notes());
        if (ahead.isEmpty()) {
            notes.add(texts.get("followup.cancel.none", "name", contact.name()));
            return new CommandHandler.Respond(notes);
        }
        ZoneId zone = users.zoneOrDefault(context.connection(), context.user());
        BookedMeeting meeting = ahead.get();
        contacts.clearMeeting(context.connection(), context.user(), contact.id());
        planner.meetingCancelled(context.connection(), contact, context.now());
        if (contact.stage() == Stage.MEETING_SCHEDULED) {
            contacts.moveStage(context.connection(), context.user(), contact.id(), Stage.REPLIED, context.now());
        }
        String when = DateShape.LONG_DAY_TIME.format(texts, meeting.at().atZone(zone));
        if (meeting.uid().isEmpty()) {
            // Booked before invites were sent: there is no event to take back.
            notes.add(texts.get("followup.cancel.done.no-invite", "name", contact.name(), "when", when));
            return new CommandHandler.Respond(notes);
        }
        notes.add(texts.get("followup.cancel.done", "name", contact.name(), "when", when));
        BookedMeeting cancelled = new BookedMeeting(meeting.at(), meeting.format(), meeting.uid(),
                meeting.sequence() + 1);
        return new CommandHandler.Respond(notes,
                List.of(invite.cancel(details(context, contact, cancelled, zone), context.now())));
    }

    /** The meeting booked with the contact that is still ahead, if any. */
    private Optional<BookedMeeting> booked(StepContext context, Contact contact) {
        return contacts.bookedMeeting(context.connection(), context.user(), contact.id())
                .filter(meeting -> meeting.at().isAfter(context.now()));
    }

    private MeetingInvite.Details details(StepContext context, Contact contact, BookedMeeting booking, ZoneId zone) {
        Optional<QuestionList> list = questions.find(context.connection(), context.user(), contact.id());
        int minutes = list.map(QuestionList::minutes).filter(m -> m > 0).orElse(DEFAULT_MINUTES);
        return new MeetingInvite.Details(booking.uid(), booking.sequence(), booking.at(), minutes, zone,
                contact.name(), booking.format(), list.map(QuestionList::questions).orElse(List.of()));
    }
}
