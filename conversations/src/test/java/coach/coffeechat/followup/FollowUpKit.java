package coach.coffeechat.followup;

import coach.coffeechat.checks.CheckRules;
import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.ContactFeature;
import coach.coffeechat.contact.NewContact;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.engine.IdleFlows;
import coach.coffeechat.engine.ServerMaterial;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.TimerDuty;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.meeting.MeetingFeature;
import coach.coffeechat.questions.QuestionBank;
import coach.coffeechat.questions.QuestionFeature;
import coach.coffeechat.questions.SavedQuestions;
import coach.coffeechat.store.Database;
import coach.coffeechat.store.Sql;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.testing.TestDatabases;
import coach.coffeechat.user.UserLanguages;
import coach.coffeechat.user.UserRepository;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/** The timer on a real in-memory database with a fake clock and a recording sink; one per test. */
final class FollowUpKit implements AutoCloseable {
    static final UserId MAYA = new UserId("maya");

    final MutableClock clock;
    final Database database;
    final FollowUpSettings settings;
    final UserRepository users;
    final FollowUpRepository followUps = new FollowUpRepository();
    final FollowUpPlanner planner;
    final ContactFeature contactFeature;
    final ContactBook contacts;
    final FollowUpRenderer renderer;
    private final SavedQuestions saved;
    final IdleFlows idleFlows;
    final RecordingSink sink = new RecordingSink();
    private final List<Connection> opened = new ArrayList<>();
    /** What this kit's timers count. */
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    FollowUpKit(MutableClock clock) {
        this(clock, Map.of());
    }

    FollowUpKit(MutableClock clock, Map<String, String> environment) {
        this(clock, environment, TestDatabases.inMemory());
    }

    /** A kit on a database of the caller's (a benchmark's file database); closing the kit closes it. */
    FollowUpKit(MutableClock clock, Map<String, String> environment, Database database) {
        this.clock = clock;
        this.database = database;
        this.settings = FollowUpSettings.from(Settings.load(Optional.empty(), environment));
        this.users = new UserRepository(ZoneOffset.UTC, settings.quietHours());
        this.contactFeature = ContactFeature.create(TestCoach.TEXTS, users, TestCoach.CONFIG.matchThreshold(),
                TestCoach.CONFIG.maxContacts());
        MeetingFeature meetings = MeetingFeature.create(TestCoach.TEXTS, users, contactFeature,
                TestCoach.CONFIG.maxContacts());
        Cohorts noCohort = new Cohorts(CohortLink.NONE, ServerMaterial.NONE);
        this.planner = new FollowUpPlanner(followUps, users, settings, contactFeature.book(), meetings.history(),
                noCohort);
        contactFeature.addStageListener(planner);
        this.contacts = contactFeature.book();
        QuestionFeature questions = QuestionFeature.create(TestCoach.TEXTS, contactFeature,
                QuestionBank.load(Optional.empty()), new QuestionChecker(CheckRules.load(Optional.empty()),
                        TestCoach.TEXTS));
        this.saved = questions.saved();
        this.renderer = new FollowUpRenderer(TestCoach.TEXTS, Optional.empty(), users, contacts,
                meetings.history(), saved, noCohort);
        // The contact flows, so that a reminder of an idle "contact-add" flow can name it.
        this.idleFlows = IdleFlows.over(contactFeature.flows());
    }

    FollowUpScheduler scheduler() {
        return scheduler(sink);
    }

    /** A timer over this kit's tables delivering to {@code target}, reminding of idle flows as the product does. */
    FollowUpScheduler scheduler(FollowUpSink target) {
        TimerDuty idleReminders = (connection, now, limit) -> planner.remindIdleFlows(connection, idleFlows, now,
                limit);
        return new FollowUpScheduler(database.dataSource(), followUps, planner, renderer, target, clock, settings,
                List.of(idleReminders), idleFlows, new FollowUpMetrics(meters),
                new UserLanguages(TestCoach.TEXTS.languages(), users));
    }

    /** The follow-up feature on this kit's tables. */
    FollowUpFeature feature() {
        return new FollowUpFeature(TestCoach.TEXTS, users, contacts, contactFeature.lookup(), followUps, planner,
                renderer, settings, new WakeUpSignal(), saved);
    }

    <T> T tx(Database.SqlWork<T> work) {
        return database.inTransaction(work);
    }

