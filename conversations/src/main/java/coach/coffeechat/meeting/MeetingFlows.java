package coach.coffeechat.meeting;

import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactFormatter;
import coach.coffeechat.contact.ContactHandOff;
import coach.coffeechat.contact.ContactMatcher;
import coach.coffeechat.contact.ContactRepository;
import coach.coffeechat.contact.NewContact;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Minutes;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.Validation;
import coach.coffeechat.engine.WhenReader;
import coach.coffeechat.user.UserRepository;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The {@code meeting-log} flow: when, how, how long, what the user learned, advice, the people the contact
 * suggested, promises, whether they are still interested and how to stay in touch, then a summary to confirm.
 * Saving stores the log, turns each suggested person into a lukewarm contact referred by the person met (an
 * existing contact of the same name is only mentioned), and moves the contact to {@link Stage#MET}, all in the
 * flow's one transaction. It coaches on the way: open with the referrer's name, thank within a day, tell the
 * referrer how it went.
 */
final class MeetingFlows {
    static final String LOG = "meeting-log";

    /** Answer key holding the name of the contact the command named (the {@link ContactHandOff} has its id). */
    static final String CONTACT_NAME = "contact-name";

    /** How long a logged meeting may have taken, 15 minutes unless the user says otherwise. */
    static final Minutes.Range MINUTES_RANGE = new Minutes.Range(1, MeetingLog.MAX_MINUTES, 15);
    static final int MAX_SUGGESTED = 10;
    private static final int LONG_MAX = 2000;
    private static final int PROMISED_MAX = 1000;
    private static final int STAY_MAX = 200;
    private static final int NAME_MAX = 100;
    private static final int OLDEST_YEARS = 5;
    // Only names equal after normalising (case, accents, punctuation) score 1.0; the threshold plays no part.

    private final Texts texts;
    private final UserRepository users;
    private final ContactRepository contacts;
    private final ContactFormatter contactFormat;
    private final MeetingFormatter format;
    private final MeetingRepository meetings;
    private final ContactHandOff.Receiver handedIn;
    private final int maxContacts;

    MeetingFlows(Texts texts, UserRepository users, ContactRepository contacts, MeetingRepository meetings,
                 int maxContacts) {
        this.texts = texts;
        this.users = users;
        this.contacts = contacts;
        this.contactFormat = new ContactFormatter(texts);
        this.format = new MeetingFormatter(texts);
        this.meetings = meetings;
        this.handedIn = new ContactHandOff.Receiver(contacts, texts);
        this.maxContacts = maxContacts;
    }

    List<Flow> all() {
        return List.of(log());
    }

    private Flow log() {
        return Flow.of(LOG, texts.get("meeting.log.title"), List.of(
                date(),
                choice("format", this::formatOptions, context -> Next.goTo("minutes")),
                minutes(),
                text("learned", Prompt.TextLength.LONG, LONG_MAX, false, context -> Next.goTo("advice")),
                text("advice", Prompt.TextLength.LONG, LONG_MAX, true, context -> Next.goTo("suggested")),
                suggested(),
                text("promised", Prompt.TextLength.LONG, PROMISED_MAX, true, context -> Next.goTo("interested")),
                choice("interested", this::interestOptions, this::afterInterest),
                text("stay", Prompt.TextLength.SHORT, STAY_MAX, true, context -> Next.goTo("confirm")),
                confirm()), this::save);
    }

    // ---- steps -------------------------------------------------------------------------------------------------

    private Step date() {
        return Step.named("date")
                .prompt(context -> new Prompt.Text(ask("date", context), texts.get("meeting.log.date.label"),
                        Prompt.TextLength.SHORT, 20, texts.get("meeting.log.date.placeholder"),
                        today(context).toString()))
                .optional()
                .check((values, context) -> {
                    String typed = values.getOrDefault("date", "");
                    LocalDate today = today(context);
                    // An empty answer keeps what the prompt showed: an earlier answer, or today.
                    Optional<LocalDate> date = typed.isEmpty() ? Optional.of(draft(context).metOn())
                            : WhenReader.date(typed, today);
                    if (date.isEmpty()) {
                        return Validation.invalid(texts.get("meeting.log.date.invalid", "typed", typed));
                    }
                    if (date.get().isAfter(today)) {
                        return Validation.invalid(texts.get("meeting.log.date.future", "typed", typed,
                                "today", today.toString()));
                    }
                    if (date.get().isBefore(today.minusYears(OLDEST_YEARS))) {
                        return Validation.invalid(texts.get("meeting.log.date.too-old", "typed", typed,
                                "years", OLDEST_YEARS));
                    }
                    return Validation.valid("date", date.get().toString());
                })
                .help(texts.get("meeting.log.date.help"))
                .next(context -> Next.goTo("format"))
                .build();
    }

    private Step minutes() {
        return Step.named("minutes")
                .prompt(context -> new Prompt.Text(ask("minutes", context), texts.get("meeting.log.minutes.label"),
                        Prompt.TextLength.SHORT, 20, "", MINUTES_RANGE.defaultMinutes().answer()))
                .optional()
                .check((values, context) -> {
                    String typed = values.getOrDefault("minutes", "");
                    if (typed.isEmpty()) {
                        // An empty answer keeps what the prompt showed: an earlier answer, or the default.
                        return Validation.valid("minutes", Integer.toString(draft(context).minutes()));
                    }
                    Optional<Minutes> minutes = Minutes.parse(typed, MINUTES_RANGE);
                    if (minutes.isEmpty()) {
                        return Validation.invalid(texts.get("meeting.log.minutes.invalid", "typed", typed,
                                "max", MINUTES_RANGE.max()));
                    }
                    return Validation.valid("minutes", minutes.get().answer());
                })
                .help(texts.get("meeting.log.minutes.help"))
                .next(context -> Next.goTo("learned"))
                .build();
    }

    private Step suggested() {
        return Step.named("suggested")
                .prompt(context -> new Prompt.Text(ask("suggested", context), texts.get("meeting.log.suggested.label"),
                        Prompt.TextLength.LONG, LONG_MAX, texts.get("meeting.log.suggested.placeholder"), ""))
                .optional()
                .check((values, context) -> {
                    List<Suggestion> people = suggestions(values.getOrDefault("suggested", ""));
                    for (Suggestion person : people) {
                        if (person.name().codePoints().noneMatch(Character::isLetterOrDigit)) {
                            return Validation.invalid(texts.get("meeting.log.suggested.no-name", "line",
                                    person.name()));
                        }
                        if (person.name().length() > NAME_MAX || person.role().length() > NAME_MAX
                                || person.organisation().length() > NAME_MAX) {
                            return Validation.invalid(texts.get("meeting.log.suggested.too-long", "name",
                                    shorten(person.name()), "max", NAME_MAX));
                        }
                    }
                    if (people.size() > MAX_SUGGESTED) {
                        return Validation.invalid(texts.get("meeting.log.suggested.too-many", "count", people.size(),
                                "max", MAX_SUGGESTED));
                    }
                    int newPeople = sortPeople(context, people).added().size();
                    int count = contacts.count(context.connection(), context.user());
                    if (newPeople > 0 && count + newPeople > maxContacts) {
                        return Validation.invalid(texts.get("meeting.log.suggested.limit", "count", newPeople,
                                "max", maxContacts));
                    }
                    return new Validation.Valid(values);
                })
                .help(texts.get("meeting.log.suggested.help"))
                .next(context -> suggestions(context.answer("suggested")).isEmpty() ? Next.goTo("promised")
                        : Next.goTo("promised", texts.get("meeting.log.suggested.note",
                        "contact", context.answer(CONTACT_NAME))))
                .build();
    }

    private Step confirm() {
        return Step.named("confirm")
                .prompt(context -> new Prompt.Confirm(texts.get("meeting.log.confirm", "summary",
                        format.summary(context.answer(CONTACT_NAME), draft(context))),
                        texts.get("meeting.log.confirm.yes"), texts.get("meeting.log.confirm.no")))
                .next(context -> "yes".equals(context.answer("confirm")) ? Next.finish()
                        : Next.goTo("date", texts.get("meeting.log.confirm.change")))
                .build();
    }

    private Next afterInterest(StepContext context) {
        Interest interest = Interest.fromId(context.answer("interested")).orElse(Interest.UNSURE);
        String name = context.answer(CONTACT_NAME);
        return switch (interest) {
            case YES -> Next.goTo("stay", texts.get("meeting.log.interested.yes", "name", name));
            case NO -> Next.goTo("stay", texts.get("meeting.log.interested.no", "name", name));
            case UNSURE -> Next.goTo("stay");
        };
    }

    private Step text(String id, Prompt.TextLength length, int max, boolean optional,
                      Function<StepContext, Next> next) {
        Step.Builder step = Step.named(id)
                .prompt(context -> new Prompt.Text(ask(id, context), texts.get("meeting.log." + id + ".label"),
                        length, max, texts.get("meeting.log." + id + ".placeholder"), ""))
                .help(texts.get("meeting.log." + id + ".help"))
                .next(next);
        return optional ? step.optional().build() : step.build();
    }

    private Step choice(String id, Function<StepContext, List<Prompt.Option>> options,
                        Function<StepContext, Next> next) {
        return Step.named(id)
                .prompt(context -> new Prompt.Choice(ask(id, context), options.apply(context)))
                .help(texts.get("meeting.log." + id + ".help"))
                .next(next)
                .build();
    }

    private List<Prompt.Option> formatOptions(StepContext context) {
        List<Prompt.Option> options = new ArrayList<>();
        for (MeetingFormat each : MeetingFormat.values()) {
            options.add(Prompt.Option.of(each.id(), format.label(each)));
        }
        return options;
    }

    private List<Prompt.Option> interestOptions(StepContext context) {
        List<Prompt.Option> options = new ArrayList<>();
        for (Interest each : Interest.values()) {
            options.add(Prompt.Option.of(each.id(), format.label(each)));
        }
        return options;
    }

    private String ask(String stepId, StepContext context) {
        return texts.get("meeting.log." + stepId, "name", context.answer(CONTACT_NAME));
    }

    // ---- saving ------------------------------------------------------------------------------------------------

    private Completion save(StepContext context) {
        return handedIn.finish(context, contact -> save(context, contact));
    }

    private Completion save(StepContext context, Contact contact) {
        MeetingLog draft = draft(context);
        users.ensure(context.connection(), context.user(), context.now());
        People people = sortPeople(context, draft.suggested());
        List<Suggestion> linked = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Suggestion person : draft.suggested()) {
            Optional<Contact> existing = people.existing(person);
            if (existing.isPresent()) {
                linked.add(person.linkedTo(existing.get().id()));
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
        List<String> existingNames = people.existingNames();
        if (!existingNames.isEmpty()) {
            notes.add(texts.get(existingNames.size() == 1 ? "meeting.log.existing.one" : "meeting.log.existing.many",
                    "names", format.names(existingNames)));
        }
        if (!skipped.isEmpty()) {
            notes.add(texts.get("meeting.log.limit", "names", format.names(skipped), "max", maxContacts));
        }
        if (contact.stage() != Stage.MET
                && contacts.moveStage(context.connection(), context.user(), contact.id(), Stage.MET, context.now())) {
            notes.add(texts.get("contact.stage.moved", "name", contact.name(), "from",
                    contactFormat.label(contact.stage()), "to", contactFormat.label(Stage.MET)));
        }
        notes.add(thankYou(contact, log.metOn(), today(context)));
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

    /** The log as answered so far; skipped steps take their defaults. */
    private MeetingLog draft(StepContext context) {
        LocalDate today = today(context);
        LocalDate metOn = WhenReader.date(context.answer("date"), today).filter(d -> !d.isAfter(today))
                .orElse(today);
        int minutes = Minutes.stored(context.answer("minutes"), MINUTES_RANGE).count();
        long contactId = ContactHandOff.in(context).map(ContactHandOff::contactId).orElse(-1L);
        return new MeetingLog(context.user(), contactId, metOn,
                MeetingFormat.fromId(context.answer("format")).orElse(MeetingFormat.IN_PERSON), minutes,
                context.answer("learned"), context.answer("advice"), suggestions(context.answer("suggested")),
                context.answer("promised"), Interest.fromId(context.answer("interested")).orElse(Interest.UNSURE),
                context.answer("stay"));
    }

    /** The suggested people split into those already among the user's contacts (same name) and new ones. */
    private record People(List<Suggestion> added, List<Suggestion> known, List<Contact> knownAs) {
        Optional<Contact> existing(Suggestion person) {
            int at = known.indexOf(person);
            return at < 0 ? Optional.empty() : Optional.of(knownAs.get(at));
        }

        List<String> existingNames() {
            return knownAs.stream().map(Contact::name).toList();
        }
    }

    // A person already among the contacts has the same name after normalising (case, accents, punctuation).
    private People sortPeople(StepContext context, List<Suggestion> people) {
        List<Contact> all = contacts.list(context.connection(), context.user());
        List<Suggestion> added = new ArrayList<>();
        List<Suggestion> known = new ArrayList<>();
        List<Contact> knownAs = new ArrayList<>();
        for (Suggestion person : people) {
            Optional<Contact> same = all.stream().filter(c -> sameName(c.name(), person.name())).findFirst();
            if (same.isPresent()) {
                known.add(person);
                knownAs.add(same.get());
            } else {
                added.add(person);
            }
        }
        return new People(added, known, knownAs);
    }

    /** The people typed in the answer, each name once (the first mention wins). */
    private List<Suggestion> suggestions(String answer) {
        List<Suggestion> distinct = new ArrayList<>();
        for (Suggestion person : Suggestion.parseAll(answer)) {
            if (distinct.stream().noneMatch(other -> sameName(other.name(), person.name()))) {
                distinct.add(person);
            }
        }
        return distinct;
    }

    private boolean sameName(String a, String b) {
        return ContactMatcher.sameName(a, b);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private LocalDate today(StepContext context) {
        return context.now().atZone(users.zoneOrDefault(context.connection(), context.user())).toLocalDate();
    }

    private static String shorten(String text) {
        int max = 40;
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)) + "\u2026";
    }
}
