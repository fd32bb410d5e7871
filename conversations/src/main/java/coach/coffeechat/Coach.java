package coach.coffeechat;

import coach.coffeechat.checks.CheckRules;
import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.checks.RequestChecker;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.ContactFeature;
import coach.coffeechat.contact.ContactRepository;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Conversations;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpAction;
import coach.coffeechat.followup.FollowUpFeature;
import coach.coffeechat.followup.FollowUpPlanner;
import coach.coffeechat.followup.FollowUpRenderer;
import coach.coffeechat.followup.FollowUpRepository;
import coach.coffeechat.followup.FollowUpScheduler;
import coach.coffeechat.followup.FollowUpSettings;
import coach.coffeechat.followup.FollowUpSink;
import coach.coffeechat.followup.WakeUpSignal;
import coach.coffeechat.meeting.MeetingFeature;
import coach.coffeechat.privacy.PrivacyFeature;
import coach.coffeechat.privacy.UserData;
import coach.coffeechat.questions.QuestionBank;
import coach.coffeechat.questions.QuestionFeature;
import coach.coffeechat.request.RequestFeature;
import coach.coffeechat.request.RequestTemplates;
import coach.coffeechat.settings.SettingsFeature;
import coach.coffeechat.store.BotState;
import coach.coffeechat.store.Database;
import coach.coffeechat.user.UserRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The whole product, assembled: every feature's commands and flows on one conversation engine, and the follow-up
 * timer that transports start with their own sink. Transports (console, Discord) build one {@code Coach} and send
 * it their users' inputs. Thread-safe.
 */
public final class Coach {
    private final Conversations conversations;
    private final CommandCatalog commands;
    private final Texts texts;
    private final FollowUpFeature followUps;
    private final ContactFeature contacts;
    private final TimerParts timer;

    private Coach(Conversations conversations, CommandCatalog commands, Texts texts, FollowUpFeature followUps,
                  ContactFeature contacts, TimerParts timer) {
        this.conversations = conversations;
        this.commands = commands;
        this.texts = texts;
        this.followUps = followUps;
        this.contacts = contacts;
        this.timer = timer;
    }

    /** What the timer is built from, kept until a transport starts it with its sink. */
    private record TimerParts(DataSource dataSource, FollowUpRepository repository, FollowUpPlanner planner,
                              FollowUpRenderer renderer, WakeUpSignal wakeUps, Clock clock, CoachConfig config) {
    }

    /**
     * Builds the product on a migrated database with the shipped templates.
     *
     * @param config validated settings
     * @param texts the messages
     * @param dataSource the migrated database
     * @param clock where all time comes from
     */
    public static Coach assemble(CoachConfig config, Texts texts, DataSource dataSource, Clock clock) {
        return assemble(config, Optional.empty(), texts, dataSource, clock);
    }

