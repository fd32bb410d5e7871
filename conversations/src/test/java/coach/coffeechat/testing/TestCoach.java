package coach.coffeechat.testing;

import coach.coffeechat.Coach;
import coach.coffeechat.checks.CheckRules;
import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.ContactFeature;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpFeature;
import coach.coffeechat.followup.FollowUpSettings;
import coach.coffeechat.meeting.MeetingFeature;
import coach.coffeechat.questions.QuestionBank;
import coach.coffeechat.questions.QuestionFeature;
import coach.coffeechat.user.UserRepository;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** The whole product on a test database, with the shipped defaults and a test clock. */
public final class TestCoach {
    /** The shipped messages. */
    public static final Texts TEXTS = Texts.load(Optional.empty());
    /** The shipped default settings. */
    public static final CoachConfig CONFIG = CoachConfig.from(Settings.load(Optional.empty(), Map.of()));

    private TestCoach() {
    }

    /** The users table with the shipped defaults, except that users without a zone of their own are in UTC. */
    public static UserRepository users() {
        return new UserRepository(ZoneOffset.UTC, FollowUpSettings.from(CONFIG.settings()).quietHours());
    }

    /** The product on this database and clock. */
    public static Coach on(DataSource dataSource, Clock clock) {
        return Coach.assemble(CONFIG, TEXTS, dataSource, clock);
    }

    /** The contacts on their own, for tests that store or read contacts directly; no stage listener hears them. */
    public static ContactBook contacts() {
        return ContactFeature.create(TEXTS, users(), CONFIG.matchThreshold(), CONFIG.maxContacts()).book();
    }

    /** The follow-up feature with the shipped settings, on the features it builds on, as {@link Coach} builds it. */
    public static FollowUpFeature followUps() {
        UserRepository users = users();
        ContactFeature contacts = ContactFeature.create(TEXTS, users, CONFIG.matchThreshold(), CONFIG.maxContacts());
        MeetingFeature meetings = MeetingFeature.create(TEXTS, users, contacts, CONFIG.maxContacts());
        QuestionFeature questions = QuestionFeature.create(TEXTS, contacts, QuestionBank.load(Optional.empty()),
                new QuestionChecker(CheckRules.load(Optional.empty()), TEXTS));
        return FollowUpFeature.create(TEXTS, Optional.empty(), FollowUpSettings.from(CONFIG.settings()), users,
                contacts, meetings.history(), questions.saved());
    }

    /** Adds Ana Li, a UX researcher at Acme Health who moved from teaching, the contact most tests start from. */
    public static void addAnaLi(Coach coach, UserId user) {
        addContact(coach, user, Map.of("name", "Ana Li", "role", "UX researcher",
                "organisation", "Acme Health", "why", "She moved from teaching into research"));
    }

    /**
     * Adds a warm contact the way a user does, through the {@code /contact add} flow: the form, then the first
     * option of every choice ("a different person" when asked about a namesake), skip for text, and yes to the
     * confirmation.
     *
     * @param form the form's values by field id; {@code name} is required
     */
    public static void addContact(Coach coach, UserId user, Map<String, String> form) {
        coach.conversations().handle(user, Input.Command.of("contact add"));
        coach.conversations().handle(user, new Input.Form(form));
        Reply reply = coach.conversations().handle(user, new Input.Answer("warm"));
        for (int step = 0; step < 6 && reply.prompt().isPresent(); step++) {
            Prompt prompt = reply.prompt().get();
            String answer = prompt instanceof Prompt.Confirm ? "yes"
                    : prompt instanceof Prompt.Choice choice ? firstOrDifferent(choice) : "skip";
            reply = coach.conversations().handle(user, new Input.Answer(answer));
        }
        if (reply.prompt().isPresent() || !reply.text().contains(form.get("name"))) {
            throw new AssertionError("the add flow did not save " + form.get("name") + ": " + reply.text());
        }
    }

    private static String firstOrDifferent(Prompt.Choice choice) {
        return choice.options().stream().map(Prompt.Option::id).filter("different"::equals).findFirst()
                .orElse(choice.options().get(0).id());
    }
}
