package coach.coffeechat.followup;

import coach.coffeechat.config.DateShape;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.ContactFeature;
import coach.coffeechat.contact.ContactLookup;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.CommandSpec.OptionKind;
import coach.coffeechat.engine.CommandSpec.OptionSpec;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Feature;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.IdleFlows;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Notices;
import coach.coffeechat.engine.PersonalData;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Restore;
import coach.coffeechat.engine.ServerMaterial;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.TimerDuty;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.meeting.MeetingHistory;
import coach.coffeechat.questions.SavedQuestions;
import coach.coffeechat.user.UserLanguages;
import coach.coffeechat.user.UserRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The follow-ups as users see them: {@code /followups} lists what is upcoming and overdue and lets them act
 * (Done, Snooze, Skip, Draft it); {@code /meeting schedule} books a meeting and the prep prompt before it;
 * prompts that could not be delivered are shown at the user's next interaction ({@link #notices()}); and the
 * timer ({@link #timer}) that delivers them. Built by {@link #create}; its repository, planner and renderer stay
 * inside the package. Thread-safe after construction.
 */
public final class FollowUpFeature implements Feature {
    static final String FLOW = "followups";

    private final Texts texts;
    private final UserRepository users;
    private final ContactBook contacts;
    private final ContactLookup lookup;
    private final FollowUpRepository followUps;
    private final FollowUpPlanner planner;
    private final FollowUpRenderer renderer;
    private final FollowUpSettlement settlement;
    private final MeetingBooking booking;
    private final OwedTouches owedTouches;

    private final WakeUpSignal wakeUps;
    private final FollowUpSettings settings;
    // One set of meters per registry, so that every timer of this feature moves the same "still due" gauge.
    private final Map<MeterRegistry, FollowUpMetrics> metrics = Collections.synchronizedMap(new IdentityHashMap<>());

    FollowUpFeature(Texts texts, UserRepository users, ContactBook contacts, ContactLookup lookup,
                    FollowUpRepository followUps, FollowUpPlanner planner, FollowUpRenderer renderer,
                    FollowUpSettings settings, WakeUpSignal wakeUps, SavedQuestions questions) {
        this.texts = texts;
        this.users = users;
        this.contacts = contacts;
        this.lookup = lookup;
        this.followUps = followUps;
        this.planner = planner;
        this.renderer = renderer;
        this.settlement = new FollowUpSettlement(texts, users, contacts, followUps, planner, renderer);
        this.owedTouches = new OwedTouches(texts, users, contacts);
        this.booking = new MeetingBooking(texts, users, contacts, lookup, planner, questions);
        this.settings = settings;
        this.wakeUps = wakeUps;
    }

    /**
     * The follow-ups on the features they build on. Stage changes of {@code contacts} schedule and cancel
     * prompts from now on, in the transaction that makes them.
     *
     * @param texts the messages
     * @param configDir the {@code --config} directory, for reworded draft templates, or empty
     * @param settings the cadence and the timer's mechanics
     * @param users the users' zones and quiet hours
     * @param contacts the contact feature: its contacts, their stage changes and the {@code contact:} lookup
     * @param meetings the meetings logged, for thank-yous and staying in touch
     * @param questions the question lists saved, for the prep before a meeting
     */
    public static FollowUpFeature create(Texts texts, Optional<Path> configDir, FollowUpSettings settings,
                                         UserRepository users, ContactFeature contacts, MeetingHistory meetings,
                                         SavedQuestions questions) {
        return create(texts, configDir, settings, users, contacts, meetings, questions, CohortLink.NONE,
                ServerMaterial.NONE);
    }

    /**
     * The follow-ups, with coaches' cohorts: a contact whose newest request was drafted in a coach's server
     * ({@code link}) gets that cohort's days before the polite reminder and the drafts its coach wrote.
     */
    public static FollowUpFeature create(Texts texts, Optional<Path> configDir, FollowUpSettings settings,
                                         UserRepository users, ContactFeature contacts, MeetingHistory meetings,
                                         SavedQuestions questions, CohortLink link, ServerMaterial material) {
        WakeUpSignal wakeUps = new WakeUpSignal();
        FollowUpRepository followUps = new FollowUpRepository(wakeUps);
        Cohorts cohorts = new Cohorts(link, material);
        FollowUpPlanner planner = new FollowUpPlanner(followUps, users, settings, contacts.book(), meetings, cohorts);
        contacts.addStageListener(planner);
        FollowUpRenderer renderer = new FollowUpRenderer(texts, configDir, users, contacts.book(), meetings,
                questions, cohorts);
        return new FollowUpFeature(texts, users, contacts.book(), contacts.lookup(), followUps, planner,
                renderer, settings, wakeUps, questions);
    }

    /**
     * The timer delivering to this sink; the caller starts and closes it. Scheduling a prompt sooner than the next
     * poll wakes it early.
     *
     * @param dataSource the database the prompts live in
     * @param clock where time comes from
     * @param sink where prompts go
     * @param duties what every feature asks each round to do first (this one's reminders of idle flows among them)
     * @param idleFlows the engine's account of open flows
     * @param meters where the timer counts prompts claimed, delivered, held and failed, and those still due
     */
    public FollowUpScheduler timer(DataSource dataSource, Clock clock, FollowUpSink sink, List<TimerDuty> duties,
                                   IdleFlows idleFlows, MeterRegistry meters) {
        FollowUpScheduler scheduler = new FollowUpScheduler(dataSource, followUps, planner, renderer, sink, clock,
                settings, duties, idleFlows, metrics.computeIfAbsent(meters, FollowUpMetrics::new),
                new UserLanguages(texts.languages(), users));
        wakeUps.listen(scheduler::wakeAt);
        return scheduler;
    }

    /** The user's open follow-ups, soonest first, as transports and other features may read them. */
    public List<FollowUp> open(Connection connection, UserId user) {
        return followUps.open(connection, user);
    }

    /** How many of the user's follow-ups they marked done in {@code [from, to)}, as other features may count them. */
    public int doneBetween(Connection connection, UserId user, Instant from, Instant to) {
        return followUps.doneBetween(connection, user, from, to);
    }

    /** One of the user's follow-ups, open or settled, if it is theirs. */
    public Optional<FollowUp> find(Connection connection, UserId user, long followUpId) {
        return followUps.find(connection, user, followUpId);
    }

    /** Flows left idle become one reminder each. */
    @Override
    public List<TimerDuty> timerDuties(IdleFlows idleFlows) {
        return List.of((connection, now, limit) -> planner.remindIdleFlows(connection, idleFlows, now, limit));
    }

    /** The user's follow-up prompts, open or past. */
    @Override
    public List<PersonalData> personalData() {
        return List.of(PersonalData.ownedRows("followups", "follow_ups", "owner_id", RestoredKeys::rewrite)
                .declaring(new Restore.AnswerId(FLOW, "pick", "follow_ups", "")));
    }

    /** Adds {@code /followups}, {@code /meeting schedule} and {@code /meeting cancel}. */
    @Override
    public void registerCommands(CommandCatalog.Builder catalog) {
        List<Prompt.Option> formats = new ArrayList<>();
        for (String format : MeetingBooking.FORMATS) {
            formats.add(Prompt.Option.of(format, texts.get("followup.meeting-format." + format)));
        }
        catalog.add(CommandSpec.of("followups", "Upcoming and overdue follow-ups: done, snooze, skip, draft"),
                        this::list)
                .add(new CommandSpec("meeting schedule", "Book a meeting; I'll send the prep the day before",
                        List.of(OptionSpec.contact("Who you're meeting"),
                                new OptionSpec("when", "When, e.g. 2026-03-12 16:00 or thursday 4pm", true,
                                        OptionKind.TEXT, List.of()),
                                new OptionSpec("format", "In person, phone or video", false, OptionKind.CHOICE,
                                        formats))), booking::schedule)
                .add(new CommandSpec("meeting cancel", "Cancel the meeting you booked; I'll send the calendar update",
                        List.of(OptionSpec.contact("Whose meeting to cancel"))), booking::cancel);
    }

    /** The {@code followups} flow: pick one, then act on it. */
    @Override
    public List<Flow> flows() {
        Step pick = Step.named("pick")
                .prompt(this::pickPrompt)
                .next(context -> Next.goTo("act"))
                .build();
        Step act = Step.named("act")
                .prompt(this::actPrompt)
                .next(context -> Next.finish())
                .build();
        return List.of(Flow.of(FLOW, () -> texts.get("followup.flow.title"), List.of(pick, act), this::finish));
    }

    /** Prompts that could not be delivered, shown once at the user's next interaction. */
    @Override
    public Notices notices() {
        return context -> {
            List<FollowUp> held = followUps.takeHeld(context.connection(), context.user(), context.now());
            if (held.isEmpty()) {
                return List.of();
            }
            List<String> notes = new ArrayList<>(List.of(texts.get("followup.held")));
            for (FollowUp followUp : held) {
                Optional<FollowUpPrompt> prompt = renderer.render(context.connection(), followUp,
                        context.now(), context::openFlowTitle);
                prompt.ifPresent(shown -> notes.add(shown.text()));
                if (prompt.isPresent() && followUp.deliveries() == 0) {
                    // It reaches the user for the first time here: what it leads to is planned now.
                    planner.delivered(context.connection(), followUp, context.now());
                }
            }
            // Held for closed DMs (50007) or for sharing no server with the bot (50278): one hint fits both.
            notes.add(texts.get("followup.held.reach-hint"));
            return notes.size() > 2 ? notes : List.of();
        };
    }

    /**
     * Applies an action to one of the user's follow-ups; used by the flow and by transports' buttons. A click on a
     * prompt the timer is still delivering is decided against the row as it is when it changes (see
     * {@link FollowUpSettlement}), so what the prompt leads to is planned once.
     *
     * @return what to tell the user
     */
    public List<String> act(StepContext context, long followUpId, FollowUpAction action) {
        return settlement.act(context, followUpId, action);
    }

    private CommandHandler.Result list(Input.Command command, StepContext context) {
        List<String> owed = owedTouches.note(context).map(List::of).orElse(List.of());
        if (listed(context).isEmpty()) {
            return owed.isEmpty() ? CommandHandler.respond(texts.get("followup.none")) : new CommandHandler.Respond(owed);
        }
        return new CommandHandler.Launch(FLOW, Map.of(), owed);
    }

    /**
     * The open follow-ups that still make sense, soonest first: the ones the list shows, each of which opens. One
     * that renders as nothing (its contact was closed, or the user said the field is not for them) is left out, as
     * the timer drops it rather than send it.
     */
    private List<FollowUp> listed(StepContext context) {
        return followUps.open(context.connection(), context.user()).stream()
                .filter(followUp -> renderer.render(context.connection(), followUp, context.now(),
                        context::openFlowTitle)
                        .isPresent())
                .toList();
    }

    private Prompt pickPrompt(StepContext context) {
        List<FollowUp> open = listed(context);
        ZoneId zone = users.zoneOrDefault(context.connection(), context.user());
        List<Prompt.Option> options = new ArrayList<>();
        for (FollowUp followUp : open.subList(0, Math.min(open.size(), Prompt.MAX_OPTIONS))) {
            String about = followUp.contactId().isPresent()
                    ? contacts.find(context.connection(), context.user(), followUp.contactId().getAsLong())
                            .map(Contact::name).orElse("") : "";
            String when = followUp.dueAt().isAfter(context.now())
                    ? texts.get("followup.list.due", "when",
                            DateShape.SHORT_DAY_TIME.format(texts, followUp.dueAt().atZone(zone)))
                    : texts.get("followup.list.overdue");
            options.add(new Prompt.Option(Long.toString(followUp.id()),
                    shorten(texts.get("followup.title." + followUp.kind().id(), "name", about)), when));
        }
        if (options.isEmpty()) {
            options.add(new Prompt.Option("none", texts.get("followup.list.nothing-left"), ""));
        }
        return new Prompt.Choice(texts.get("followup.list", "count", open.size()), options);
    }

    private Prompt actPrompt(StepContext context) {
        Optional<FollowUp> followUp = picked(context);
        List<Prompt.Option> options = new ArrayList<>();
        String text = texts.get("followup.act.gone");
        if (followUp.isPresent()) {
            Optional<FollowUpPrompt> prompt = renderer.render(context.connection(), followUp.get(),
                    context.now(), context::openFlowTitle);
            text = prompt.map(FollowUpPrompt::text).orElse(text);
            for (FollowUpAction action : prompt.map(FollowUpPrompt::actions).orElse(List.of(FollowUpAction.SKIP))) {
                options.add(Prompt.Option.of(action.id(), texts.get("followup.action." + action.id())));
            }
        } else {
            options.add(Prompt.Option.of(FollowUpAction.SKIP.id(), texts.get("followup.action.skip")));
        }
        return new Prompt.Choice(text, options);
    }

    private Completion finish(StepContext context) {
        Optional<FollowUp> followUp = picked(context);
        Optional<FollowUpAction> action = FollowUpAction.fromId(context.answer("act"));
        if (followUp.isEmpty() || action.isEmpty()) {
            return Completion.of(texts.get("followup.act.settled"));
        }
        return new Completion(act(context, followUp.get().id(), action.get()), Map.of());
    }

    private Optional<FollowUp> picked(StepContext context) {
        String id = context.answer("pick");
        if (!id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return followUps.find(context.connection(), context.user(), Long.parseLong(id));
    }

    private static String shorten(String label) {
        return label.length() <= 80 ? label : label.substring(0, 79) + "\u2026";
    }
}
