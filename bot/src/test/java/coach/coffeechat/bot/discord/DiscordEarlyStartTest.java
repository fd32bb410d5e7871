package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.bot.discord.fake.Bodies;
import coach.coffeechat.bot.discord.fake.FakeDiscord;
import coach.coffeechat.bot.discord.fake.FakeUser;
import coach.coffeechat.bot.discord.fake.GatewayEvents.Where;
import coach.coffeechat.bot.discord.fake.OpenApiContract;
import coach.coffeechat.bot.discord.fake.RecordedCall;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.ShardPlan;
import coach.coffeechat.config.Texts;
import coach.coffeechat.store.Database;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The gateway connects while the engine is still starting (its database opening and migrating side by side): with
 * the real JDA client on the fake Discord, an interaction that arrives before the engine is ready is deferred within
 * Discord's 3 seconds and answered once it is ready, and the commands are registered only then.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class DiscordEarlyStartTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private final OpenApiContract contract = OpenApiContract.load();
    private final Texts texts = Texts.load(Optional.empty());
    private final CompletableFuture<Coach> engine = new CompletableFuture<>();
    private FakeDiscord discord;
    private Database database;
    private DiscordTransport transport;

    @BeforeEach
    void connectBeforeTheEngineIsReady() throws Exception {
        discord = FakeDiscord.start();
        database = Database.open("jdbc:h2:mem:early-start;DB_CLOSE_DELAY=-1", "", "", 4);
        transport = DiscordTransport.start(engine, texts, new DiscordTransport.Settings("fake-token",
                        Optional.of(discord.restBaseUrl()), Optional.of(discord.gatewayUrl()), Optional.empty(), false),
                new ShardPlan(0, Optional.empty(), Optional.empty()));
        discord.awaitSession(1, WAIT);
    }

    @AfterEach
    void stop() {
        try {
            for (RecordedCall call : discord.requests()) {
                if (call.hasBody()) {
                    assertThat(contract.check(call)).as(call.toString()).isEmpty();
                }
            }
            assertThat(discord.unhandledRequests()).isEmpty();
        } finally {
            try {
                transport.close();
            } finally {
                discord.close();
                database.close();
            }
        }
    }

    @Test
    void anInteractionBeforeTheEngineIsReadyIsDeferredThenAnsweredAndCommandsWaitForTheEngine() {
        FakeUser ada = discord.newUser("ada");
        ObjectNode help = discord.events().slashCommand(ada, Where.GUILD, "help", Map.of());

        discord.dispatch("INTERACTION_CREATE", help);

        RecordedCall deferred = discord.awaitRequest("POST",
                "interactions/" + help.path("id").asText() + "/[^/]+/callback", WAIT);
        assertThat(deferred.body().path("type").asInt()).as("deferred, while the engine starts").isEqualTo(5);
        assertThat(deferred.body().path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(discord.requests()).as("no commands registered before the engine is ready")
                .noneMatch(call -> call.method().equals("PUT"));

        engine.complete(Coach.assemble(CoachConfig.from(Settings.load(Optional.empty(), Map.of())), texts,
                database.dataSource(), CLOCK));

        RecordedCall answered = discord.awaitRequest("PATCH",
                "webhooks/\\d+/" + help.path("token").asText() + "/messages/@original", WAIT);
        assertThat(Bodies.text(answered.body())).contains("/draft").doesNotContain(texts.get("engine.error"));
        RecordedCall registered = discord.awaitRequest("PUT", "applications/\\d+/commands", WAIT);
        assertThat(registered.body().size()).isGreaterThan(10);
    }
}
