package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.bot.discord.fake.Bodies;
import coach.coffeechat.bot.discord.fake.FakeDiscord;
import coach.coffeechat.bot.discord.fake.FakeUser;
import coach.coffeechat.bot.discord.fake.GatewayEvents.Where;
import coach.coffeechat.bot.discord.fake.OpenApiContract;
import coach.coffeechat.bot.discord.fake.RecordedCall;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.UserId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The router on a single real JDA against the fake Discord, its clock a {@link ManualScheduler} that only the tests
 * move: a slow answer is deferred once {@link InteractionRouter#DIRECT_WINDOW} has passed, not before, then edited
 * into the deferred reply; a modal that cannot open by {@link InteractionRouter#MODAL_WINDOW} gets the busy note
 * instead; one user's work is in order. Slow work is held by a latch, never by sleeping. One JDA serves the class,
 * on the {@link SharedCoach}; each test acts for users of its own.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
final class InteractionRouterDeferTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration JUST_BEFORE = Duration.ofMillis(1);

    private static final OpenApiContract CONTRACT = OpenApiContract.load();
    private static final Coach COACH = SharedCoach.coach();
    private static FakeDiscord discord;
    private static ManualScheduler clock;
    private static InteractionRouter router;
    private static JDA jda;

    @BeforeAll
    static void start() throws Exception {
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        discord = FakeDiscord.start();
        clock = new ManualScheduler();
        router = new InteractionRouter(COACH, UserLanes.workerPool(4), clock);
        jda = discord.configure(JDABuilder.createLight("fake-token", GatewayIntent.DIRECT_MESSAGES))
                .addEventListeners(router).build();
        jda.awaitReady();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            jda.shutdownNow();
            jda.awaitShutdown(WAIT);
            router.close();
        } finally {
            discord.close();
        }
    }

    @Test
    void aSlowAnswerIsDeferredAndThenEditedIntoTheDeferredReply() throws Exception {
        FakeUser ada = discord.newUser("ada");
        CountDownLatch release = new CountDownLatch(1);
        router.inLane(user(ada), () -> await(release));
        ObjectNode help = discord.events().slashCommand(ada, Where.GUILD, "help", Map.of());

        dispatchAndAwaitItsTimer(help);
        clock.advance(InteractionRouter.DIRECT_WINDOW.minus(JUST_BEFORE));
        assertThat(callbacks(help)).as("answered before the window passed").isEmpty();
        clock.advance(JUST_BEFORE);

        RecordedCall deferred = discord.awaitRequest("POST", callback(help), WAIT);
        assertThat(deferred.body().path("type").asInt()).as("deferred").isEqualTo(5);
        assertThat(deferred.body().path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        release.countDown();
        RecordedCall edit = discord.awaitRequest("PATCH",
                "webhooks/\\d+/" + help.path("token").asText() + "/messages/@original", WAIT);
        assertThat(Bodies.text(edit.body())).contains(COACH.texts().get("engine.help-intro"));
        assertThat(CONTRACT.check(edit)).isEmpty();
        assertThat(OpenApiContract.mentionViolations(edit.body())).isEmpty();
        assertThat(callbacks(help)).as("the deferral was the only callback").hasSize(1);
    }

    @Test
    void anAnswerReadyJustBeforeTheWindowPassesIsSentDirectly() throws Exception {
        FakeUser ada = discord.newUser("ada");
        CountDownLatch release = new CountDownLatch(1);
        router.inLane(user(ada), () -> await(release));
        ObjectNode help = discord.events().slashCommand(ada, Where.GUILD, "help", Map.of());

        dispatchAndAwaitItsTimer(help);
        clock.advance(InteractionRouter.DIRECT_WINDOW.minus(JUST_BEFORE));
        release.countDown();

        RecordedCall answer = discord.awaitRequest("POST", callback(help), WAIT);
        assertThat(answer.body().path("type").asInt()).as("a message, not a deferral").isEqualTo(4);
        assertThat(answer.body().path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(Bodies.text(answer.body())).contains(COACH.texts().get("engine.help-intro"));
        assertThat(CONTRACT.check(answer)).isEmpty();
        assertThat(clock.advance(InteractionRouter.DIRECT_WINDOW)).as("timers left to defer it").isZero();
    }

    @Test
    void aModalThatCannotOpenInTimeBecauseEarlierWorkIsStillRunningSaysSoInstead() throws Exception {
        FakeUser ada = discord.newUser("ada");
        CountDownLatch release = new CountDownLatch(1);
        router.inLane(user(ada), () -> await(release));
        ObjectNode click = discord.events().buttonClick(ada, Where.GUILD, "cc:1:m");

        dispatchAndAwaitItsTimer(click);
        clock.advance(InteractionRouter.MODAL_WINDOW.minus(JUST_BEFORE));
        assertThat(callbacks(click)).as("answered before the window passed").isEmpty();
        clock.advance(JUST_BEFORE);

        RecordedCall answer = discord.awaitRequest("POST", callback(click), WAIT);
        assertThat(answer.body().path("type").asInt()).as("a message, not a modal").isEqualTo(4);
        assertThat(Bodies.text(answer.body())).contains(COACH.texts().get("discord.busy"));
        assertThat(CONTRACT.check(answer)).isEmpty();
        release.countDown();
        router.inLane(user(ada), () -> null).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(callbacks(click)).as("no modal after the busy note").hasSize(1);
    }

    @Test
    void aModalWhoseLaneFreesUpJustBeforeTheWindowPassesStillOpens() throws Exception {
        FakeUser ada = discord.newUser("ada");
        long seen = COACH.conversations().handle(user(ada), Input.Command.of("contact add")).version();
        CountDownLatch release = new CountDownLatch(1);
        router.inLane(user(ada), () -> await(release));
        ObjectNode click = discord.events().buttonClick(ada, Where.GUILD, CustomIds.openModal(seen));

        dispatchAndAwaitItsTimer(click);
        clock.advance(InteractionRouter.MODAL_WINDOW.minus(JUST_BEFORE));
        release.countDown();

        RecordedCall modal = discord.awaitRequest("POST", callback(click), WAIT);
        assertThat(modal.body().path("type").asInt()).as("a modal").isEqualTo(9);
        assertThat(Bodies.components(modal.body())).containsKey(CustomIds.modal(seen));
        assertThat(CONTRACT.check(modal)).isEmpty();
        assertThat(clock.advance(InteractionRouter.MODAL_WINDOW)).as("busy notes left to send").isZero();
    }

    @Test
    void oneUsersWorkRunsInOrderWhileAnotherUserIsNotHeldUp() throws Exception {
        UserId ada = user(discord.newUser("ada"));
        UserId bob = user(discord.newUser("bob"));
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            all.add(router.inLane(ada, () -> {
                // Ada's first piece is held until bob's work has run; the others queue behind it.
                if (n == 0) {
                    await(release);
                }
                order.add("ada" + n);
                return null;
            }));
        }
        CompletableFuture<?> other = router.inLane(bob, () -> order.add("bob"));
        other.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        release.countDown();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(order.stream().filter(step -> step.startsWith("ada")).toList())
                .containsExactly("ada0", "ada1", "ada2", "ada3", "ada4");
        assertThat(order.indexOf("bob")).as("bob did not wait for all of ada's work").isLessThan(5);
    }

    /** Sends the interaction and waits, bounded, until the router has it in hand and has set its timer. */
    private static void dispatchAndAwaitItsTimer(ObjectNode interaction) throws InterruptedException {
        long timers = clock.scheduled();
        discord.dispatch("INTERACTION_CREATE", interaction);
        clock.awaitScheduled(timers + 1, WAIT);
    }

    /** The path of the interaction's callback (its first answer). */
    private static String callback(ObjectNode interaction) {
        return "interactions/" + interaction.path("id").asText() + "/[^/]+/callback";
    }

    /** The callbacks received for the interaction so far. */
    private static List<RecordedCall> callbacks(ObjectNode interaction) {
        return discord.requests().stream().filter(call -> call.matches("POST", callback(interaction))).toList();
    }

    private static UserId user(FakeUser user) {
        return new UserId(Long.toUnsignedString(user.id()));
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
