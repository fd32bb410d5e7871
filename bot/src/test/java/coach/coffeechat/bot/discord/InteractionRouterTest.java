package coach.coffeechat.bot.discord;

import static coach.coffeechat.bot.discord.RouterHarness.CONTACT;
import static coach.coffeechat.bot.discord.RouterHarness.WAIT_MILLIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import coach.coffeechat.bot.discord.RouterHarness.Answer;
import coach.coffeechat.bot.discord.RouterHarness.Author;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link InteractionRouter} with mocked JDA events on a real coach: every slash command of the catalog, direct
 * messages, the per-user lanes and what a user is told when the engine fails. Buttons, selects and modals are in
 * {@link InteractionRouterComponentTest}.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
final class InteractionRouterTest {
    private static final String PRIYA = "Priya Shah";
    private static final Duration WAIT = Duration.ofMillis(WAIT_MILLIS);

    private RouterHarness harness;
    private String ada;

    @BeforeEach
    void open() {
        harness = RouterHarness.open();
        ada = harness.ada();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    // ---- slash commands ----------------------------------------------------------------------------------------

    static Stream<Arguments> everyCommandFromAGuildAndFromADm() {
        return RouterHarness.commandPaths().stream()
                .flatMap(path -> Stream.of(Arguments.of(path, true), Arguments.of(path, false)));
    }

    @ParameterizedTest(name = "/{0}, from a guild: {1}")
    @MethodSource("everyCommandFromAGuildAndFromADm")
    void everyCommandIsAnsweredOnceWithContentAndEphemerallyOnlyInAGuild(String path, boolean fromGuild) {
        CommandSpec spec = harness.coach().commands().find(path).orElseThrow();
        SlashCommandInteractionEvent event = harness.slash(ada, fromGuild, path, requiredOptions(spec));

        harness.router().onSlashCommandInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.ephemeral()).as("ephemeral").isEqualTo(fromGuild);
        assertThat(answer.message().getEmbeds()).isNotEmpty()
                .extracting(MessageEmbed::getDescription)
                .allSatisfy(description -> assertThat(description).isNotBlank());
        assertThat(answer.text())
                .isNotEqualTo(harness.text("discord.empty"))
                .doesNotContain(harness.text("engine.error"))
                .doesNotContain(harness.text("engine.unknown-command", "command", path));
    }

    @Test
    void theOptionsOfACommandArePassedToTheEngine() {
        SlashCommandInteractionEvent event = harness.slash(ada, true, "draft",
                Map.of("name", "Priya", "field", "security"));

        harness.router().onSlashCommandInteraction(event);

        String text = harness.answerTo(event).text();
        assertThat(text).contains("Priya").contains("security")
                .doesNotContain(harness.text("draft.name-needed"));
    }

    @Test
    void aContactOptionNamesTheUsersOwnContact() {
        SlashCommandInteractionEvent event = harness.slash(ada, false, "contact show", Map.of("contact", CONTACT));

        harness.router().onSlashCommandInteraction(event);

        assertThat(harness.answerTo(event).text()).contains(CONTACT).contains("Acme");
    }

    @Test
    void aCommandThatStartsAFlowShowsItsFirstQuestionWithItsButton() {
        SlashCommandInteractionEvent event = harness.slash(ada, true, "contact add", Map.of());

        harness.router().onSlashCommandInteraction(event);

        Answer answer = harness.answerTo(event);
        long version = harness.current(ada).version();
        assertThat(answer.text()).contains(harness.text("contact.add.title"))
                .contains(harness.text("contact.add.details"));
        assertThat(answer.customIds()).startsWith(CustomIds.openModal(version))
                .contains(CustomIds.control(version, ControlAction.CANCEL));
    }

    // ---- direct messages ---------------------------------------------------------------------------------------

    @Test
    void aDirectMessageFromAHumanIsAnsweredInItsChannel() {
        long before = atWarmth().version();
        MessageReceivedEvent event = harness.message(ada, Author.HUMAN, ChannelType.PRIVATE, "warm");

        harness.router().onMessageReceived(event);

        MessageCreateData sent = harness.sentTo(event);
        assertThat(RouterHarness.text(sent)).contains(harness.text("contact.add.source", "name", PRIYA));
        assertThat(RouterHarness.customIds(sent)).startsWith(CustomIds.select(harness.current(ada).version()));
        assertThat(harness.current(ada).version()).isGreaterThan(before);
    }

    @Test
    void aDirectMessageWithNothingOpenSaysSo() {
        MessageReceivedEvent event = harness.message(RouterHarness.newUser(), Author.HUMAN, ChannelType.PRIVATE,
                "hello?");

        harness.router().onMessageReceived(event);

        assertThat(RouterHarness.text(harness.sentTo(event))).contains(harness.text("engine.nothing-open"));
    }

