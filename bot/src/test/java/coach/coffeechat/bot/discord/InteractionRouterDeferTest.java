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
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The router on a single real JDA against the fake Discord: slow answers are deferred, one user's work is in order. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
final class InteractionRouterDeferTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final OpenApiContract contract = OpenApiContract.load();
    private FakeDiscord discord;
    private Database database;
    private Coach coach;
    private InteractionRouter router;
    private JDA jda;

    @BeforeEach
    void start() throws Exception {
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        discord = FakeDiscord.start();
        database = Database.open("jdbc:h2:mem:router" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "", "", 4);
        coach = Coach.assemble(CoachConfig.from(Settings.load(Optional.empty(), Map.of())),
                Texts.load(Optional.empty()), database.dataSource(), DiscordEndToEndTest.CLOCK);
        router = new InteractionRouter(coach);
        jda = discord.configure(JDABuilder.createLight("fake-token", GatewayIntent.DIRECT_MESSAGES))
                .addEventListeners(router).build();
        jda.awaitReady();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            jda.shutdownNow();
            jda.awaitShutdown(WAIT);
            router.close();
        } finally {
            discord.close();
            database.close();
        }
    }

    @Test
    void aSlowAnswerIsDeferredAndThenEditedIntoTheDeferredReply() {
        FakeUser ada = discord.newUser("ada");
        UserId user = new UserId(Long.toUnsignedString(ada.id()));
        router.inLane(user, () -> sleep(1_600));

        ObjectNode help = discord.events().slashCommand(ada, Where.GUILD, "help", Map.of());
        discord.dispatch("INTERACTION_CREATE", help);

        RecordedCall deferred = discord.awaitRequest("POST",
                "interactions/" + help.path("id").asText() + "/[^/]+/callback", WAIT);
        assertThat(deferred.body().path("type").asInt()).as("deferred").isEqualTo(5);
        assertThat(deferred.body().path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        RecordedCall edit = discord.awaitRequest("PATCH",
                "webhooks/\\d+/" + help.path("token").asText() + "/messages/@original", WAIT);
        assertThat(Bodies.text(edit.body())).contains(coach.texts().get("engine.help-intro"));
        assertThat(contract.check(edit)).isEmpty();
        assertThat(OpenApiContract.mentionViolations(edit.body())).isEmpty();
    }

    @Test
    void aModalThatCannotOpenInTimeBecauseEarlierWorkIsStillRunningSaysSoInstead() {
        FakeUser ada = discord.newUser("ada");
        UserId user = new UserId(Long.toUnsignedString(ada.id()));
        router.inLane(user, () -> sleep(InteractionRouter.MODAL_WINDOW.toMillis() + 800));

        ObjectNode click = discord.events().buttonClick(ada, Where.GUILD, "cc:1:m");
        discord.dispatch("INTERACTION_CREATE", click);

        RecordedCall answer = discord.awaitRequest("POST",
                "interactions/" + click.path("id").asText() + "/[^/]+/callback", WAIT);
        assertThat(answer.body().path("type").asInt()).as("a message, not a modal").isEqualTo(4);
        assertThat(Bodies.text(answer.body())).contains(coach.texts().get("discord.busy"));
        assertThat(contract.check(answer)).isEmpty();
    }

    @Test
    void oneUsersWorkRunsInOrderWhileAnotherUserIsNotHeldUp() throws Exception {
        UserId ada = new UserId("1");
        UserId bob = new UserId("2");
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            all.add(router.inLane(ada, () -> {
                sleep(n % 2 == 0 ? 50 : 0);
                order.add("ada" + n);
                return null;
            }));
        }
        CompletableFuture<?> other = router.inLane(bob, () -> order.add("bob"));
        other.get(2, TimeUnit.SECONDS);
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);

        assertThat(order.stream().filter(step -> step.startsWith("ada")).toList())
                .containsExactly("ada0", "ada1", "ada2", "ada3", "ada4");
        assertThat(order.indexOf("bob")).as("bob did not wait for all of ada's work").isLessThan(5);
    }

    private static Void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
