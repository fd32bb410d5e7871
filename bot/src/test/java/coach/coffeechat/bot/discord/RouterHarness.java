package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import coach.coffeechat.Coach;
import coach.coffeechat.contact.NewContact;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.components.ActionComponent;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.mockito.ArgumentCaptor;
import org.mockito.MockMakers;

/**
 * The router under test on the real {@link Coach} the router tests share ({@link SharedCoach}: an in-memory H2
 * database, a fixed clock), plus mocked JDA events for it and readers of what it answered. Each harness acts for users
 * of its own: {@link #ada()} already keeps one warm contact, {@link #CONTACT}.
 *
 * <p>The {@link #router()} runs on a {@link ManualExecutor} and a {@link ManualScheduler}: handling an event only
 * queues the work, the readers of answers run it on the test's thread, and no timer fires unless a test advances the
 * clock. So an answer is never deferred by a slow machine, and no test waits for a thread. Tests of the lanes
 * themselves use the {@link #threadedRouter()} on real worker threads, with latches.
 *
 * <p>The first use of this class, in whichever router test runs first, pays the run's one-time costs on two cores
 * at once: the shared coach opens on a thread of its own ({@link SharedCoach}) while this thread has Mockito make
 * its mock classes for the JDA classes the router tests mock ({@link #MOCKED_CLASSES}); each takes about as long.
 * Each test still makes its own mocks, from those classes.
 */
final class RouterHarness implements AutoCloseable {
    static final Clock CLOCK = SharedCoach.CLOCK;
    /** The contact {@link #ada()} keeps from the start. */
    static final String CONTACT = "Ana Li";
    /** The longest wait for an answer given on a real thread: a bound, never a pause. */
    static final long WAIT_MILLIS = 5_000;

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /**
     * The JDA classes the router tests mock. The first mock of a class costs Mockito's inline mock maker tens of
     * milliseconds for classes as large as these (it retransforms the class and every type above it), later ones
     * well under one; a class missing here is only slower. JDA's interfaces are mocked as proxies
     * ({@link #mockInterface}), which cost little even the first time.
     */
    static final List<Class<?>> MOCKED_CLASSES = List.of(SlashCommandInteractionEvent.class,
            ButtonInteractionEvent.class, StringSelectInteractionEvent.class, ModalInteractionEvent.class,
            CommandAutoCompleteInteractionEvent.class, MessageReceivedEvent.class, OptionMapping.class,
            ModalMapping.class, AutoCompleteQuery.class);

    static {
        SharedCoach.startOpening();
        MOCKED_CLASSES.forEach(type -> mock(type));
    }

    private final String ada;
    private final ManualExecutor workers = new ManualExecutor();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final InteractionRouter router;
    private final ManualScheduler threadedScheduler = new ManualScheduler();
    private InteractionRouter threadedRouter;
    private final Map<Object, ReplyCallbackAction> replies = new IdentityHashMap<>();
    private final Map<Object, ModalCallbackAction> modals = new IdentityHashMap<>();

    private final Coach coach;

    private RouterHarness() {
        this.ada = newUser();
        UserId user = new UserId(ada);
        SharedCoach.saveContact(user, new NewContact(user, CONTACT, "Engineer", "Acme", Warmth.WARM, Source.FRIEND,
                OptionalLong.empty(), "", "", ""));
        this.coach = SharedCoach.coach();
        this.router = new InteractionRouter(coach, workers, scheduler);
    }

    private RouterHarness(Coach coach) {
        this.ada = newUser();
        this.coach = coach;
        this.router = new InteractionRouter(coach, workers, scheduler);
    }

    /** A router on the shared coach, acting for a new {@link #ada()} with {@link #CONTACT} saved. */
    static RouterHarness open() {
        return new RouterHarness();
    }

    /**
     * A router on a coach of the test's own (a fresh database, where ids start at 1), acting for a new
     * {@link #ada()} with no contact saved: for scenes that depend on the ids a database gives.
     */
    static RouterHarness openOn(Coach coach) {
        return new RouterHarness(coach);
    }

    /** The path of every command in the catalog. */
    static List<String> commandPaths() {
        return SharedCoach.commandPaths();
    }

    Coach coach() {
        return coach;
    }

    /** The router on manual workers and a manual clock. */
    InteractionRouter router() {
        return router;
    }

    /** The clock of {@link #router()}: still until the test advances it. */
    ManualScheduler scheduler() {
        return scheduler;
    }

    /**
     * The same kind of router on four real worker threads (and a manual clock of its own), made on first use: for
     * tests of the lanes, which need work to block and run side by side.
     */
    InteractionRouter threadedRouter() {
        if (threadedRouter == null) {
            threadedRouter = new InteractionRouter(coach, UserLanes.workerPool(4),
                    threadedScheduler);
        }
        return threadedRouter;
    }

    /** The clock of {@link #threadedRouter()}. */
    ManualScheduler threadedScheduler() {
        return threadedScheduler;
    }

    /** Runs the work {@link #router()} queued, and the work that queues, on this thread; returns how much ran. */
    int runQueuedWork() {
        return workers.runQueued();
    }

