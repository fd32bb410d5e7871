package coach.coffeechat;

import coach.coffeechat.checks.CheckLanguages;
import coach.coffeechat.coach.ChallengeSink;
import coach.coffeechat.coach.CoachFeature;
import coach.coffeechat.coach.DigestSink;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.CommandTexts;
import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Languages;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.ContactFeature;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Conversations;
import coach.coffeechat.engine.Feature;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Notices;
import coach.coffeechat.engine.PersonalData;
import coach.coffeechat.engine.ServerMaterial;
import coach.coffeechat.engine.TimerDuty;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpAction;
import coach.coffeechat.followup.FollowUpDrafts;
import coach.coffeechat.followup.FollowUpFeature;
import coach.coffeechat.followup.FollowUpScheduler;
import coach.coffeechat.followup.FollowUpSettings;
import coach.coffeechat.followup.FollowUpSink;
import coach.coffeechat.meeting.MeetingFeature;
import coach.coffeechat.pipeline.PipelineFeature;
import coach.coffeechat.pipeline.PipelineSettings;
import coach.coffeechat.privacy.PrivacyFeature;
import coach.coffeechat.questions.QuestionBank;
import coach.coffeechat.questions.QuestionFeature;
import coach.coffeechat.request.RequestFeature;
import coach.coffeechat.request.RequestTemplates;
import coach.coffeechat.settings.SettingsFeature;
import coach.coffeechat.store.BotState;
import coach.coffeechat.store.Database;
import coach.coffeechat.user.UserLanguages;
import coach.coffeechat.user.UserRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * The whole product, assembled: every {@link Feature}'s commands and flows on one conversation engine, and the
 * follow-up timer that transports start with their own sink. Transports (console, Discord) build one {@code Coach}
 * and send it their users' inputs. Thread-safe.
 */
public final class Coach {
    private final List<Feature> features;
    private final Conversations conversations;
    private final CommandCatalog commands;
    private final Texts texts;
    private final FollowUpFeature followUps;
    private final ContactFeature contacts;
    private final CoachFeature coaching;
    private final DataSource dataSource;
    private final Clock clock;
    private final MeterRegistry meters;
    private final UserLanguages languages;
    private final CommandTexts commandTexts;

    private Coach(List<Feature> features, Conversations conversations, CommandCatalog commands, Texts texts,
                  FollowUpFeature followUps, ContactFeature contacts, CoachFeature coaching, DataSource dataSource,
                  Clock clock, MeterRegistry meters, UserLanguages languages, CommandTexts commandTexts) {
        this.features = List.copyOf(features);
        this.conversations = conversations;
        this.commands = commands;
        this.texts = texts;
        this.followUps = followUps;
        this.contacts = contacts;
        this.coaching = coaching;
        this.dataSource = dataSource;
        this.clock = clock;
        this.meters = meters;
        this.languages = languages;
        this.commandTexts = commandTexts;
    }

    /**
     * Reads and checks every feature's own settings, so that a bad value stops start-up with one line before
     * anything is opened.
     *
     * @throws coach.coffeechat.config.ConfigException naming the first bad key
     */
    public static void checkSettings(CoachConfig config) {
        FollowUpSettings.from(config.settings());
        PipelineSettings.from(config.settings());
        ContactFeature.importMaxRows(config.settings());
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
     * Builds the product on a migrated database: each feature on the ones it builds on, then one engine over all
     * of them.
     *
     * @param config validated settings
     * @param configDir the {@code --config} directory with reworded templates and tuned checks, or empty
     * @param texts the messages
     * @param dataSource the migrated database
     * @param clock where all time comes from
     */
    public static Coach assemble(CoachConfig config, Optional<Path> configDir, Texts texts, DataSource dataSource,
                                 Clock clock) {
        return assemble(config, configDir, texts, dataSource, clock, new CompositeMeterRegistry());
    }

    /**
     * As {@link #assemble(CoachConfig, Optional, Texts, DataSource, Clock)}, counting what the engine and the
     * follow-up timer do into {@code meters} (an empty {@link CompositeMeterRegistry} keeps nothing, at next to no
     * cost).
     *
     * @param meters where the engine's and the timer's meters live; transports add theirs ({@link #meters()})
     */
    public static Coach assemble(CoachConfig config, Optional<Path> configDir, Texts texts, DataSource dataSource,
                                 Clock clock, MeterRegistry meters) {
        FollowUpSettings followUpSettings = FollowUpSettings.from(config.settings());
        UserRepository users = new UserRepository(config.defaultZone(), followUpSettings.quietHours());
        Languages languages = texts.languages();
        // One Texts speaks every language (by LanguageScope), so each language's checks word findings with it.
        Map<String, Texts> textsByTag = new LinkedHashMap<>();
        languages.all().forEach(language -> textsByTag.put(language.tag(), texts));
        CheckLanguages checks = CheckLanguages.load(configDir, textsByTag);

        // What each coach set for a server's members: read by the features a command typed there starts.
        ServerMaterial material = CoachFeature.material();
        CommandTexts commandTexts = CommandTexts.load(languages, configDir);
        ContactFeature contacts = ContactFeature.create(texts, users, config.matchThreshold(), config.maxContacts(),
                ContactFeature.importMaxRows(config.settings()), commandTexts);
        QuestionFeature questions = QuestionFeature.create(texts, contacts, QuestionBank.load(languages, configDir),
                checks, material);
        MeetingFeature meetings = MeetingFeature.create(texts, users, contacts, config.maxContacts());
        RequestFeature requests = RequestFeature.create(texts, RequestTemplates.load(configDir), checks, users,
                contacts, material);
        // A contact's follow-ups belong to the server the newest request to them was drafted in.
        FollowUpFeature followUps = FollowUpFeature.create(texts, configDir, followUpSettings, users, contacts,
                meetings.history(), questions.saved(), requests::serverOf, material);
        // In the order commands are listed in help; data of a later feature may refer to an earlier one's.
        List<Feature> features = new ArrayList<>(List.of(contacts, requests, questions, meetings, followUps,
                PipelineFeature.create(texts, PipelineSettings.from(config.settings()), contacts.book(),
                        requests.history(), meetings.history()),
                SettingsFeature.create(texts, users)));
        CoachFeature coaching = CoachFeature.create(texts, users, contacts, meetings.history(), followUps,
                new CoachFeature.Material(questions, requests, FollowUpDrafts.load(texts, configDir)));
        features.add(coaching);
        List<PersonalData> personalData = new ArrayList<>(List.of(users.personalData()));
        features.forEach(feature -> personalData.addAll(feature.personalData()));
        personalData.add(Conversations.setAsideFlows());
        features.add(PrivacyFeature.create(texts, personalData, contacts.book()));

        CommandCatalog.Builder catalog = CommandCatalog.builder();
        List<Flow> flows = new ArrayList<>();
        List<Notices> notices = new ArrayList<>();
        for (Feature feature : features) {
            feature.registerCommands(catalog);
            flows.addAll(feature.flows());
            notices.add(feature.notices());
        }
        CommandCatalog commands = catalog.describedBy(commandTexts).build();
        Conversations conversations = Conversations.builder()
                .dataSource(dataSource)
                .clock(clock)
                .texts(texts)
                .commands(commands)
                .flows(flows)
                .notices(Notices.all(notices))
                .cacheSize(config.sessionCacheSize())
                .maxAttempts(config.maxAttempts())
                .idleTimeout(config.idleTimeout())
                .meters(meters)
                .build();
        return new Coach(features, conversations, commands, texts, followUps, contacts, coaching, dataSource, clock,
                meters, new UserLanguages(languages, users), commandTexts);
    }

    /** The engine that handles every input. */
    public Conversations conversations() {
        return conversations;
    }

    /** Every command, for help, parsing and Discord registration. */
    public CommandCatalog commands() {
        return commands;
    }

    /** The commands' names, descriptions, options and choices in every language, for Discord's localizations. */
    public CommandTexts commandTexts() {
        return commandTexts;
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
            return Database.inTransaction(dataSource, connection -> contacts.suggest(connection, user, typed, max));
        }
        return List.of();
    }

