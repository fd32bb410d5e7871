package coach.coffeechat.meeting;

import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactHandOff;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Minutes;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.Validation;
import coach.coffeechat.engine.TypedWords;
import coach.coffeechat.engine.WhenReader;
import coach.coffeechat.user.UserRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code meeting-log} flow: when, how, how long, what the user learned, advice, the people the contact
 * suggested, promises, whether they are still interested and how to stay in touch, then a summary to confirm,
 * saved by {@link MeetingLogSave}. It coaches on the way: open with the name of the person who suggested them,
 * and thank within a day whatever the user now thinks of the field.
 */
final class MeetingLogFlow {
    private static final int LONG_MAX = 2000;
    private static final int PROMISED_MAX = 1000;
    private static final int STAY_MAX = 200;
    private static final int OLDEST_YEARS = 5;
    /** How much of an over-long name a refusal quotes. */
    private static final int QUOTE_MAX = 40;

    private final Texts texts;
    private final TypedWords words;
    private final UserRepository users;
    private final ContactBook contacts;
    private final MeetingFormatter format;
    private final ContactHandOff.Receiver handedIn;
    private final MeetingLogSave saving;
    private final int maxContacts;

    MeetingLogFlow(Texts texts, UserRepository users, ContactBook contacts, MeetingLogSave saving,
                   int maxContacts) {
        this.texts = texts;
        this.words = new TypedWords(texts);
        this.users = users;
        this.contacts = contacts;
        this.format = new MeetingFormatter(texts);
        this.handedIn = new ContactHandOff.Receiver(contacts, texts);
        this.saving = saving;
        this.maxContacts = maxContacts;
    }

    Flow flow() {
        return Flow.of(MeetingFlows.LOG, () -> texts.get("meeting.log.title"), List.of(
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
                            : WhenReader.date(words, typed, today);
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
                .help(() -> texts.get("meeting.log.date.help"))
                .next(context -> Next.goTo("format"))
                .build();
    }

    private Step minutes() {
        Minutes.Range range = MeetingFlows.MINUTES_RANGE;
        return Step.named("minutes")
                .prompt(context -> new Prompt.Text(ask("minutes", context), texts.get("meeting.log.minutes.label"),
                        Prompt.TextLength.SHORT, 20, "", range.defaultMinutes().answer()))
                .optional()
                .check((values, context) -> {
                    String typed = values.getOrDefault("minutes", "");
                    if (typed.isEmpty()) {
                        // An empty answer keeps what the prompt showed: an earlier answer, or the default.
                        return Validation.valid("minutes", Integer.toString(draft(context).minutes()));
                    }
                    Optional<Minutes> minutes = Minutes.parse(typed, range);
                    if (minutes.isEmpty()) {
                        return Validation.invalid(texts.get("meeting.log.minutes.invalid", "typed", typed,
                                "max", range.max()));
                    }
                    return Validation.valid("minutes", minutes.get().answer());
                })
                .help(() -> texts.get("meeting.log.minutes.help"))
                .next(context -> Next.goTo("learned"))
                .build();
    }

    private Step suggested() {
        return Step.named("suggested")
                .prompt(context -> new Prompt.Text(ask("suggested", context), texts.get("meeting.log.suggested.label"),
                        Prompt.TextLength.LONG, LONG_MAX, texts.get("meeting.log.suggested.placeholder"), ""))
                .optional()
                .check((values, context) -> {
                    SuggestedPeople people = SuggestedPeople.parse(values.getOrDefault("suggested", ""));
                    Optional<SuggestedPeople.Problem> problem = people.problem();
                    if (problem.isPresent()) {
                        return Validation.invalid(refusal(problem.get()));
                    }
                    int newPeople = people.sortedAgainst(contacts.list(context.connection(), context.user()))
                            .added().size();
                    int count = contacts.count(context.connection(), context.user());
                    if (newPeople > 0 && count + newPeople > maxContacts) {
                        return Validation.invalid(texts.get("meeting.log.suggested.limit", "count", newPeople,
                                "max", maxContacts));
                    }
                    return new Validation.Valid(values);
                })
                .help(() -> texts.get("meeting.log.suggested.help"))
                .next(context -> new MeetingLogAnswers(context.answers()).suggested().isEmpty()
                        ? Next.goTo("promised")
                        : Next.goTo("promised", texts.get("meeting.log.suggested.note",
                                "contact", context.answer(MeetingFlows.CONTACT_NAME))))
                .build();
    }

    private String refusal(SuggestedPeople.Problem problem) {
        if (problem instanceof SuggestedPeople.Problem.NoName noName) {
            return texts.get("meeting.log.suggested.no-name", "line", noName.line());
        }
        if (problem instanceof SuggestedPeople.Problem.TooLong tooLong) {
            return texts.get("meeting.log.suggested.too-long", "name", quoted(tooLong.name()),
                    "max", SuggestedPeople.NAME_MAX);
        }
        SuggestedPeople.Problem.TooMany tooMany = (SuggestedPeople.Problem.TooMany) problem;
        return texts.get("meeting.log.suggested.too-many", "count", tooMany.count(), "max", SuggestedPeople.MAX);
    }

    private static String quoted(String name) {
        if (name.codePointCount(0, name.length()) <= QUOTE_MAX) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, QUOTE_MAX)) + "\u2026";
    }

    private Step confirm() {
        return Step.named("confirm")
                .prompt(context -> new Prompt.Confirm(texts.get("meeting.log.confirm", "summary",
                        format.summary(context.answer(MeetingFlows.CONTACT_NAME), draft(context))),
                        texts.get("meeting.log.confirm.yes"), texts.get("meeting.log.confirm.no")))
                .next(context -> "yes".equals(context.answer("confirm")) ? Next.finish()
                        : Next.goTo("date", texts.get("meeting.log.confirm.change")))
                .build();
    }

    private Next afterInterest(StepContext context) {
        String name = context.answer(MeetingFlows.CONTACT_NAME);
        return switch (new MeetingLogAnswers(context.answers()).interest()) {
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
                .help(() -> texts.get("meeting.log." + id + ".help"))
                .next(next);
        return optional ? step.optional().build() : step.build();
    }

    private Step choice(String id, Function<StepContext, List<Prompt.Option>> options,
                        Function<StepContext, Next> next) {
        return Step.named(id)
                .prompt(context -> new Prompt.Choice(ask(id, context), options.apply(context)))
                .help(() -> texts.get("meeting.log." + id + ".help"))
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
        return texts.get("meeting.log." + stepId, "name", context.answer(MeetingFlows.CONTACT_NAME));
    }

    private Completion save(StepContext context) {
        return handedIn.finish(context, contact -> save(context, contact));
    }

    private Completion save(StepContext context, Contact contact) {
        return saving.save(context, contact, draft(context), today(context));
    }

    /** The log as answered so far; skipped steps take their defaults. */
    private MeetingLog draft(StepContext context) {
        long contactId = ContactHandOff.in(context).map(ContactHandOff::contactId).orElse(-1L);
        return new MeetingLogAnswers(context.answers()).draft(context.user(), contactId, today(context));
    }

    private LocalDate today(StepContext context) {
        return context.now().atZone(users.zoneOrDefault(context.connection(), context.user())).toLocalDate();
    }
}
