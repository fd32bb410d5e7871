package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.bot.discord.fake.Bodies;
import coach.coffeechat.bot.discord.fake.FakeDiscord;
import coach.coffeechat.bot.discord.fake.FakeUser;
import coach.coffeechat.bot.discord.fake.GatewayEvents.GuildChannelOption;
import coach.coffeechat.bot.discord.fake.GatewayEvents.Where;
import coach.coffeechat.bot.discord.fake.OpenApiContract;
import coach.coffeechat.bot.discord.fake.RecordedCall;
import coach.coffeechat.bot.discord.fake.Upload;
import coach.coffeechat.coach.DigestSink;
import coach.coffeechat.followup.FollowUpScheduler;
import coach.coffeechat.followup.FollowUpSink;
import coach.coffeechat.store.Database;
import coach.coffeechat.store.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A coach on the fake Discord with the real JDA client: setup with the coach channel, a member's consent, the
 * roster, and the weekly digest posted by the timer with its chart attached; a challenge from its announcement
 * and a click on Join to its result; a question the coach adds to the server's bank offered first to a member
 * preparing questions in the server; a member without Manage Server refused setup and material but sharing as any
 * member does. Every body the bot sent, the
 * multipart digest's included, matches Discord's OpenAPI description.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
final class DiscordCoachEndToEndTest {
    /** Monday 9:00 UTC at first: the digest's slot when the coach sets it for Mondays at 09:00 UTC. */
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the test's clock stays in UTC");
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private final OpenApiContract contract = OpenApiContract.load();
    private BotOnFakeDiscord bot;
    private FakeDiscord discord;
    private Database database;
    private Coach coach;
    private DiscordTransport transport;

