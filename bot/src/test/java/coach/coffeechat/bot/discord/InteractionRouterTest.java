package coach.coffeechat.bot.discord;

import static coach.coffeechat.bot.discord.RouterHarness.ADA;
import static coach.coffeechat.bot.discord.RouterHarness.CONTACT;
import static coach.coffeechat.bot.discord.RouterHarness.WAIT_MILLIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import coach.coffeechat.bot.discord.RouterHarness.Answer;
import coach.coffeechat.bot.discord.RouterHarness.Author;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpAction;
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

    private RouterHarness harness;

    @BeforeEach
    void open() {
        harness = RouterHarness.open();
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
        SlashCommandInteractionEvent event = harness.slash(ADA, fromGuild, path, requiredOptions(spec));

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
        SlashCommandInteractionEvent event = harness.slash(ADA, true, "draft",
                Map.of("name", "Priya", "field", "security"));

        harness.router().onSlashCommandInteraction(event);

        String text = harness.answerTo(event).text();
        assertThat(text).contains("Priya").contains("security")
                .doesNotContain(harness.text("draft.name-needed"));
    }

    @Test
    void aContactOptionNamesTheUsersOwnContact() {
        SlashCommandInteractionEvent event = harness.slash(ADA, false, "contact show", Map.of("contact", CONTACT));

        harness.router().onSlashCommandInteraction(event);

        assertThat(harness.answerTo(event).text()).contains(CONTACT).contains("Acme");
    }

    @Test
    void aCommandThatStartsAFlowShowsItsFirstQuestionWithItsButton() {
        SlashCommandInteractionEvent event = harness.slash(ADA, true, "contact add", Map.of());

        harness.router().onSlashCommandInteraction(event);

        Answer answer = harness.answerTo(event);
        long version = harness.current(ADA).version();
        assertThat(answer.text()).contains(harness.text("contact.add.title"))
                .contains(harness.text("contact.add.details"));
        assertThat(answer.customIds()).startsWith(CustomIds.openModal(version))
                .contains(CustomIds.control(version, ControlAction.CANCEL));
    }

    // ---- direct messages ---------------------------------------------------------------------------------------

    @Test
    void aDirectMessageFromAHumanIsAnsweredInItsChannel() {
        long before = atWarmth().version();
        MessageReceivedEvent event = harness.message(ADA, Author.HUMAN, ChannelType.PRIVATE, "warm");

        harness.router().onMessageReceived(event);

        MessageCreateData sent = RouterHarness.sentTo(event);
        assertThat(RouterHarness.text(sent)).contains(harness.text("contact.add.source", "name", PRIYA));
        assertThat(RouterHarness.customIds(sent)).startsWith(CustomIds.select(harness.current(ADA).version()));
        assertThat(harness.current(ADA).version()).isGreaterThan(before);
    }

    @Test
    void aDirectMessageWithNothingOpenSaysSo() {
        MessageReceivedEvent event = harness.message("7", Author.HUMAN, ChannelType.PRIVATE, "hello?");

        harness.router().onMessageReceived(event);

        assertThat(RouterHarness.text(RouterHarness.sentTo(event))).contains(harness.text("engine.nothing-open"));
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
        MessageReceivedEvent event = harness.message(ADA, author, where, text);

        harness.router().onMessageReceived(event);

        verify(RouterHarness.channel(event), after(300).never()).sendMessage(any(MessageCreateData.class));
        verifyNoInteractions(RouterHarness.channel(event));
        Reply now = harness.current(ADA);
        assertThat(now.version()).as("the flow was not touched").isEqualTo(before.version());
        assertThat(now.prompt()).isEqualTo(before.prompt());
    }

    // ---- per-user lanes ----------------------------------------------------------------------------------------

    @Test
    void oneUsersInputsRunInOrderWhileAnotherUserIsNotHeldUp() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        UserId ada = new UserId(ADA);
        CompletableFuture<Boolean> first = harness.router().inLane(ada, () -> {
            boolean released = await(release);
            order.add("ada-1");
            return released;
        });
        CompletableFuture<String> second = harness.router().inLane(ada, () -> {
            order.add("ada-2");
            return "ada-2";
        });
        CompletableFuture<Boolean> other = harness.router().inLane(new UserId("7"), () -> {
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
        CompletableFuture<Boolean> ada = harness.router().inLane(new UserId(ADA), () -> await(bobStarted));
        CompletableFuture<Boolean> bob = harness.router().inLane(new UserId("7"), () -> {
            bobStarted.countDown();
            return true;
        });

        assertThat(bob.get(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(ada.get(WAIT_MILLIS, TimeUnit.MILLISECONDS)).as("ada's work saw bob's start while waiting")
                .isTrue();
    }

    @Test
    void aFailedInputDoesNotBlockTheUsersNextInput() throws Exception {
        UserId ada = new UserId(ADA);
        CompletableFuture<String> failed = harness.router().inLane(ada, () -> {
            throw new IllegalStateException("boom");
        });
        CompletableFuture<String> next = harness.router().inLane(ada, () -> "next");

        assertThat(next.get(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo("next");
        assertThat(failed).isCompletedExceptionally();
    }

    @Test
    void theGatewayThreadIsNotHeldWhileACommandWaitsForTheUsersEarlierWork() {
        CountDownLatch release = new CountDownLatch(1);
        harness.router().inLane(new UserId(ADA), () -> await(release));
        SlashCommandInteractionEvent event = harness.slash(ADA, true, "help", Map.of());

        harness.router().onSlashCommandInteraction(event);

        verify(event, never()).reply(any(MessageCreateData.class));
        release.countDown();
        assertThat(harness.answerTo(event).text()).contains(harness.text("engine.help-intro"));
    }

    @Test
    void closingLetsTheWorkQueuedBehindASlowInputFinish() throws Exception {
        // GIVEN ada's first input is still running and two more, a command among them, wait behind it
        CountDownLatch release = new CountDownLatch(1);
        UserId ada = new UserId(ADA);
        harness.router().inLane(ada, () -> await(release));
        CompletableFuture<String> queued = harness.router().inLane(ada, () -> "queued");
        SlashCommandInteractionEvent event = harness.slash(ADA, true, "help", Map.of());
        harness.router().onSlashCommandInteraction(event);

        // WHEN the router is being closed (as at SIGTERM) and only then the first input finishes
        Thread closer = new Thread(harness.router()::close, "closer");
        closer.start();
        awaitBlocked(closer);
        release.countDown();
        closer.join(WAIT_MILLIS);

        // THEN everything queued ran and was answered before close returned
        assertThat(closer.isAlive()).as("close returned").isFalse();
        assertThat(queued).isCompletedWithValue("queued");
        assertThat(harness.answerTo(event).text()).contains(harness.text("engine.help-intro"));
    }

    // ---- failures ----------------------------------------------------------------------------------------------

    @Test
    void aCommandTheEngineCannotHandleIsAnsweredWithTheErrorNote() {
        harness.database().close();
        SlashCommandInteractionEvent event = harness.slash(ADA, true, "contact list", Map.of());

        harness.router().onSlashCommandInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.text()).isEqualTo(harness.text("engine.error"));
        assertThat(answer.ephemeral()).isTrue();
    }

    @Test
    void workThatThrowsIsAnsweredWithTheErrorNoteRatherThanNothing() {
        // Unlike the engine, acting on a follow-up throws when the database is gone: the router's own fallback.
        harness.database().close();
        ButtonInteractionEvent event = harness.button(ADA, false, CustomIds.followUp(1, 3, FollowUpAction.DONE));

        harness.router().onButtonInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.text()).isEqualTo(harness.text("engine.error"));
        assertThat(answer.ephemeral()).isFalse();
        verify(event, never()).replyModal(any());
    }

    @Test
    void anOpenModalClickThatFailsIsAnsweredWithTheErrorNote() {
        long seen = harness.handle(ADA, Input.Command.of("contact add")).version();
        harness.database().close();
        ButtonInteractionEvent event = harness.button(ADA, true, CustomIds.openModal(seen));

        harness.router().onButtonInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.text()).isEqualTo(harness.text("engine.error"));
        verify(event, never()).replyModal(any());
    }

    @Test
    void aDirectMessageThatFailsIsAnsweredWithTheErrorNote() {
        atWarmth();
        harness.database().close();
        MessageReceivedEvent event = harness.message(ADA, Author.HUMAN, ChannelType.PRIVATE, "warm");

        harness.router().onMessageReceived(event);

        assertThat(RouterHarness.text(RouterHarness.sentTo(event))).isEqualTo(harness.text("engine.error"));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** Ada is adding Priya Shah and is asked how well she knows her. */
    private Reply atWarmth() {
        harness.handle(ADA, Input.Command.of("contact add"));
        Reply warmth = harness.handle(ADA, new Input.Form(Map.of("name", PRIYA)));
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
        };
    }

    /** Waits, without sleeping, until the thread blocks (in close, waiting for the work in hand). */
    private static void awaitBlocked(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (thread.getState() != Thread.State.TIMED_WAITING && thread.getState() != Thread.State.WAITING) {
            assertThat(System.nanoTime()).as("the thread blocked in time").isLessThan(deadline);
            Thread.onSpinWait();
        }
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
