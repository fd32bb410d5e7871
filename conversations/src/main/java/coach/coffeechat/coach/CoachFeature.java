package coach.coffeechat.coach;

import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.ContactFeature;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.CommandSpec.OptionKind;
import coach.coffeechat.engine.CommandSpec.OptionSpec;
import coach.coffeechat.engine.Feature;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.PersonalData;
import coach.coffeechat.engine.Place;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.ServerMaterial;
import coach.coffeechat.engine.TimerDuty;
import coach.coffeechat.followup.FollowUpDrafts;
import coach.coffeechat.followup.FollowUpFeature;
import coach.coffeechat.meeting.MeetingHistory;
import coach.coffeechat.questions.QuestionFeature;
import coach.coffeechat.request.RequestFeature;
import coach.coffeechat.user.UserRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Coaches and their cohorts, per server (a Discord guild, or a server the console simulates by name): {@code /coach
 * setup} and {@code /coach settings} for the coach, {@code /coach share} for members (off until they choose, per
 * server), {@code /coach roster} for the coach role, and the weekly digest the timer posts to the coach channel
 * ({@link #digests}). A member's figures are read through the contact, meeting and follow-up features' public
 * faces, only for members who share, and never include notes. A coach also adds questions to the server's bank and
 * writes the server's own request templates and follow-up drafts ({@code /coach questions}, {@code /coach
 * template}), checked with the rules the shipped ones keep; the features read them through {@link #material()}.
 * Built by {@link #create}. Thread-safe.
 */
public final class CoachFeature implements Feature {
    private final Texts texts;
    private final ServerSettings settings;
    private final ShareFlow share;
    private final RosterFlow roster;
    private final ServerRepository servers;
    private final MemberRepository members;
    private final FiguresReader figures;
    private final ChallengeRepository challenges = new ChallengeRepository();
    private final ChallengeWriter challengeWriter;
    private final ChallengeCommands challengeCommands;
    private final QuestionCommands questionCommands;
    private final TemplateCommands templateCommands;

    private CoachFeature(Texts texts, ServerRepository servers, MemberRepository members, FiguresReader figures,
                         UserRepository users, FollowUpFeature followUps, Material material) {
        this.texts = texts;
        this.servers = servers;
        this.members = members;
        this.figures = figures;
        this.settings = new ServerSettings(texts, servers, users);
        this.share = new ShareFlow(texts, servers, members);
        this.roster = new RosterFlow(texts, servers, members, figures);
        this.challengeWriter = new ChallengeWriter(texts, new ChallengeCounter(challenges, figures, followUps),
                servers);
        this.challengeCommands = new ChallengeCommands(texts, servers, challenges, challengeWriter);
        CoachAccess access = new CoachAccess(texts, servers);
        MaterialRepository own = new MaterialRepository();
        this.questionCommands = new QuestionCommands(texts, access, own, material.questions());
        this.templateCommands = new TemplateCommands(texts, access, own, material.requests(), material.drafts());
    }

    /**
     * The features whose material a server's coach may add to or replace, for the checks they keep.
     *
     * @param questions the question bank's rules
     * @param requests the request templates and their checks
     * @param drafts the follow-up drafts and their rules
     */
    public record Material(QuestionFeature questions, RequestFeature requests, FollowUpDrafts drafts) {
    }

    /**
     * The coach feature on the features whose figures it reads.
     *
     * @param texts the messages
     * @param users the users, for the zone a new server starts in (its coach's own)
     * @param contacts the contacts and their stage changes
     * @param meetings the meetings logged
     * @param followUps the open follow-ups, for the overdue ones
     * @param material the features whose material a coach may add to or replace
     */
    public static CoachFeature create(Texts texts, UserRepository users, ContactFeature contacts,
                                      MeetingHistory meetings, FollowUpFeature followUps, Material material) {
        return new CoachFeature(texts, new ServerRepository(), new MemberRepository(),
                new FiguresReader(contacts.book(), meetings, followUps), users, followUps, material);
    }

    /**
     * What each server's coach set for its members (questions, templates, cohort defaults), for the features that
     * use them; it reads the coach's tables only.
     */
    public static ServerMaterial material() {
        return new CohortMaterial();
    }

    /**
     * Adds {@code /coach setup}, {@code /coach settings}, {@code /coach share} and {@code /coach roster}, and
     * {@code /challenge start}, {@code /challenge join} and {@code /challenge status}.
     */
    @Override
    public void registerCommands(CommandCatalog.Builder catalog) {
        List<Prompt.Option> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            days.add(Prompt.Option.of(name.toLowerCase(Locale.ROOT), name));
        }
        List<Prompt.Option> languages = texts.languages().all().stream()
                .map(language -> Prompt.Option.of(language.tag(), language.name())).toList();
        List<Prompt.Option> levels = new ArrayList<>();
        for (Sharing level : Sharing.values()) {
            levels.add(Prompt.Option.of(level.id(), texts.get("coach.share.level." + level.id())));
        }
        List<Prompt.Option> sorts = new ArrayList<>();
        for (RosterSort sort : RosterSort.values()) {
            sorts.add(Prompt.Option.of(sort.id(), texts.get("coach.roster.by." + sort.id())));
        }
        catalog.add(new CommandSpec("coach setup", "Set up coaching here: coach role, digest channel and time, cohort"
                        + " defaults", List.of(server(),
                        new OptionSpec("role", "The coach role: who may see the roster", false, OptionKind.ROLE,
                                List.of()),
                        new OptionSpec("channel", "Where the weekly digest goes", false, OptionKind.CHANNEL, List.of()),
                        new OptionSpec("day", "The digest's day", false, OptionKind.CHOICE, days),
                        new OptionSpec("time", "The digest's local time, e.g. 09:00", false, OptionKind.TEXT,
                                List.of()),
                        new OptionSpec("timezone", "The server's IANA time zone, e.g. Europe/Berlin", false,
                                OptionKind.TIME_ZONE, List.of()),
                        new OptionSpec("ping", "Ping the coach role with each digest (off by default)", false,
                                OptionKind.CHOICE, List.of(Prompt.Option.of("off", "Off"),
                                        Prompt.Option.of("on", "On"))),
                        new OptionSpec("meeting-minutes", "The cohort's usual meeting length, 10 to 120 minutes",
                                false, OptionKind.INTEGER, List.of()),
                        new OptionSpec("reminder-days", "Days before a polite reminder when a request gets no reply,"
                                + " 3 to 60", false, OptionKind.INTEGER, List.of()),
                        new OptionSpec("challenge-role", "A role that may also start challenges", false,
                                OptionKind.ROLE, List.of()),
                        new OptionSpec("language", "The language of the digest and challenge posts (English if"
                                + " not set)", false, OptionKind.CHOICE, languages))), settings::setup)
                .add(new CommandSpec("coach settings", "This server's coaching setup", List.of(server())),
                        settings::settings)
                .add(new CommandSpec("coach share", "What the coach of this server may see of your progress",
                        List.of(new OptionSpec("level", "off, counts (numbers and dates) or named (also who you met)",
                                true, OptionKind.CHOICE, levels), server())), share::share)
                .add(new CommandSpec("coach roster", "Coaches: the members who share their progress, with figures",
                        List.of(new OptionSpec("sort", "Order: stuck longest first, most active, or by name", false,
                                OptionKind.CHOICE, sorts), server())), roster::roster);
        registerMaterial(catalog);
        registerChallenges(catalog);
    }

    private void registerMaterial(CommandCatalog.Builder catalog) {
        List<Prompt.Option> names = templateCommands.names().stream().map(name -> Prompt.Option.of(name, name))
                .toList();
        catalog.add(new CommandSpec("coach questions", "Coaches: this server's own questions for its members",
                        List.of(choice("action", "list (the default), add or remove", QuestionCommands.ACTIONS),
                                new OptionSpec("question", "add: the question, e.g. How did you ...?", false,
                                        OptionKind.TEXT, List.of()),
                                new OptionSpec("tags", "add: what it is for, e.g. insights, advice (insights if"
                                        + " left out)", false, OptionKind.TEXT, List.of()),
                                new OptionSpec("number", "remove: its number in the list", false,
                                        OptionKind.INTEGER, List.of()), server())), questionCommands::handle)
                .add(new CommandSpec("coach template", "Coaches: this server's own request templates and"
                        + " follow-up drafts", List.of(new OptionSpec("name", "Which template", true,
                                OptionKind.CHOICE, names),
                        choice("action", "edit (the default), show, or reset to the shipped one",
                                TemplateCommands.ACTIONS), server())), templateCommands::handle);
    }

    private OptionSpec choice(String name, String description, List<String> ids) {
        List<Prompt.Option> options = ids.stream()
                .map(id -> Prompt.Option.of(id, texts.get("coach.material.action." + id))).toList();
        return new OptionSpec(name, description, false, OptionKind.CHOICE, options);
    }

    private void registerChallenges(CommandCatalog.Builder catalog) {
        List<Prompt.Option> goals = new ArrayList<>();
        for (ChallengeGoal goal : ChallengeGoal.values()) {
            goals.add(Prompt.Option.of(goal.id(), texts.get("challenge.goal-choice." + goal.id())));
        }
        List<Prompt.Option> appearances = new ArrayList<>();
        for (Appearance appearance : Appearance.values()) {
            appearances.add(Prompt.Option.of(appearance.id(), texts.get("challenge.appear." + appearance.id())));
        }
        catalog.add(new CommandSpec("challenge start", "Coaches: start a group challenge in this channel",
                        List.of(new OptionSpec("goal", "What each member aims for", true, OptionKind.CHOICE, goals),
                                new OptionSpec("count", "How many each, 1 to " + ChallengeCommands.MAX_TARGET, true,
                                        OptionKind.INTEGER, List.of()),
                                new OptionSpec("end", "The last day, e.g. friday, 15 Mar, in 2 weeks", true, OptionKind.TEXT,
                                        List.of()),
                                new OptionSpec("start", "The first day, e.g. tomorrow, monday (today if not given)", false, OptionKind.TEXT,
                                        List.of()), server())), challengeCommands::start)
                .add(new CommandSpec("challenge join", "Join this server's challenge; choose whether you appear on"
                        + " its leaderboard", List.of(new OptionSpec("appear", "On the leaderboard: hidden (the"
                        + " default), by name or anonymously", false, OptionKind.CHOICE, appearances), server())),
                        challengeCommands::join)
                .add(new CommandSpec("challenge status", "Your progress in this server's challenge",
                        List.of(server())), challengeCommands::status);
    }

    /** The confirmation before sharing, and the roster's pages. */
    @Override
    public List<Flow> flows() {
        return List.of(share.flow(), roster.flow(), templateCommands.flow());
    }

    /** What each member shares with each server's coach, and the challenges they joined. */
    @Override
    public List<PersonalData> personalData() {
        return List.of(MemberRepository.personalData(), ChallengeRepository.personalData());
    }

    /**
     * The weekly digests, as a duty of the one timer, posting to {@code sink}.
     *
     * @param dataSource the database, to record a digest as posted once the sink took it
     * @param clock where time comes from
     * @param sink where digests go
     */
    public TimerDuty digests(DataSource dataSource, Clock clock, DigestSink sink) {
        return new DigestDuty(dataSource, clock, servers, members, figures, new DigestWriter(texts),
                new DigestRepository(), sink, texts.languages());
    }

    /**
     * The challenges' posts (announcement, midpoint, result), as a duty of the one timer, posting to {@code sink}.
     *
     * @param dataSource the database, to record a post as posted once the sink took it
     * @param clock where time comes from
     * @param sink where the posts go
     */
    public TimerDuty challenges(DataSource dataSource, Clock clock, ChallengeSink sink) {
        return new ChallengeDuty(dataSource, clock, challenges, new ChallengePostRepository(), challengeWriter, sink,
                servers, texts.languages());
    }

    private static OptionSpec server() {
        return new OptionSpec(Place.SERVER_OPTION, "Console only: the server's name (on Discord, this server)", false,
                OptionKind.SERVER, List.of());
    }
}