    static Stream<Arguments> messagesTheBotIgnores() {
        return Stream.of(
                Arguments.of("from a bot", Author.BOT, ChannelType.PRIVATE, "cancel"),
                Arguments.of("from a system user", Author.SYSTEM, ChannelType.PRIVATE, "cancel"),
                Arguments.of("in a guild channel", Author.HUMAN, ChannelType.TEXT, "cancel"),
                Arguments.of("blank", Author.HUMAN, ChannelType.PRIVATE, " \n\t "));
    }

    @ParameterizedTest(name = "a message {0}")
    @MethodSource("messagesTheBotIgnores")
    void aMessageThatIsNotAHumansDirectMessageIsIgnored(String what, Author author, ChannelType where, String text) {
        Reply before = atWarmth();
        MessageReceivedEvent event = harness.message(ada, author, where, text);

        harness.router().onMessageReceived(event);

        assertThat(harness.runQueuedWork()).as("work queued for it").isZero();
        assertThat(harness.scheduler().pending()).as("timers set for it").isZero();
        verify(RouterHarness.channel(event), never()).sendMessage(any(MessageCreateData.class));
        verifyNoInteractions(RouterHarness.channel(event));
        Reply now = harness.current(ada);
        assertThat(now.version()).as("the flow was not touched").isEqualTo(before.version());
        assertThat(now.prompt()).isEqualTo(before.prompt());
    }

    // ---- per-user lanes ----------------------------------------------------------------------------------------

    @Test
    void oneUsersInputsRunInOrderWhileAnotherUserIsNotHeldUp() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        InteractionRouter router = harness.threadedRouter();
        UserId user = new UserId(ada);
        CompletableFuture<Boolean> first = router.inLane(user, () -> {
            boolean released = await(release);
            order.add("ada-1");
            return released;
        });
        CompletableFuture<String> second = router.inLane(user, () -> {
            order.add("ada-2");
            return "ada-2";
        });
        CompletableFuture<Boolean> other = router.inLane(new UserId(RouterHarness.newUser()), () -> {
            order.add("bob");
            return second.isDone();
        });

