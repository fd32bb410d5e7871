package coach.coffeechat.coach;

import coach.coffeechat.Coach;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Place;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpScheduler;
import coach.coffeechat.followup.FollowUpSink;
import coach.coffeechat.store.Database;
import coach.coffeechat.store.Sql;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.testing.TestDatabases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The whole product for a coach's test: a fresh database, a fake clock, the coach, and a timer whose digests land
 * in a list. {@link #restart()} builds a new product and timer on the same database, as a restarted process would.
 */
final class CoachBench implements AutoCloseable {
    static final String SERVER = "111";
    static final String OTHER_SERVER = "222";
    static final String CHANNEL = "900";
    static final String COACH_ROLE = "700";

    final MutableClock clock;
    final Database database = TestDatabases.inMemory();
    final List<Digest> posted = new CopyOnWriteArrayList<>();
    final List<ChallengePost> challengePosts = new CopyOnWriteArrayList<>();
    private Coach coach;
    private FollowUpScheduler timer;
    private DigestSink sink = digest -> {
        posted.add(digest);
        return new DigestSink.Posted();
    };

    CoachBench(Instant start) {
        clock = new MutableClock(start);
        restart();
    }

    CoachBench() {
        this(MutableClock.atMondayMorning().instant());
    }

    /** A new product and timer on the same database, as after a restart. */
    void restart() {
        if (timer != null) {
            timer.close();
        }
        coach = TestCoach.on(database.dataSource(), clock);
        timer = coach.timer(prompt -> new FollowUpSink.Delivered(), digest -> sink.post(digest), post -> {
            challengePosts.add(post);
            return new DigestSink.Posted();
        });
    }

    /** Where digests go from now on. */
    void postTo(DigestSink sink) {
        this.sink = sink;
    }

    Coach coach() {
        return coach;
    }

    /** One round of the timer at the clock's time. */
    void round() {
        timer.runOnce();
    }

    /** A Discord-like place: the server, the member's name, whether they manage it, and their roles. */
    static Place in(String server, String member, boolean manager, String... roles) {
        return new Place(server, server.equals(SERVER) ? "Cohort A" : "Cohort B", member, manager, List.of(roles),
                List.of(CHANNEL));
    }

    /** A Discord-like place in a channel of {@link #SERVER} the bot can post to. */
    static Place inChannel(String member, boolean manager, String... roles) {
        return new Place(SERVER, "Cohort A", member, manager, List.of(roles), List.of(CHANNEL), CHANNEL);
    }

    Reply handle(UserId user, Input input) {
        return coach.conversations().handle(user, input);
    }

    Reply command(UserId user, Place place, String path, String... namesAndValues) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            options.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return handle(user, new Input.Command(path, options).in(place));
    }

    /** Sets up a server as its manager, with the digest channel and the given options. */
    Reply setUp(String server, String... namesAndValues) {
        List<String> all = new ArrayList<>(List.of("channel", CHANNEL, "role", COACH_ROLE));
        all.addAll(List.of(namesAndValues));
        return command(new UserId("dana"), in(server, "Dana", true), "coach setup", all.toArray(String[]::new));
    }

    /** Shares at a level, confirming. */
    Reply share(UserId user, String member, String server, Sharing level) {
        Reply asked = command(user, in(server, member, false), "coach share", "level", level.id());
        return asked.prompt().isPresent() ? handle(user, new Input.Answer("yes")) : asked;
    }

    /** The roster as a server manager sees it. */
    String roster(String server, String... namesAndValues) {
        return command(new UserId("dana"), in(server, "Dana", true), "coach roster", namesAndValues).text();
    }

    /**
     * Gives a user a contact who went as far as {@code stages} (request-sent, replied, met, thanked...), one
     * command each, and a logged meeting when it reached met.
     */
    void contactThrough(UserId user, String name, String... stages) {
        TestCoach.addContact(coach, user, Map.of("name", name));
        for (String stage : stages) {
            if (stage.equals("met")) {
                database.inTransaction(c -> Sql.update(c, "INSERT INTO meetings (owner_id, contact_id, met_on, format,"
                        + " minutes, learned, interested, created_at) SELECT owner_id, id, DATE '2026-03-02', 'video',"
                        + " 20, 'Private notes about the meeting', 'yes', ? FROM contacts WHERE owner_id = ? AND"
                        + " name = ?", s -> {
                            Sql.setInstant(s, 1, clock.instant());
                            s.setString(2, user.value());
                            s.setString(3, name);
                        }));
            }
            handle(user, new Input.Command("contact stage", Map.of("contact", name, "stage", stage)));
        }
    }

    static String text(String key, Object... namesAndValues) {
        return TestCoach.TEXTS.get(key, namesAndValues);
    }

    @Override
    public void close() {
        timer.close();
        database.close();
    }
}