    /**
     * Builds the product on a migrated database.
     *
     * @param config validated settings
     * @param configDir the {@code --config} directory with reworded templates and tuned checks, or empty
     * @param texts the messages
     * @param dataSource the migrated database
     * @param clock where all time comes from
     */
    public static Coach assemble(CoachConfig config, Optional<Path> configDir, Texts texts, DataSource dataSource,
                                 Clock clock) {
        FollowUpSettings followUpSettings = FollowUpSettings.from(config.settings());
        UserRepository users = new UserRepository(config.defaultZone(), followUpSettings.quietHours());
        WakeUpSignal wakeUps = new WakeUpSignal();
        FollowUpRepository followUpRows = new FollowUpRepository(wakeUps);
        FollowUpPlanner planner = new FollowUpPlanner(followUpRows, users, followUpSettings);
        ContactRepository contactRows = new ContactRepository(planner);
        CheckRules rules = CheckRules.load(configDir);

        ContactFeature contacts = new ContactFeature(texts, users, contactRows, config.matchThreshold(),
                config.maxContacts());
        RequestFeature requests = new RequestFeature(texts, RequestTemplates.load(configDir),
                new RequestChecker(rules, texts), users, contactRows, contacts.lookup());
        QuestionFeature questions = new QuestionFeature(texts, contacts, QuestionBank.load(configDir),
                new QuestionChecker(rules, texts));
        MeetingFeature meetings = new MeetingFeature(texts, users, contacts, config.maxContacts());
        SettingsFeature settings = new SettingsFeature(texts, users);
        PrivacyFeature privacy = new PrivacyFeature(texts, new UserData());

        List<Flow> flows = new ArrayList<>();
        flows.addAll(contacts.flows());
        flows.addAll(requests.flows());
        flows.addAll(questions.flows());
        flows.addAll(meetings.flows());
        flows.addAll(privacy.flows());
        // Completed below, once every flow exists; nothing reads it before the first input.
        Map<String, String> titles = new ConcurrentHashMap<>();
        FollowUpRenderer renderer = new FollowUpRenderer(texts, configDir, users, titles);
        FollowUpFeature followUps = new FollowUpFeature(texts, users, contactRows, contacts.lookup(), followUpRows,
                planner, renderer, followUpSettings);
        flows.addAll(followUps.flows());
        flows.forEach(flow -> titles.put(flow.id(), flow.title()));

        CommandCatalog.Builder catalog = CommandCatalog.builder();
        contacts.registerCommands(catalog);
        requests.registerCommands(catalog);
        questions.registerCommands(catalog);
        meetings.registerCommands(catalog);
        followUps.registerCommands(catalog);
        settings.registerCommands(catalog);
        privacy.registerCommands(catalog);
        CommandCatalog commands = catalog.build();

        Conversations conversations = Conversations.builder()
                .dataSource(dataSource)
                .clock(clock)
                .texts(texts)
                .commands(commands)
                .flows(flows)
                .notices(followUps.notices())
                .cacheSize(config.sessionCacheSize())
                .maxAttempts(config.maxAttempts())
                .idleTimeout(config.idleTimeout())
                .build();
        return new Coach(conversations, commands, texts, followUps, contacts,
                new TimerParts(dataSource, followUpRows, planner, renderer, wakeUps, clock, config));
    }

    /**
     * Reads and checks every feature's own settings, so that a bad value stops start-up with one line before
     * anything is opened.
     *
     * @throws coach.coffeechat.config.ConfigException naming the first bad key
     */
    public static void checkSettings(CoachConfig config) {
        FollowUpSettings.from(config.settings());
    }

    /** The engine that handles every input. */
    public Conversations conversations() {
        return conversations;
    }

    /** Every command, for help, parsing and Discord registration. */
    public CommandCatalog commands() {
        return commands;
    }

    /** Every sentence the bot says, transports' own included. */
    public Texts texts() {
        return texts;
    }

    /**
     * What to suggest while an option is typed (autocomplete): the user's own contacts for a contact option,
     * IANA zones for a time zone option, at most {@code max}.
     */
    public List<String> suggest(UserId user, CommandSpec.OptionKind kind, String typed, int max) {
        if (kind == CommandSpec.OptionKind.TIME_ZONE) {
            return SettingsFeature.suggestZones(typed, max);
        }
        if (kind == CommandSpec.OptionKind.CONTACT) {
            return Database.inTransaction(timer.dataSource(), connection -> contacts.suggest(connection, user, typed,
                    max));
        }
        return List.of();
    }

    /** What the bot remembers about itself, such as the commands it last registered on Discord. */
    public BotState state() {
        return new BotState(timer.dataSource(), timer.clock());
    }

    /** The follow-ups, for transports' Done, Snooze, Skip and Draft it buttons. */
    public FollowUpFeature followUps() {
        return followUps;
    }

    /**
     * Applies a follow-up button (Done, Snooze, Skip, Draft it) for a user, in its own transaction.
     *
     * @return what to tell the user
     */
    public List<String> actOnFollowUp(UserId user, long followUpId, FollowUpAction action) {
        return Database.inTransaction(timer.dataSource(), connection -> followUps.act(
                StepContext.of(user, timer.clock().instant(), connection), followUpId, action));
    }

    /**
     * The follow-up timer delivering to this sink; the caller starts and closes it. Scheduling a prompt sooner
     * than the next poll wakes it early.
     */
    public FollowUpScheduler timer(FollowUpSink sink) {
        FollowUpScheduler scheduler = new FollowUpScheduler(timer.dataSource(), timer.repository(), timer.planner(),
                timer.renderer(), sink, timer.clock(), FollowUpSettings.from(timer.config().settings()));
        timer.wakeUps().listen(scheduler::wakeAt);
        return scheduler;
    }
}
