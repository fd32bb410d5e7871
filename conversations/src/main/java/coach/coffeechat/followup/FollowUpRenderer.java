package coach.coffeechat.followup;

import coach.coffeechat.config.DateShape;
import coach.coffeechat.config.TemplateFiles;
import coach.coffeechat.config.Texts;
import coach.coffeechat.config.Wording;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.meeting.MeetingHistory;
import coach.coffeechat.meeting.MeetingLog;
import coach.coffeechat.questions.QuestionList;
import coach.coffeechat.questions.SavedQuestions;
import coach.coffeechat.user.UserRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Words a due follow-up for its user, from what is known now (the contact, the meeting they logged, the
 * question list, the referrer), and drafts the message behind "Draft it". A follow-up that stopped making
 * sense (the contact was closed, or the user is no longer interested) renders as nothing and is dropped.
 * Thread-safe.
 */
final class FollowUpRenderer {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final List<String> DRAFTS = FollowUpDrafts.FILES;
    private static final List<FollowUpAction> ALL = List.of(FollowUpAction.DONE, FollowUpAction.SNOOZE_DAY,
            FollowUpAction.SNOOZE_3_DAYS, FollowUpAction.SNOOZE_WEEK, FollowUpAction.SKIP);

    private final Texts texts;
    private final TemplateFiles drafts;
    private final UserRepository users;
    private final ContactBook contacts;
    private final MeetingHistory meetings;
    private final SavedQuestions questions;
    private final MeetingLines meetingLines;
    private final Snoozes snoozes;
    private final Cohorts cohorts;

    /**
     * @param texts the messages
     * @param overrideDir the {@code --config} directory, for reworded draft templates
     * @param users the users table
     * @param contacts the contacts the prompts are about
     * @param meetings the meetings logged, for what was learned and whether the user is still interested
     * @param questions the question lists saved, for the prep before a meeting
     * @param cohorts the drafts a coach wrote for the server a contact's request belongs to
     */
    FollowUpRenderer(Texts texts, Optional<Path> overrideDir, UserRepository users, ContactBook contacts,
                     MeetingHistory meetings, SavedQuestions questions, Cohorts cohorts) {
        this.texts = texts;
        this.cohorts = cohorts;
        this.drafts = TemplateFiles.load("followups", DRAFTS, overrideDir);
        this.users = users;
        this.contacts = contacts;
        this.meetings = meetings;
        this.questions = questions;
        this.meetingLines = new MeetingLines(texts);
        this.snoozes = new Snoozes(users, contacts);
    }

