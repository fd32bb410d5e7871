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

import coach.coffeechat.Coach;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.ContactRepository;
import coach.coffeechat.contact.NewContact;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import coach.coffeechat.user.QuietHours;
import coach.coffeechat.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.mockito.ArgumentCaptor;

/**
 * The router under test on a real {@link Coach} (a fresh in-memory H2 database, a fixed clock), plus mocked JDA
 * events for it and readers of what it answered. The user {@link #ADA} already keeps one warm contact,
 * {@link #CONTACT}. Waits are bounded ({@link #WAIT_MILLIS}) because the router answers on its own workers.
 */
final class RouterHarness implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    /** The Discord id of the user most tests act as. */
    static final String ADA = "42";
    /** The contact {@link #ADA} keeps from the start. */
    static final String CONTACT = "Ana Li";
    /** The longest wait for the router's answer. */
    static final long WAIT_MILLIS = 5_000;

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Database database;
    private final Coach coach;
    private final InteractionRouter router;
    private final Map<Object, ReplyCallbackAction> replies = new IdentityHashMap<>();
    private final Map<Object, ModalCallbackAction> modals = new IdentityHashMap<>();

    private RouterHarness(Database database, Coach coach) {
        this.database = database;
        this.coach = coach;
        this.router = new InteractionRouter(coach);
    }

    /** A router on a database no other test uses, with {@link #CONTACT} saved for {@link #ADA}. */
    static RouterHarness open() {
        Database database = Database.open("jdbc:h2:mem:router-harness" + COUNTER.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1", "", "", 4);
        Coach coach = Coach.assemble(CoachConfig.from(Settings.load(Optional.empty(), Map.of())),
                Texts.load(Optional.empty()), database.dataSource(), CLOCK);
        database.inTransaction(connection -> {
            UserId ada = new UserId(ADA);
            new UserRepository(ZoneOffset.UTC, new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)).ensure(connection, ada, CLOCK.instant());
            new ContactRepository().add(connection, new NewContact(ada, CONTACT, "Engineer", "Acme", Warmth.WARM,
                    Source.FRIEND, OptionalLong.empty(), "", "", ""), CLOCK.instant());
            return null;
        });
        // Loads the engine's classes before a test's first interaction, far from the router's deferral window.
        coach.conversations().handle(new UserId("warm-up"), Input.Command.of("help"));
        return new RouterHarness(database, coach);
    }

    /** The path of every command in the catalog, read from a coach assembled for the purpose. */
    static List<String> commandPaths() {
        try (RouterHarness harness = open()) {
            List<String> paths = new ArrayList<>();
            harness.coach().commands().specs().forEach(spec -> paths.add(spec.path()));
            return paths;
        }
    }

    Coach coach() {
        return coach;
    }

    InteractionRouter router() {
        return router;
    }

    Database database() {
        return database;
    }

    /** A message from the shipped texts. */
    String text(String key, Object... namesAndValues) {
        return coach.texts().get(key, namesAndValues);
    }

    /** The note for a click, pick or modal the bot cannot read. */
    String unknownNote() {
        return coach.texts().get(InteractionRouter.UNKNOWN_CLICK_KEY);
    }

    /** Where the user stands now, read from the engine without changing anything. */
    Reply current(String user) {
        return coach.conversations().current(new UserId(user));
    }

    /** Sends input straight to the engine, bypassing the router: for setting a scene. */
    Reply handle(String user, Input input) {
        return coach.conversations().handle(new UserId(user), input);
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
        ModalCallbackAction modal = mock(ModalCallbackAction.class, RETURNS_SELF);
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
        Message message = mock(Message.class);
        when(message.getContentRaw()).thenReturn(text);
        when(event.getMessage()).thenReturn(message);
        MessageChannelUnion channel = mock(MessageChannelUnion.class);
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(mock(MessageCreateAction.class));
        when(event.getChannel()).thenReturn(channel);
        return event;
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
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.reply(any(MessageCreateData.class))).thenReturn(reply);
        replies.put(event, reply);
        return event;
    }

    private static User user(String id) {
        User user = mock(User.class);
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
     * Waits for the interaction's answer: a message sent with {@code reply(MessageCreateData)}, its visibility set
     * and queued. It must be the only answer: exactly one reply, never deferred.
     */
    Answer answerTo(IReplyCallback event) {
        ReplyCallbackAction action = replies.get(event);
        ArgumentCaptor<MessageCreateData> message = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event, timeout(WAIT_MILLIS)).reply(message.capture());
        verify(action, timeout(WAIT_MILLIS)).queue(any(), any());
        ArgumentCaptor<Boolean> ephemeral = ArgumentCaptor.forClass(Boolean.class);
        verify(action).setEphemeral(ephemeral.capture());
        // Once queued the answer is decided: no second reply and no deferral can follow.
        verify(event).reply(any(MessageCreateData.class));
        verify(event, never()).deferReply(anyBoolean());
        return new Answer(message.getValue(), ephemeral.getValue());
    }

    /** Waits for the modal a button click opened, and checks it was sent. */
    Modal modalOpenedBy(ButtonInteractionEvent event) {
        ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
        verify(event, timeout(WAIT_MILLIS)).replyModal(modal.capture());
        verify(modals.get(event), timeout(WAIT_MILLIS)).queue(any(), any());
        return modal.getValue();
    }

    /** Waits for the message the bot sent into the channel of a received message. */
    static MessageCreateData sentTo(MessageReceivedEvent event) {
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

    @Override
    public void close() {
        router.close();
        database.close();
    }
}