    @BeforeEach
    void start() throws Exception {
        bot = BotOnFakeDiscord.start(clock).inTheGuild();
        discord = bot.discord;
        database = bot.database;
        coach = bot.coach;
        transport = bot.transport;
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void setupConsentRosterAndADigestWithItsChart() {
        FakeUser dana = discord.newUser("dana");
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("channel", GuildChannelOption.INSTANCE);
        setup.put("day", "monday");
        setup.put("time", "09:00");
        setup.put("timezone", "UTC");
        RecordedCall set = bot.answer(discord.events().subcommand(dana, Where.GUILD, "coach", "setup", setup));
        assertThat(Bodies.text(set.body())).contains("Coaching is set up for Cohort A.",
                "<#" + discord.events().guildChannelId() + ">");

        RecordedCall asked = bot.answer(discord.events().subcommand(dana, Where.GUILD, "coach", "share",
                Map.of("level", "counts")));
        assertThat(Bodies.text(asked.body())).contains("If you share counts, the coaches of Cohort A will see");
        String yes = Bodies.components(asked.body()).keySet().stream().filter(id -> id.endsWith(":y")).findFirst()
                .orElseThrow();
        RecordedCall shared = bot.answer(discord.events().buttonClick(dana, Where.GUILD, yes));
        assertThat(Bodies.text(shared.body())).contains("Done: the coaches of Cohort A see your counts");

        RecordedCall roster = bot.answer(discord.events().subcommand(dana, Where.GUILD, "coach", "roster", Map.of()));
        assertThat(Bodies.text(roster.body())).contains("Cohort A: 1 member shares their progress");
        assertThat(roster.body().path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);

        try (FollowUpScheduler timer = coach.timer(prompt -> new FollowUpSink.Delivered(),
                DiscordDigestSink.over(transport.shards(), DiscordEndToEndTest.WAIT))) {
            timer.runOnce();
        }
        RecordedCall digest = discord.awaitRequest("POST", "channels/" + discord.events().guildChannelId()
                + "/messages", DiscordEndToEndTest.WAIT);
        assertThat(digest.hasBody()).as("the multipart's payload_json").isTrue();
        assertThat(contract.check(digest)).isEmpty();
        assertThat(digest.body().path("embeds").get(0).path("image").path("url").asText())
                .isEqualTo("attachment://digest.png");
        assertThat(digest.body().path("allowed_mentions").path("parse").size()).isZero();
        Upload chart = discord.uploads().get(0);
        assertThat(chart.filename()).isEqualTo("digest.png");
        assertThat(chart.bytes()).hasSizeGreaterThan(10_000).startsWith((byte) 0x89, (byte) 'P', (byte) 'N',
                (byte) 'G');
    }

    @Test
    void aChallengeFromStartToResult() {
        FakeUser dana = discord.newUser("dana");
        FakeUser ada = discord.newUser("ada");
        bot.answer(discord.events().subcommand(dana, Where.GUILD, "coach", "setup", Map.of("timezone", "UTC")));
        Map<String, Object> challenge = new LinkedHashMap<>();
        challenge.put("goal", "requests");
        challenge.put("count", 2);
        challenge.put("end", "2026-03-04");
        RecordedCall started = bot.answer(discord.events().subcommand(dana, Where.GUILD, "challenge", "start",
                challenge));
        assertThat(Bodies.text(started.body())).contains("Started: 2 requests sent each, from Mon 2 Mar to Wed 4 Mar.");
        String posts = "channels/" + discord.events().guildChannelId() + "/messages";

        try (FollowUpScheduler timer = coach.timer(prompt -> new FollowUpSink.Delivered(),
                digest -> new DigestSink.Posted(), DiscordChallengeSink.over(transport.shards(),
                        DiscordEndToEndTest.WAIT))) {
            timer.runOnce();
            RecordedCall announced = discord.awaitRequest("POST", posts, DiscordEndToEndTest.WAIT);
            assertThat(Bodies.text(announced.body())).contains("New challenge in Cohort A");
            String join = Bodies.components(announced.body()).keySet().iterator().next();
            RecordedCall joined = bot.answer(discord.events().buttonClick(ada, Where.GUILD, join));
            assertThat(Bodies.text(joined.body())).contains("You're in: 2 requests sent each");
            assertThat(joined.body().path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
            bot.answer(discord.events().subcommand(ada, Where.GUILD, "challenge", "join", Map.of("appear", "named")));

            now.set(now.get().plus(Duration.ofDays(3)));
            timer.runOnce();
            RecordedCall result = discord.awaitRequest("POST", posts, 2, DiscordEndToEndTest.WAIT);
            assertThat(Bodies.text(result.body())).contains("The challenge is over", "1 member has joined");
            assertThat(Bodies.components(result.body())).isEmpty();
            assertThat(result.body().path("allowed_mentions").path("parse").size()).isZero();
        }
    }

    @Test
    void aCoachAddsAServerQuestionAndAMemberPreparingQuestionsThereIsOfferedItFirst() {
        FakeUser dana = discord.newUser("dana");
        FakeUser ada = discord.newUser("ada");
        bot.answer(discord.events().subcommand(dana, Where.GUILD, "coach", "setup", Map.of("timezone", "UTC")));
        Map<String, Object> add = new LinkedHashMap<>();
        add.put("action", "add");
        add.put("question", "What did your first month at ${organisation} teach you about the work?");
        add.put("tags", "insights, advice");
        RecordedCall added = bot.answer(discord.events().subcommand(dana, Where.GUILD, "coach", "questions", add));
        assertThat(Bodies.text(added.body())).contains("Added to the questions of Cohort A");
        assertThat(added.body().path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        database.inTransaction(c -> {
            String owner = Long.toUnsignedString(ada.id());
            Sql.update(c, "INSERT INTO users (user_id, time_zone, created_at, updated_at) VALUES (?, 'UTC', ?, ?)",
                    s -> {
                        s.setString(1, owner);
                        Sql.setInstant(s, 2, now.get());
                        Sql.setInstant(s, 3, now.get());
                    });
            return Sql.update(c, "INSERT INTO contacts (owner_id, name, organisation, warmth, source, stage,"
                    + " stage_changed_at, created_at) VALUES (?, 'Ana Li', 'Acme Health', 'cold', 'other',"
                    + " 'identified', ?, ?)", s -> {
                        s.setString(1, owner);
                        Sql.setInstant(s, 2, now.get());
                        Sql.setInstant(s, 3, now.get());
                    });
        });

        RecordedCall minutes = bot.answer(discord.events().subcommand(ada, Where.GUILD, "questions", "prepare",
                Map.of("contact", "Ana Li")));
        String open = Bodies.components(minutes.body()).keySet().stream().filter(id -> id.endsWith(":m"))
                .findFirst().orElseThrow();
        RecordedCall modal = bot.answer(discord.events().buttonClick(ada, Where.GUILD, open));
        RecordedCall menu = bot.answer(discord.events().modalSubmit(ada, Where.GUILD,
                modal.body().path("data").path("custom_id").asText(), Map.of(CustomIds.TEXT_ANSWER, "15")));
        RecordedCall topics = bot.answer(pick(ada, menu.body(), "topic"));
        assertThat(options(topics.body()).entrySet()).as(topics.body().toString()).first()
                .isEqualTo(Map.entry("coach", "From your coach"));
        RecordedCall questions = bot.answer(pick(ada, topics.body(), "coach"));
        assertThat(options(questions.body()).values()).as(questions.body().toString())
                .anyMatch(label -> label.startsWith("What did your first month at Acme Health"));
    }

    @Test
    void aMemberWithoutManageServerCannotSetUpOrChangeMaterialButSharesAsAnyMember() {
        FakeUser dana = discord.newUser("dana");
        FakeUser ada = discord.newUser("ada");
        discord.events().plainMember(ada);
        bot.answer(discord.events().subcommand(dana, Where.GUILD, "coach", "setup", Map.of("timezone", "UTC")));

        RecordedCall setup = bot.answer(discord.events().subcommand(ada, Where.GUILD, "coach", "setup",
                Map.of("timezone", "Europe/Berlin")));
        RecordedCall add = bot.answer(discord.events().subcommand(ada, Where.GUILD, "coach", "questions",
                Map.of("action", "add", "question", "What surprised you in your first month?")));
        RecordedCall share = bot.answer(discord.events().subcommand(ada, Where.GUILD, "coach", "share",
                Map.of("level", "counts")));

        assertThat(Bodies.text(setup.body())).contains("Only members who can manage this server can set up");
        assertThat(Bodies.text(add.body())).contains("Only this server's coaches");
        assertThat(Bodies.text(share.body())).contains("If you share counts, the coaches of Cohort A will see");
        RecordedCall settings = bot.answer(discord.events().subcommand(ada, Where.GUILD, "coach", "settings", Map.of()));
        assertThat(Bodies.text(settings.body())).contains("(UTC)").doesNotContain("Europe/Berlin");
    }

    /** The options of a reply's select menu, or else its buttons, by value or custom id, with their labels. */
    private static Map<String, String> options(JsonNode body) {
        Map<String, String> options = new LinkedHashMap<>();
        body.findValues("options").forEach(list -> list.forEach(option -> {
            if (option.has("value") && option.has("label")) {
                options.put(option.get("value").asText(), option.get("label").asText());
            }
        }));
        if (options.isEmpty()) {
            Bodies.components(body).forEach((id, label) -> options.put(id.substring(id.lastIndexOf(':') + 1),
                    label));
        }
        return options;
    }

    /** Picks an option of a reply's prompt by its id: from the select menu, or the button ending with it. */
    private ObjectNode pick(FakeUser user, JsonNode body, String option) {
        for (String id : Bodies.components(body).keySet()) {
            if (id.endsWith(":s") && Bodies.selectValues(body).contains(option)) {
                return discord.events().select(user, Where.GUILD, id, option);
            }
        }
        String button = Bodies.components(body).keySet().stream().filter(id -> id.endsWith(":" + option))
                .findFirst().orElseThrow(() -> new AssertionError("no option " + option + " in " + body));
        return discord.events().buttonClick(user, Where.GUILD, button);
    }

}