    Database database() {
        return SharedCoach.database();
    }

    /**
     * Makes every new connection of the coach fail, as when the database has gone away, until the harness closes:
     * for tests of what a user is told when the engine fails.
     */
    void breakDatabase() {
        SharedCoach.breakDatabase();
    }

    /** The Discord id of the user most tests act as: new for each harness, keeping {@link #CONTACT}. */
    String ada() {
        return ada;
    }

    /** The Discord id of a user no test has acted as yet. */
    static String newUser() {
        return Integer.toString(100 + COUNTER.incrementAndGet());
    }

    /** A message from the shipped texts. */
    String text(String key, Object... namesAndValues) {
        return coach().texts().get(key, namesAndValues);
    }

    /** The note for a click, pick or modal the bot cannot read. */
    String unknownNote() {
        return coach().texts().get(InteractionRouter.UNKNOWN_CLICK_KEY);
    }

    /** Where the user stands now, read from the engine without changing anything. */
    Reply current(String user) {
        return coach().conversations().current(new UserId(user));
    }

    /** Sends input straight to the engine, bypassing the router: for setting a scene. */
    Reply handle(String user, Input input) {
        return coach().conversations().handle(new UserId(user), input);
    }

    // ---- events ------------------------------------------------------------------------------------------------

    /** A slash command as typed, with each option as a mocked {@link OptionMapping}. */
    SlashCommandInteractionEvent slash(String user, boolean fromGuild, String command, Map<String, String> options) {
        SlashCommandInteractionEvent event = replyable(SlashCommandInteractionEvent.class, user, fromGuild);
        List<OptionMapping> mappings = new ArrayList<>();
        options.forEach((name, value) -> {
            OptionMapping mapping = mock(OptionMapping.class);
            when(mapping.getName()).thenReturn(name);
            when(mapping.getAsString()).thenReturn(value);
            mappings.add(mapping);
        });
        when(event.getFullCommandName()).thenReturn(command);
        when(event.getOptions()).thenReturn(mappings);
        return event;
    }

    /** A click on a button with this custom id. */
    ButtonInteractionEvent button(String user, boolean fromGuild, String customId) {
        ButtonInteractionEvent event = replyable(ButtonInteractionEvent.class, user, fromGuild);
        when(event.getComponentId()).thenReturn(customId);
        ModalCallbackAction modal = mockInterface(ModalCallbackAction.class, RETURNS_SELF);
        when(event.replyModal(any(Modal.class))).thenReturn(modal);
        modals.put(event, modal);
        return event;
    }

    /** A pick in the select menu with this custom id. */
    StringSelectInteractionEvent select(String user, boolean fromGuild, String customId, List<String> values) {
        StringSelectInteractionEvent event = replyable(StringSelectInteractionEvent.class, user, fromGuild);
        when(event.getComponentId()).thenReturn(customId);
        when(event.getValues()).thenReturn(values);
        return event;
    }

    /** A submitted modal: each value as a mocked {@link ModalMapping} keyed by its input's custom id. */
    ModalInteractionEvent modal(String user, boolean fromGuild, String modalId, Map<String, String> values) {
        ModalInteractionEvent event = replyable(ModalInteractionEvent.class, user, fromGuild);
        List<ModalMapping> mappings = new ArrayList<>();
        values.forEach((id, value) -> {
            ModalMapping mapping = mock(ModalMapping.class);
            when(mapping.getCustomId()).thenReturn(id);
            when(mapping.getAsString()).thenReturn(value);
            mappings.add(mapping);
        });
        when(event.getModalId()).thenReturn(modalId);
        when(event.getValues()).thenReturn(mappings);
        return event;
    }

    /** Who wrote a message and where: the one thing each ignored-message test changes. */
    enum Author {
        HUMAN, BOT, SYSTEM
    }

    /** A message received in a channel; its channel (see {@link #channel}) accepts messages. */
    MessageReceivedEvent message(String user, Author author, ChannelType where, String text) {
        MessageReceivedEvent event = mock(MessageReceivedEvent.class);
        User discordUser = user(user);
        when(discordUser.isBot()).thenReturn(author == Author.BOT);
        when(discordUser.isSystem()).thenReturn(author == Author.SYSTEM);
        when(event.getAuthor()).thenReturn(discordUser);
        when(event.isFromType(any(ChannelType.class))).thenAnswer(call -> call.getArgument(0) == where);
        when(event.isFromGuild()).thenReturn(where.isGuild());
        Message message = mockInterface(Message.class);
        when(message.getContentRaw()).thenReturn(text);
        when(event.getMessage()).thenReturn(message);
        MessageChannelUnion channel = mockInterface(MessageChannelUnion.class);
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(mockInterface(MessageCreateAction.class));
        when(event.getChannel()).thenReturn(channel);
        return event;
    }

    /**
     * A mock of a JDA interface, made as a JDK proxy. Mockito's default inline mock maker would retransform the
     * interface and each one it extends (a RestAction has dozens above it) the first time, pausing every thread each
     * time; a proxy is made in about a millisecond and is stubbed and verified just the same. Classes cannot be
     * proxied: mock them with {@code mock}.
     */
    static <T> T mockInterface(Class<T> type) {
        return mock(type, withSettings().mockMaker(MockMakers.PROXY));
    }

