package coach.coffeechat.bot.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.bot.discord.fake.GatewayEvents.Where;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Proves the fake Discord with the real JDA client, without any bot code. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
final class FakeDiscordJdaTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final OpenApiContract contract = OpenApiContract.load();
    private final BlockingQueue<GenericEvent> events = new LinkedBlockingQueue<>();
    private FakeDiscord discord;
    private JDA jda;

    @BeforeEach
    void logIn() throws Exception {
        discord = FakeDiscord.start();
        ListenerAdapter listener = new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                event.reply("ok").setEphemeral(true).queue();
                events.add(event);
            }

            @Override
            public void onButtonInteraction(ButtonInteractionEvent event) {
                events.add(event);
            }

            @Override
            public void onModalInteraction(ModalInteractionEvent event) {
                events.add(event);
            }

            @Override
            public void onMessageReceived(MessageReceivedEvent event) {
                events.add(event);
            }
        };
        jda = discord.configure(JDABuilder.createLight("fake-token", GatewayIntent.DIRECT_MESSAGES))
                .addEventListeners(listener)
                .build();
        jda.awaitReady();
    }

    @AfterEach
    void shutDown() throws Exception {
        try {
            if (jda != null) {
                jda.shutdownNow();
                assertThat(jda.awaitShutdown(WAIT)).as("JDA shut down in time").isTrue();
            }
        } finally {
            discord.close();
        }
    }

    @Test
    void jdaLogsInAndLearnsTheApplicationIdFromReady() {
        assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED);
        assertThat(jda.getSelfUser().getIdLong()).isEqualTo(discord.botUser().id());
        assertThat(jda.getSelfUser().getApplicationIdLong()).isEqualTo(discord.applicationId());
        assertThat(discord.requests()).first().satisfies(call -> assertThat(call.path()).isEqualTo("users/@me"));
        assertThat(discord.gatewayPayloads()).anySatisfy(payload -> {
            assertThat(payload.path("op").asInt()).isEqualTo(2);
            assertThat(payload.path("d").path("token").asText()).isEqualTo("fake-token");
        });
    }

    @Test
    void aDirectMessageWithoutMentionsReachesTheFakeAndMatchesTheSpec() {
        FakeUser ada = discord.newUser("ada");

        Message sent = jda.openPrivateChannelById(ada.id())
                .flatMap(channel -> channel.sendMessage("hi @everyone")
                        .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)))
                .complete();

        RecordedCall open = discord.awaitRequest("POST", "users/@me/channels", WAIT);
        assertThat(open.body().path("recipient_id").asText()).isEqualTo(Long.toUnsignedString(ada.id()));
        RecordedCall post = discord.awaitRequest("POST", "channels/\\d+/messages", WAIT);
        assertThat(post.path()).isEqualTo("channels/" + discord.directChannelId(ada) + "/messages");
        assertThat(post.body().path("content").asText()).isEqualTo("hi @everyone");
        assertThat(contract.validate("MessageCreateRequest", post.body())).isEmpty();
        assertThat(OpenApiContract.mentionViolations(post.body())).isEmpty();
        assertThat(contract.check(open)).isEmpty();
        assertThat(contract.checkStrict(open)).as("JDA sends recipient_id as a number")
                .anySatisfy(violation -> assertThat(violation).contains("recipient_id"));
        assertThat(sent.getContentRaw()).isEqualTo("hi @everyone");
    }

    @Test
    void aClosedInboxSurfacesAsCannotSendToUser() {
        FakeUser ada = discord.newUser("ada");
        discord.failNextDirectMessage();

        assertThatThrownBy(() -> jda.openPrivateChannelById(ada.id())
                        .flatMap(channel -> channel.sendMessage("hello"))
                        .complete())
                .isInstanceOfSatisfying(ErrorResponseException.class, error ->
                        assertThat(error.getErrorResponse()).isEqualTo(ErrorResponse.CANNOT_SEND_TO_USER));
    }

    @Test
    void commandRegistrationIsABulkOverwriteThatMatchesTheSpec() {
        jda.updateCommands().addCommands(Commands.slash("help", "What I can do")).complete();

        RecordedCall put = discord.awaitRequest("PUT", "applications/\\d+/commands", WAIT);
        assertThat(put.path()).isEqualTo("applications/" + discord.applicationId() + "/commands");
        assertThat(put.body().get(0).path("name").asText()).isEqualTo("help");
        assertThat(contract.check(put)).isEmpty();
        assertThat(contract.checkStrict(put)).as("JDA sends contexts and integration_types as strings")
                .anySatisfy(violation -> assertThat(violation).contains("contexts"));
        assertThat(jda.retrieveCommands().complete()).extracting(c -> c.getName()).containsExactly("help");
    }

    @Test
    void aDispatchedSlashCommandIsAnsweredWithAnEphemeralReplyThatMatchesTheSpec() throws Exception {
        // JDA's own default, which lets replies ping everyone: the bot narrows this JVM-wide setting when its
        // transport starts, so an end-to-end test run earlier in the same JVM would otherwise hide it.
        MessageRequest.setDefaultMentions(EnumSet.allOf(Message.MentionType.class));
        FakeUser ada = discord.newUser("ada");
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("topic", "mentoring");
        options.put("minutes", 15);

        discord.dispatch("INTERACTION_CREATE", discord.events().slashCommand(ada, Where.GUILD, "help", options));

        SlashCommandInteractionEvent event = next(SlashCommandInteractionEvent.class);
        assertThat(event.getName()).isEqualTo("help");
        assertThat(event.getUser().getIdLong()).isEqualTo(ada.id());
        assertThat(event.getOption("topic").getAsString()).isEqualTo("mentoring");
        assertThat(event.getOption("minutes").getAsLong()).isEqualTo(15);
        assertThat(event.isFromGuild()).isTrue();
        RecordedCall callback = discord.awaitRequest("POST", "interactions/\\d+/[^/]+/callback", WAIT);
        assertThat(callback.path()).isEqualTo("interactions/" + event.getId() + "/" + event.getToken() + "/callback");
        assertThat(callback.body().path("type").asInt()).isEqualTo(4);
        assertThat(callback.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(contract.validate("CreateMessageInteractionCallbackRequest", callback.body())).isEmpty();
        // JDA's default lets replies ping @everyone and roles; the bot must restrict it, and check() notices
        assertThat(contract.check(callback)).containsExactlyInAnyOrder(
                "/data/allowed_mentions/parse: allows \"roles\" pings",
                "/data/allowed_mentions/parse: allows \"everyone\" pings");
    }

    @Test
    void aSlashCommandInADirectMessageFollowedUpByWebhookMatchesTheSpec() throws Exception {
        FakeUser ada = discord.newUser("ada");

        discord.dispatch("INTERACTION_CREATE",
                discord.events().slashCommand(ada, Where.DIRECT_MESSAGE, "help", Map.of()));
        SlashCommandInteractionEvent event = next(SlashCommandInteractionEvent.class);
        Message followUp = event.getHook().sendMessage("more @everyone").setEphemeral(true)
                .setAllowedMentions(EnumSet.of(Message.MentionType.USER))
                .complete();

        assertThat(event.isFromGuild()).isFalse();
        assertThat(event.getChannel().getIdLong()).isEqualTo(discord.directChannelId(ada));
        RecordedCall post = discord.awaitRequest("POST", "webhooks/\\d+/[^/]+", WAIT);
        assertThat(post.path()).isEqualTo("webhooks/" + discord.applicationId() + "/" + event.getToken());
        assertThat(contract.check(post)).isEmpty();
        assertThat(followUp.getContentRaw()).isEqualTo("more @everyone");
    }

    @Test
    void buttonClicksModalSubmitsAndDirectMessagesReachListeners() throws Exception {
        FakeUser ada = discord.newUser("ada");

        discord.dispatch("INTERACTION_CREATE", discord.events().buttonClick(ada, Where.DIRECT_MESSAGE, "flow:next"));
        ButtonInteractionEvent click = next(ButtonInteractionEvent.class);
        discord.dispatch("INTERACTION_CREATE", discord.events().modalSubmit(ada, Where.GUILD, "intro",
                Map.of("about", "I teach")));
        ModalInteractionEvent submit = next(ModalInteractionEvent.class);
        discord.dispatch("MESSAGE_CREATE", discord.events().directMessage(ada, "hello coach"));
        MessageReceivedEvent message = next(MessageReceivedEvent.class);

        assertThat(click.getComponentId()).isEqualTo("flow:next");
        assertThat(click.getUser().getIdLong()).isEqualTo(ada.id());
        assertThat(submit.getModalId()).isEqualTo("intro");
        assertThat(submit.getValue("about").getAsString()).isEqualTo("I teach");
        assertThat(message.isFromGuild()).isFalse();
        assertThat(message.getAuthor().getIdLong()).isEqualTo(ada.id());
        assertThat(message.getMessage().getContentRaw()).isEqualTo("hello coach");
        assertThat(discord.unhandledRequests()).isEmpty();
    }

    private <T extends GenericEvent> T next(Class<T> type) throws InterruptedException {
        GenericEvent event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(event).as("next event").isInstanceOf(type);
        return type.cast(event);
    }
}