    /** Where the engine and the follow-up timer count, and transports add their own meters (lanes, gateway). */
    public MeterRegistry meters() {
        return meters;
    }

    /**
     * Speaks the user's language on this thread until the scope is closed: what a transport opens around handling
     * one input and rendering its reply. The language is the one the user chose with {@code /settings language:},
     * else the one {@code discordLocale} picks, else the one their last Discord locale picked, else English; the
     * locale is remembered for the timer's prompts. When the database cannot say, the scope speaks English (the
     * input's own handling then reports the trouble).
     *
     * <pre>{@code
     * try (LanguageScope scope = coach.speak(user, Optional.of("es-ES"))) {
     *     render(coach.conversations().handle(user, input));
     * }
     * }</pre>
     *
     * @param discordLocale the Discord locale the input came with (such as {@code es-ES}); empty in the console
     */
    public LanguageScope speak(UserId user, Optional<String> discordLocale) {
        return LanguageScope.open(language(user, discordLocale));
    }

    /** The language {@link #speak} speaks to the user in, remembering the locale as it does. */
    public Language language(UserId user, Optional<String> discordLocale) {
        try {
            return Database.inTransaction(dataSource,
                    connection -> languages.forInput(connection, user, discordLocale));
        } catch (RuntimeException e) {
            // Not a static logger: Coach is loaded (checkSettings) before the transport points logging at its file.
            LoggerFactory.getLogger(Coach.class).warn("could not read the language of user {}; answering in English",
                    user, e);
            return Language.ENGLISH;
        }
    }

    /** What the bot remembers about itself, such as the commands it last registered on Discord. */
    public BotState state() {
        return new BotState(dataSource, clock);
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
        return Database.inTransaction(dataSource, connection -> followUps.act(
                conversations.context(user, connection), followUpId, action));
    }

    /**
     * The follow-up timer delivering to this sink, doing every feature's timer duties each round; the caller
     * starts and closes it. Scheduling a prompt sooner than the next poll wakes it early. Coaches' weekly digests
     * need somewhere to go: without a digest sink they wait, unclaimed, for a timer that has one.
     */
    public FollowUpScheduler timer(FollowUpSink sink) {
        return timer(sink, List.of());
    }

    /**
     * The follow-up timer delivering to {@code sink}, which also posts coaches' weekly digests to {@code digests}.
     */
    public FollowUpScheduler timer(FollowUpSink sink, DigestSink digests) {
        return timer(sink, List.of(coaching.digests(dataSource, clock, digests)));
    }

    /**
     * The follow-up timer delivering to {@code sink}, which also posts coaches' weekly digests to {@code digests}
     * and group challenges' announcements, midpoints and results to {@code challenges}.
     */
    public FollowUpScheduler timer(FollowUpSink sink, DigestSink digests, ChallengeSink challenges) {
        return timer(sink, List.of(coaching.digests(dataSource, clock, digests),
                coaching.challenges(dataSource, clock, challenges)));
    }

    private FollowUpScheduler timer(FollowUpSink sink, List<TimerDuty> extra) {
        List<TimerDuty> duties = new ArrayList<>();
        for (Feature feature : features) {
            duties.addAll(feature.timerDuties(conversations.idleFlows()));
        }
        duties.addAll(extra);
        return followUps.timer(dataSource, clock, sink, duties, conversations.idleFlows(), meters);
    }
}