    void zone(String zone) {
        tx(c -> {
            users.setZone(c, MAYA, ZoneId.of(zone), clock.instant());
            return null;
        });
    }

    Contact contact(String name, String organisation) {
        return contact(name, organisation, OptionalLong.empty(), "");
    }

    Contact contact(String name, String organisation, OptionalLong referrerId, String referrerName) {
        return tx(c -> {
            users.ensure(c, MAYA, clock.instant());
            long id = contacts.add(c, new NewContact(MAYA, name, "", organisation, Warmth.LUKEWARM, Source.ALUMNI,
                    referrerId, referrerName, "", ""), clock.instant());
            return contacts.find(c, MAYA, id).orElseThrow();
        });
    }

    /**
     * {@code count} contacts of {@code owner} ("Person 0", "Person 1" ...), each met just now, so the planner plans
     * a thank-you for each; in the caller's transaction.
     */
    void metContacts(Connection connection, UserId owner, int count) {
        users.ensure(connection, owner, clock.instant());
        for (int i = 0; i < count; i++) {
            long id = contacts.add(connection, new NewContact(owner, "Person " + i, "", "Org " + i, Warmth.WARM,
                    Source.FRIEND, OptionalLong.empty(), "", "", ""), clock.instant());
            contacts.moveStage(connection, owner, id, Stage.MET, clock.instant());
        }
    }

    void move(Contact contact, Stage stage) {
        tx(c -> contacts.moveStage(c, MAYA, contact.id(), stage, clock.instant()));
    }

    void logMeeting(Contact contact, String interested) {
        logMeeting(contact, interested, "Research teams hire for curiosity. Portfolios matter less than I thought.",
                "", "");
    }

    void logMeeting(Contact contact, String interested, String learned, String advice, String promised) {
        tx(c -> Sql.update(c, "INSERT INTO meetings (owner_id, contact_id, met_on, format, minutes, learned,"
                + " advice, promised, interested, created_at) VALUES (?, ?, ?, 'video', 15, ?, ?, ?, ?, ?)", s -> {
                    s.setString(1, MAYA.value());
                    s.setLong(2, contact.id());
                    s.setObject(3, clock.instant().atZone(ZoneId.of("UTC")).toLocalDate());
                    s.setString(4, learned);
                    s.setString(5, advice);
                    s.setString(6, promised);
                    s.setString(7, interested);
                    Sql.setInstant(s, 8, clock.instant());
                }));
    }

    List<FollowUp> open() {
        return tx(c -> followUps.open(c, MAYA));
    }

    StepContext context() {
        Connection connection;
        try {
            connection = database.dataSource().getConnection();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        opened.add(connection);
        return StepContext.of(MAYA, clock.instant(), connection);
    }

    @Override
    public void close() {
        for (Connection connection : opened) {
            try {
                connection.close();
            } catch (java.sql.SQLException e) {
                // closing anyway
            }
        }
        database.close();
    }

    /**
     * Remembers what reached the user. Honours the idempotency key like Discord's enforced nonce: a second
     * delivery with the same key is acknowledged but not posted again. Its gate, {@link #whileInFlight}, holds each
     * DM in flight while the test does something else (the user clicks, another timer runs, time passes), all on the
     * test's own thread, so every interleaving is exact.
     */
    static final class RecordingSink implements FollowUpSink {
        final List<FollowUpPrompt> posted = new ArrayList<>();
        /** Every prompt handed over, also those the key kept from being posted again. */
        final List<FollowUpPrompt> handedOver = new ArrayList<>();
        final Set<String> keys = new HashSet<>();
        volatile Delivery next;
        volatile boolean dieAfterPosting;
        /** Runs while a prompt is in flight: after it was handed over, before the sink answers. */
        volatile Consumer<FollowUpPrompt> whileInFlight = prompt -> { };

        @Override
        public synchronized Delivery deliver(FollowUpPrompt prompt) {
            handedOver.add(prompt);
            whileInFlight.accept(prompt);
            if (next != null) {
                return next;
            }
            if (keys.add(prompt.idempotencyKey())) {
                posted.add(prompt);
            }
            if (dieAfterPosting) {
                throw new ProcessDied();
            }
            return new Delivered();
        }

        List<FollowUpKind> kinds() {
            return posted.stream().map(FollowUpPrompt::kind).toList();
        }
    }

    /** Stands in for the process being killed right after a post: nothing after it runs. */
    static final class ProcessDied extends Error {
        private static final long serialVersionUID = 1L;
    }
}