    /** A mock of a JDA interface as a JDK proxy ({@link #mockInterface(Class)}), answering with {@code answer}. */
    static <T> T mockInterface(Class<T> type, org.mockito.stubbing.Answer<?> answer) {
        return mock(type, withSettings().mockMaker(MockMakers.PROXY).defaultAnswer(answer));
    }

    /** The channel a received message came from. */
    static MessageChannelUnion channel(MessageReceivedEvent event) {
        return event.getChannel();
    }

    private <E extends IReplyCallback> E replyable(Class<E> type, String user, boolean fromGuild) {
        E event = mock(type);
        User discordUser = user(user);
        when(event.getUser()).thenReturn(discordUser);
        when(event.isFromGuild()).thenReturn(fromGuild);
        when(event.getContext()).thenReturn(fromGuild ? InteractionContextType.GUILD : InteractionContextType.BOT_DM);
        ReplyCallbackAction reply = mockInterface(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.reply(any(MessageCreateData.class))).thenReturn(reply);
        replies.put(event, reply);
        return event;
    }

    private static User user(String id) {
        User user = mockInterface(User.class);
        when(user.getId()).thenReturn(id);
        return user;
    }

    // ---- answers -----------------------------------------------------------------------------------------------

    /** What the router answered to an interaction, and whether only the user could see it. */
    record Answer(MessageCreateData message, boolean ephemeral) {
        /** Everything a user reads: content, then each embed's title, description and fields. */
        String text() {
            return RouterHarness.text(message);
        }

        /** The custom ids of its buttons and select menus, row by row. */
        List<String> customIds() {
            return RouterHarness.customIds(message);
        }
    }

    /**
     * The interaction's answer, once the queued work has run: a message sent with {@code reply(MessageCreateData)},
     * its visibility set and queued. It must be the only answer: exactly one reply, never deferred, and no timer left
     * that could still defer it. Waits (bounded) only for an answer given on a real thread.
     */
    Answer answerTo(IReplyCallback event) {
        runQueuedWork();
        ReplyCallbackAction action = replies.get(event);
        ArgumentCaptor<MessageCreateData> message = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event, timeout(WAIT_MILLIS)).reply(message.capture());
        verify(action, timeout(WAIT_MILLIS)).queue(any(), any());
        ArgumentCaptor<Boolean> ephemeral = ArgumentCaptor.forClass(Boolean.class);
        verify(action).setEphemeral(ephemeral.capture());
        // Once queued the answer is decided: no second reply and no deferral can follow.
        verify(event).reply(any(MessageCreateData.class));
        verify(event, never()).deferReply(anyBoolean());
        assertThat(scheduler.pending() + threadedScheduler.pending()).as("timers left to defer an answer").isZero();
        return new Answer(message.getValue(), ephemeral.getValue());
    }

    /** The modal a button click opened, once the queued work has run; checks it was sent. */
    Modal modalOpenedBy(ButtonInteractionEvent event) {
        runQueuedWork();
        ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
        verify(event, timeout(WAIT_MILLIS)).replyModal(modal.capture());
        verify(modals.get(event), timeout(WAIT_MILLIS)).queue(any(), any());
        assertThat(scheduler.pending()).as("the busy note's timer, left after the modal opened").isZero();
        return modal.getValue();
    }

    /** The message the bot sent into the channel of a received message, once the queued work has run. */
    MessageCreateData sentTo(MessageReceivedEvent event) {
        runQueuedWork();
        ArgumentCaptor<MessageCreateData> message = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(channel(event), timeout(WAIT_MILLIS)).sendMessage(message.capture());
        return message.getValue();
    }

    /** Everything a user reads in a message: content, then each embed's title, description and fields. */
    static String text(MessageCreateData message) {
        List<String> parts = new ArrayList<>();
        if (!message.getContent().isEmpty()) {
            parts.add(message.getContent());
        }
        for (MessageEmbed embed : message.getEmbeds()) {
            if (embed.getTitle() != null) {
                parts.add(embed.getTitle());
            }
            if (embed.getDescription() != null) {
                parts.add(embed.getDescription());
            }
            for (MessageEmbed.Field field : embed.getFields()) {
                parts.add(field.getName() + "\n" + field.getValue());
            }
        }
        return String.join("\n", parts);
    }

    /** The custom ids of a message's buttons and select menus, row by row. */
    static List<String> customIds(MessageCreateData message) {
        List<String> ids = new ArrayList<>();
        message.getComponents().forEach(component -> {
            ActionRow row = component.asActionRow();
            row.getComponents().forEach(child -> {
                if (child instanceof ActionComponent action) {
                    ids.add(action.getCustomId());
                }
            });
        });
        return ids;
    }

    /** Lets the queued work run, as closing the router would wait for it to, closes the routers, mends the database. */
    @Override
    public void close() {
        runQueuedWork();
        router.close();
        if (threadedRouter != null) {
            threadedRouter.close();
        }
        SharedCoach.mendDatabase();
    }
}
