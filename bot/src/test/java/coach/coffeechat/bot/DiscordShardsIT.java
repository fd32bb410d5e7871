package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import coach.coffeechat.bot.discord.fake.Bodies;
import coach.coffeechat.bot.discord.fake.FakeDiscord;
import coach.coffeechat.bot.discord.fake.FakeUser;
import coach.coffeechat.bot.discord.fake.GatewayEvents.Where;
import coach.coffeechat.bot.discord.fake.OpenApiContract;
import coach.coffeechat.bot.discord.fake.RecordedCall;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bot jars on one PostgreSQL, each running half of the shards against a fake Discord with the real JDA, as
 * operators run a bot past one machine: the commands are registered once, a flow started through a server on one
 * process's shard goes on through a DM on the other's, and a due follow-up is delivered once although both
 * processes' timers look for it every second. Runs where {@code COFFEECHAT_TEST_POSTGRES_URL} names a server
 * ({@code .ci/run} starts one).
 */
final class DiscordShardsIT {
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String TOKEN = DiscordJars.TOKEN;

    @TempDir
    Path work;

    private final OpenApiContract contract = OpenApiContract.load();
    private final List<Process> bots = new ArrayList<>();
    private FakeDiscord discord;
    private String databaseUrl;

    @BeforeEach
    void start() throws IOException, SQLException {
        String server = System.getenv("COFFEECHAT_TEST_POSTGRES_URL");
        assumeTrue(server != null && !server.isBlank(), "needs a PostgreSQL server (COFFEECHAT_TEST_POSTGRES_URL)");
        String schema = "shards_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        try (Connection connection = DriverManager.getConnection(server);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        databaseUrl = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        discord = FakeDiscord.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Process bot : bots) {
            if (bot.isAlive()) {
                bot.destroy();
                if (!bot.waitFor(30, TimeUnit.SECONDS)) {
                    bot.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
        if (discord != null) {
            discord.close();
        }
    }

    @Test
    void twoProcessesOnHalfTheShardsEachRegisterOnceShareAFlowAndDeliverAFollowUpOnce() throws Exception {
        FakeUser ada = discord.newUser("ada");

        // WHEN two processes start, one on shard 0 (every DM) and one on shard 1 (the fake's server)
        bots.add(startJar("zero", "0-0"));
        awaitSessions(1);
        bots.add(startJar("one", "1-1"));
        awaitSessions(2);
        discord.dispatch("GUILD_CREATE", discord.events().guildCreate());

        // AND ada starts adding a contact in the server (shard 1's process) ...
        RecordedCall form = answer(discord.events().subcommand(ada, Where.GUILD, "contact", "add", Map.of()));
        String modal = customId(form, ":m").replace(":m", ":d");
        RecordedCall warmth = answer(discord.events().modalSubmit(ada, Where.GUILD, modal,
                Map.of("name", "Priya Raman")));
        assertThat(Bodies.text(warmth.body())).contains("How well do you know Priya Raman?");

        // ... and answers the next question by typing in her DM with the bot (shard 0's process)
        long dm = discord.directChannelId(ada);
        discord.dispatch("MESSAGE_CREATE", discord.events().directMessage(ada, "warm"));
        RecordedCall next = discord.awaitRequest("POST", "channels/" + dm + "/messages", WAIT);

        // THEN the flow goes on where the other process left it
        assertThat(Bodies.text(next.body())).contains("Where do you know Priya Raman from?");

        // AND the commands were registered once, by the process with shard 0
        assertThat(discord.requests()).filteredOn(call -> call.matches("PUT", "applications/\\d+/commands"))
                .hasSize(1);

        // WHEN a stay-in-touch prompt about someone ada met falls due, and both timers poll every second
        int before = discord.messagesCreated(dm);
        dueStayInTouch(ada, "Lena Ortiz", "first");
        assertThat(awaitMessage(dm, 2)).contains("Lena Ortiz");
        // A second prompt, due once the first was out: when it arrives, both timers have polled since the first
        dueStayInTouch(ada, "Tomas Berg", "second");
        assertThat(awaitMessage(dm, 3)).contains("Tomas Berg");

        // THEN each was delivered to her DM exactly once
        List<String> prompts = discord.requests().stream()
                .filter(call -> call.matches("POST", "channels/" + dm + "/messages"))
                .map(call -> Bodies.text(call.body())).toList();
        assertThat(prompts).filteredOn(text -> text.contains("Lena Ortiz")).hasSize(1);
        assertThat(prompts).filteredOn(text -> text.contains("Tomas Berg")).hasSize(1);
        assertThat(discord.messagesCreated(dm) - before).isEqualTo(2);

        // AND every body matched Discord's OpenAPI description, and no process logged the token
        for (RecordedCall call : discord.requests()) {
            if (call.hasBody()) {
                assertThat(contract.check(call)).as(call.toString()).isEmpty();
            }
        }
        assertThat(discord.unhandledRequests()).isEmpty();
        for (String name : List.of("zero", "one")) {
            assertThat(Files.readString(work.resolve(name + "/logs/coffeechat.log"), StandardCharsets.UTF_8))
                    .doesNotContain(TOKEN);
        }
    }

    /** A contact ada met and a stay-in-touch prompt about them, due a minute ago, written as the planner does. */
    private void dueStayInTouch(FakeUser user, String name, String key) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp due = Timestamp.from(Instant.now().minusSeconds(60));
        try (Connection connection = DriverManager.getConnection(databaseUrl)) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO users (user_id, time_zone,"
                    + " created_at, updated_at) VALUES (?, 'UTC', ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, Long.toUnsignedString(user.id()));
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.executeUpdate();
            }
            long contact;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contacts (owner_id, name,"
                    + " warmth, source, stage, stage_changed_at, created_at) VALUES (?, ?, 'warm', 'friend', 'met',"
                    + " ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, Long.toUnsignedString(user.id()));
                insert.setString(2, name);
                insert.setTimestamp(3, now);
                insert.setTimestamp(4, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    contact = keys.getLong(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO follow_ups (owner_id,"
                    + " contact_id, kind, state, due_at, wake_at, attempts, deliveries, held, idempotency_key,"
                    + " created_at, updated_at) VALUES (?, ?, 'stay-in-touch', 'pending', ?, ?, 0, 0, FALSE, ?, ?, ?)")) {
                insert.setString(1, Long.toUnsignedString(user.id()));
                insert.setLong(2, contact);
                insert.setTimestamp(3, due);
                insert.setTimestamp(4, due);
                insert.setString(5, "shards-it:" + key);
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.executeUpdate();
            }
        }
    }

    private void awaitSessions(int n) {
        try {
            discord.awaitSession(n, START);
        } catch (IllegalStateException e) {
            throw new AssertionError(e.getMessage() + "; logs: " + logs(), e);
        }
    }

    /** Waits for the {@code n}-th message the bot posts in a DM channel, and returns its text. */
    private String awaitMessage(long channel, int n) {
        return Bodies.text(discord.awaitRequest("POST", "channels/" + channel + "/messages", n, WAIT).body());
    }

    private RecordedCall answer(ObjectNode interaction) {
        return DiscordJars.answer(discord, interaction, WAIT);
    }

    private static String customId(RecordedCall reply, String suffix) {
        return DiscordJars.customId(reply, suffix);
    }

    private Process startJar(String name, String shards) throws IOException {
        // Quiet hours well away from now, wherever in the day the test runs (users here are on UTC).
        LocalTime later = LocalTime.now(ZoneOffset.UTC).plusHours(3).withSecond(0).withNano(0);
        return DiscordJars.start(discord, work, name, work.resolve(name), Map.of(
                "COFFEECHAT_DB_URL", databaseUrl,
                "COFFEECHAT_DISCORD_SHARDS_TOTAL", "2",
                "COFFEECHAT_DISCORD_SHARDS", shards,
                "COFFEECHAT_FOLLOWUP_POLL_INTERVAL", "PT1S",
                "COFFEECHAT_FOLLOWUP_QUIET_HOURS", later + "-" + later.plusHours(1)));
    }

    private String logs() {
        StringBuilder all = new StringBuilder();
        for (String name : List.of("zero", "one")) {
            for (String stream : List.of(".out", ".err")) {
                try {
                    all.append("\n--- ").append(name).append(stream).append('\n')
                            .append(Files.readString(work.resolve(name + stream), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    all.append("(none: ").append(e).append(')');
                }
            }
        }
        return all.toString();
    }
}