    /**
     * The prompt to show, or empty when the follow-up no longer makes sense.
     *
     * @param now when it is shown: a prep prompt offers no snooze that would bring it back after the meeting
     * @param openFlowTitle the title of the flow the user has open, asked only for a reminder of an unfinished
     *     flow (the engine knows it, from the timer's {@code IdleFlows} or a step's context)
     */
    Optional<FollowUpPrompt> render(Connection connection, FollowUp followUp, Instant now,
                                    Supplier<Optional<String>> openFlowTitle) {
        if (followUp.kind() == FollowUpKind.UNFINISHED_FLOW) {
            String title = openFlowTitle.get().orElseGet(() -> texts.get("followup.unfinished-flow.unknown"));
            return Optional.of(prompt(followUp, texts.get("followup.unfinished-flow", "flow", title),
                    List.of(FollowUpAction.DONE, FollowUpAction.SKIP)));
        }
        Optional<Contact> found = followUp.contactId().isPresent()
                ? contacts.find(connection, followUp.owner(), followUp.contactId().getAsLong()) : Optional.empty();
        if (found.isEmpty() || found.get().stage() == Stage.CLOSED) {
            return Optional.empty();
        }
        Contact contact = found.get();
        String name = contact.name();
        switch (followUp.kind()) {
            case THANK_YOU:
                return Optional.of(prompt(followUp, texts.get(interested(connection, contact)
                        ? "followup.thank-you.interested" : "followup.thank-you.brief", "name", name), withDraft()));
            case SECOND_PERSON:
                List<String> others = othersAt(connection, contact);
                if (others.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(prompt(followUp, texts.get("followup.second-person", "name", name,
                        "organisation", contact.organisation(), "others", String.join(", ", others)), ALL));
            case NO_REPLY_REMINDER:
                return Optional.of(prompt(followUp, texts.get("followup.no-reply-reminder", "name", name), withDraft()));
            case MOVE_ON:
                return Optional.of(prompt(followUp, texts.get("followup.move-on", "name", name), ALL));
            case MEETING_PREP:
                return Optional.of(meetingPrep(connection, followUp, contact, now));
            case REPORT_BACK:
                String referrer = contact.referrerName().isEmpty() ? "" : contact.referrerName();
                if (referrer.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(prompt(followUp, texts.get("followup.report-back", "name", name,
                        "referrer", referrer), withDraft()));
            case STAY_IN_TOUCH:
                OptionalInt every = contacts.touch(connection, contact.owner(), contact.id()).cadence().days();
                if (every.isPresent()) {
                    // A rhythm the user chose for this contact holds whatever the last meeting log said.
                    return Optional.of(prompt(followUp, texts.get("followup.stay-in-touch.every", "name", name,
                            "days", every.getAsInt()), withDraft()));
                }
                if (!interested(connection, contact)) {
                    return Optional.empty();
                }
                return Optional.of(prompt(followUp, texts.get("followup.stay-in-touch", "name", name), withDraft()));
            default:
                return Optional.empty();
        }
    }

    /** The message behind "Draft it", if this kind has one. */
    Optional<String> draft(Connection connection, FollowUp followUp) {
        if (followUp.contactId().isEmpty()) {
            return Optional.empty();
        }
        Optional<Contact> found = contacts.find(connection, followUp.owner(), followUp.contactId().getAsLong());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Contact contact = found.get();
        Map<String, String> values = new HashMap<>();
        String sender = users.profile(connection, followUp.owner()).displayName();
        values.put("sender", sender.isBlank() ? texts.get("followup.draft.sender-missing") : sender);
        values.put("learned", learnedLine(connection, contact));
        switch (followUp.kind()) {
            case THANK_YOU:
                values.putAll(meetingLines.of(latestMeeting(connection, contact)));
                values.put("first", Wording.firstName(contact.name()));
                return Optional.of(fill(connection, contact, interested(connection, contact)
                        ? "thank-you-interested.txt" : "thank-you-brief.txt", values));
            case NO_REPLY_REMINDER:
                values.put("first", Wording.firstName(contact.name()));
                values.put("referrer", contact.referrerName().isBlank() ? ""
                        : texts.get("followup.draft.reminder.referrer", "referrer", contact.referrerName().strip()));
                return Optional.of(fill(connection, contact, "reminder.txt", values));
            case REPORT_BACK:
                values.put("first", Wording.firstName(contact.referrerName()));
                values.put("met", contact.name());
                return Optional.of(fill(connection, contact, "report-back.txt", values));
            case STAY_IN_TOUCH:
                values.put("first", Wording.firstName(contact.name()));
                return Optional.of(fill(connection, contact, "stay-in-touch.txt", values));
            default:
                return Optional.empty();
        }
    }

    /** A draft from the cohort's own template when its coach wrote one, else the shipped one. */
    private String fill(Connection connection, Contact contact, String file, Map<String, String> values) {
        return cohorts.draft(connection, contact.owner(), contact.id(), file)
                .map(own -> TemplateFiles.fillText(own, values)).orElseGet(() -> drafts.fill(file, values));
    }

    private FollowUpPrompt prompt(FollowUp followUp, String text, List<FollowUpAction> actions) {
        return new FollowUpPrompt(followUp.id(), followUp.owner(), followUp.kind(), text, actions,
                followUp.deliveryKey(), followUp.deliveries());
    }

    private static List<FollowUpAction> withDraft() {
        List<FollowUpAction> actions = new ArrayList<>(List.of(FollowUpAction.DRAFT));
        actions.addAll(ALL);
        return actions;
    }

    /** The prep, offering only the snoozes that bring it back before the meeting, and saying so when some do not. */
    private FollowUpPrompt meetingPrep(Connection connection, FollowUp followUp, Contact contact, Instant now) {
        List<FollowUpAction> actions = ALL.stream()
                .filter(action -> snoozes.fits(connection, followUp, action, now)).toList();
        String text = meetingPrep(connection, contact);
        if (actions.size() < ALL.size()) {
            text = text + "\n\n" + texts.get("followup.meeting-prep.snooze-capped", "name", contact.name());
        }
        return prompt(followUp, text, actions);
    }

    private String meetingPrep(Connection connection, Contact contact) {
        List<String> parts = new ArrayList<>();
        ZoneId zone = users.zoneOrDefault(connection, contact.owner());
        String when = contacts.meetingAt(connection, contact.owner(), contact.id())
                .map(at -> texts.get("followup.when", "date", DateShape.LONG_DAY.format(texts, at.atZone(zone)),
                        "time", TIME.format(at.atZone(zone))))
                .orElse("");
        parts.add(texts.get("followup.meeting-prep", "name", contact.name(), "when", when));
        List<String> lines = questions.find(connection, contact.owner(), contact.id())
                .map(QuestionList::questions).orElse(List.of()).stream()
                .filter(line -> !line.isBlank()).toList();
        if (!lines.isEmpty()) {
            List<String> numbered = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                numbered.add((i + 1) + ". " + lines.get(i).strip());
            }
            parts.add(texts.get("followup.meeting-prep.questions", "questions", String.join("\n", numbered)));
        } else {
            parts.add(texts.get("followup.meeting-prep.no-questions", "name", contact.name()));
        }
        parts.add(texts.get("followup.meeting-prep.checklist"));
        return String.join("\n\n", parts);
    }

    private boolean interested(Connection connection, Contact contact) {
        return meetings.stillInterested(connection, contact.owner(), contact.id());
    }

    private String learnedLine(Connection connection, Contact contact) {
        return latestMeeting(connection, contact).map(log -> Wording.firstSentence(log.learned())).orElse("");
    }

    private Optional<MeetingLog> latestMeeting(Connection connection, Contact contact) {
        return meetings.latest(connection, contact.owner(), contact.id());
    }

    private List<String> othersAt(Connection connection, Contact contact) {
        return contacts.notYetAskedAt(connection, contact).stream().map(Contact::name).toList();
    }
}