        assertThat(other.get(WAIT_MILLIS, TimeUnit.MILLISECONDS))
                .as("ada's second input had run before her first finished").isFalse();
        release.countDown();
        second.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);

        assertThat(first.join()).as("released by the test, not timed out").isTrue();
        assertThat(order).containsExactly("bob", "ada-1", "ada-2");
    }

    @Test
    void twoUsersInputsRunAtTheSameTime() throws Exception {
        CountDownLatch bobStarted = new CountDownLatch(1);
        InteractionRouter router = harness.threadedRouter();
        CompletableFuture<Boolean> first = router.inLane(new UserId(ada), () -> await(bobStarted));
        CompletableFuture<Boolean> bob = router.inLane(new UserId(RouterHarness.newUser()), () -> {
            bobStarted.countDown();
            return true;
        });

        assertThat(bob.get(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(first.get(WAIT_MILLIS, TimeUnit.MILLISECONDS)).as("ada's work saw bob's start while waiting")
                .isTrue();
    }

    @Test
    void aFailedInputDoesNotBlockTheUsersNextInput() throws Exception {
        InteractionRouter router = harness.threadedRouter();
        UserId user = new UserId(ada);
        CompletableFuture<String> failed = router.inLane(user, () -> {
            throw new IllegalStateException("boom");
        });
        CompletableFuture<String> next = router.inLane(user, () -> "next");

        assertThat(next.get(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo("next");
        assertThat(failed).isCompletedExceptionally();
    }

    @Test
    void theGatewayThreadIsNotHeldWhileACommandWaitsForTheUsersEarlierWork() {
        CountDownLatch release = new CountDownLatch(1);
        InteractionRouter router = harness.threadedRouter();
        router.inLane(new UserId(ada), () -> await(release));
        SlashCommandInteractionEvent event = harness.slash(ada, true, "help", Map.of());

        router.onSlashCommandInteraction(event);

        verify(event, never()).reply(any(MessageCreateData.class));
        release.countDown();
        assertThat(harness.answerTo(event).text()).contains(harness.text("engine.help-intro"));
    }

    @Test
    void closingLetsTheWorkQueuedBehindASlowInputFinish() throws Exception {
        // GIVEN ada's first input is still running and two more, a command among them, wait behind it
        CountDownLatch release = new CountDownLatch(1);
        InteractionRouter router = harness.threadedRouter();
        UserId user = new UserId(ada);
        router.inLane(user, () -> await(release));
        CompletableFuture<String> queued = router.inLane(user, () -> "queued");
        SlashCommandInteractionEvent event = harness.slash(ada, true, "help", Map.of());
        router.onSlashCommandInteraction(event);
        long timers = harness.threadedScheduler().scheduled();

        // WHEN the router is being closed (as at SIGTERM) and only then the first input finishes
        Thread closer = new Thread(router::close, "closer");
        closer.start();
        harness.threadedScheduler().awaitScheduled(timers + 1, WAIT);
        release.countDown();
        closer.join(WAIT_MILLIS);

        // THEN everything queued ran and was answered before close returned
        assertThat(closer.isAlive()).as("close returned").isFalse();
        assertThat(queued).isCompletedWithValue("queued");
        assertThat(harness.answerTo(event).text()).contains(harness.text("engine.help-intro"));
    }

    @Test
    void closingStopsWaitingForWorkStillInHandOnceTheDrainWindowHasPassed() throws Exception {
        // GIVEN ada's input is queued and no worker ever gets to it
        CompletableFuture<String> stuck = harness.router().inLane(new UserId(ada), () -> "ran");
        long timers = harness.scheduler().scheduled();

        // WHEN the router is being closed, until the drain window has all but passed
        Thread closer = new Thread(harness.router()::close, "closer");
        closer.start();
        harness.scheduler().awaitScheduled(timers + 1, WAIT);
        assertThat(harness.scheduler().advance(InteractionRouter.DRAIN_WINDOW.minusMillis(1))).isZero();

        // THEN close is still waiting for the work; once the window has passed it stops without it
        assertThat(closer.isAlive()).as("close is still waiting").isTrue();
        assertThat(harness.scheduler().advance(Duration.ofMillis(1))).as("the drain's deadline").isOne();
        closer.join(WAIT_MILLIS);
        assertThat(closer.isAlive()).as("close returned").isFalse();
        assertThat(stuck).isNotDone();
        assertThat(harness.runQueuedWork()).as("work left once the workers stopped").isZero();
    }

    // ---- failures ----------------------------------------------------------------------------------------------

    /**
     * A user who installed the app to their account uses it in a group DM or in a DM with someone else: everyone
     * there would see a reply that is not ephemeral, so only the bot's own DM gets public ones.
     */
    @Test
    void aCommandInAGroupDmOrAnotherUsersDmIsAnsweredEphemerally() {
        SlashCommandInteractionEvent event = harness.slash(ada, false, "help", Map.of());
        when(event.getContext()).thenReturn(InteractionContextType.PRIVATE_CHANNEL);

        harness.router().onSlashCommandInteraction(event);

        assertThat(harness.answerTo(event).ephemeral()).isTrue();
    }

    @Test
    void aCommandTheEngineCannotHandleIsAnsweredWithTheErrorNote() {
        harness.breakDatabase();
        SlashCommandInteractionEvent event = harness.slash(ada, true, "contact list", Map.of());

        harness.router().onSlashCommandInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.text()).isEqualTo(harness.text("engine.error"));
        assertThat(answer.ephemeral()).isTrue();
    }

    @Test
    void workThatThrowsIsAnsweredWithTheErrorNoteRatherThanNothing() {
        // Unlike the engine, acting on a follow-up throws when the database is gone: the router's own fallback.
        harness.breakDatabase();
        ButtonInteractionEvent event = harness.button(ada, false, CustomIds.followUp(1, 3, FollowUpAction.DONE));

        harness.router().onButtonInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.text()).isEqualTo(harness.text("engine.error"));
        assertThat(answer.ephemeral()).isFalse();
        verify(event, never()).replyModal(any());
    }

    @Test
    void anOpenModalClickThatFailsIsAnsweredWithTheErrorNote() {
        long seen = harness.handle(ada, Input.Command.of("contact add")).version();
        harness.breakDatabase();
        ButtonInteractionEvent event = harness.button(ada, true, CustomIds.openModal(seen));

        harness.router().onButtonInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.text()).isEqualTo(harness.text("engine.error"));
        verify(event, never()).replyModal(any());
    }

    @Test
    void aDirectMessageThatFailsIsAnsweredWithTheErrorNote() {
        atWarmth();
        harness.breakDatabase();
        MessageReceivedEvent event = harness.message(ada, Author.HUMAN, ChannelType.PRIVATE, "warm");

        harness.router().onMessageReceived(event);

        assertThat(RouterHarness.text(harness.sentTo(event))).isEqualTo(harness.text("engine.error"));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** Ada is adding Priya Shah and is asked how well she knows her. */
    private Reply atWarmth() {
        harness.handle(ada, Input.Command.of("contact add"));
        Reply warmth = harness.handle(ada, new Input.Form(Map.of("name", PRIYA)));
        assertThat(warmth.text()).contains(harness.text("contact.add.warmth", "name", PRIYA));
        return warmth;
    }

    /** A plausible value for every required option, so that each command does its real work. */
    private static Map<String, String> requiredOptions(CommandSpec spec) {
        Map<String, String> options = new HashMap<>();
        for (CommandSpec.OptionSpec option : spec.options()) {
            if (option.required()) {
                options.put(option.name(), sample(option));
            }
        }
        return options;
    }

    private static String sample(CommandSpec.OptionSpec option) {
        return switch (option.kind()) {
            case CONTACT -> CONTACT;
            case TIME_ZONE -> "Europe/Berlin";
            case INTEGER -> "15";
            case CHOICE -> option.choices().get(0).id();
            case TEXT -> "when".equals(option.name()) ? "2026-03-12 16:00" : "Priya";
            case CHANNEL, ROLE -> "900";
            case SERVER -> "Cohort A";
            case FILE -> "name\nPriya Raman\n";
        };
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
