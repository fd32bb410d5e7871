package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.bot.discord.fake.Bodies;
import coach.coffeechat.bot.discord.fake.FakeDiscord;
import coach.coffeechat.bot.discord.fake.FakeUser;
import coach.coffeechat.bot.discord.fake.GatewayEvents.Where;
import coach.coffeechat.bot.discord.fake.OpenApiContract;
import coach.coffeechat.bot.discord.fake.RecordedCall;
import coach.coffeechat.config.Settings;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpAction;
import coach.coffeechat.followup.FollowUpKind;
import coach.coffeechat.followup.FollowUpPrompt;
import coach.coffeechat.followup.FollowUpSink;
import coach.coffeechat.store.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The bot with the real JDA client against the fake Discord and a real coach on an in-memory database. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
final class DiscordEndToEndTest {
    static final Duration WAIT = Duration.ofSeconds(5);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private final OpenApiContract contract = OpenApiContract.load();
    private BotOnFakeDiscord bot;
    private FakeDiscord discord;
    private Database database;
    private Coach coach;
    private DiscordTransport transport;

    @BeforeEach
    void start() throws Exception {
        bot = BotOnFakeDiscord.start(CLOCK);
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
    void commandsAreRegisteredGloballyOnReady() {
        RecordedCall put = discord.awaitRequest("PUT", "applications/\\d+/commands", WAIT);
        assertThat(contract.check(put)).isEmpty();
        List<String> names = new ArrayList<>();
        put.body().forEach(command -> names.add(command.path("name").asText()));
        assertThat(names).contains("draft", "contact", "cancel");
    }

    @Test
    void aRestartWithUnchangedCommandsDoesNotRegisterThemAgain() throws Exception {
        discord.awaitRequest("PUT", "applications/\\d+/commands", WAIT);
        awaitStored("discord.commands.global");
        transport.close();

        // WHEN the bot starts again on the same database with the same commands
        transport = DiscordTransport.start(coach, new DiscordTransport.Settings("fake-token",
                Optional.of(discord.restBaseUrl()), Optional.of(discord.gatewayUrl()), Optional.empty(), false));
        for (JDA jda : transport.shards().getShards()) {
            jda.awaitReady();
        }

        // THEN only the first start put the commands
        assertThat(discord.requests()).filteredOn(call -> call.method().equals("PUT")
                && call.path().matches(".*applications/\\d+/commands")).hasSize(1);
    }

    private void awaitStored(String key) throws InterruptedException {
        for (int i = 0; i < 100 && coach.state().get(key).isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertThat(coach.state().get(key)).isPresent();
    }

    @Test
    void draftCommandIsAnsweredWithTheDraftAndItsChecks() {
        FakeUser priya = discord.newUser("ada");
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("name", "Priya");
        options.put("field", "security");

        RecordedCall callback = answer(discord.events().slashCommand(priya, Where.GUILD, "draft", options));

        assertThat(contract.check(callback)).isEmpty();
        assertThat(OpenApiContract.mentionViolations(callback.body())).isEmpty();
        assertThat(callback.body().path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(Bodies.text(callback.body())).contains("Hi Priya", "security", "Checks");

        // One click on the offer below the draft saves Priya as a contact
        String save = Bodies.components(callback.body()).entrySet().stream()
                .filter(button -> button.getValue().equals(coach.texts().get("contact.offer.yes")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        RecordedCall saved = answer(discord.events().buttonClick(priya, Where.GUILD, save));
        assertThat(Bodies.text(saved.body())).contains(coach.texts().get("contact.offer.saved", "name", "Priya"));
    }

    @Test
    void contactAddOpensItsModalAndIsAnsweredWithButtonsToTheEndThenListShowsIt() {
        FakeUser ada = discord.newUser("ada");
        RecordedCall call = answer(discord.events().subcommand(ada, Where.GUILD, "contact", "add", Map.of()));
        assertThat(contract.check(call)).isEmpty();
        assertThat(Bodies.components(call.body())).containsKey("cc:1:m");

        RecordedCall modal = answer(discord.events().buttonClick(ada, Where.GUILD, "cc:1:m"));
        assertThat(modal.body().path("type").asInt()).as("a modal").isEqualTo(9);
        assertThat(contract.validate("ModalInteractionCallbackRequest", modal.body())).isEmpty();
        assertThat(Bodies.components(modal.body())).containsKeys("cc:1:d", "name", "role");

        call = answer(discord.events().modalSubmit(ada, Where.GUILD, "cc:1:d",
                Map.of("name", "Priya Raman", "role", "Security engineer", "organisation", "", "why", "")));
        assertThat(Bodies.text(call.body())).contains("How well do you know Priya Raman?");
        call = answer(discord.events().buttonClick(ada, Where.GUILD, "cc:2:o:warm"));
        assertThat(Bodies.text(call.body())).contains("Where do you know Priya Raman from?");
        call = answer(discord.events().select(ada, Where.GUILD, "cc:3:s", "colleague"));
        assertThat(Bodies.text(call.body())).contains("How will you reach Priya Raman?");
        modal = answer(discord.events().buttonClick(ada, Where.GUILD, "cc:4:m"));
        assertThat(modal.body().path("type").asInt()).isEqualTo(9);
        assertThat(Bodies.components(modal.body())).containsKeys("cc:4:d", CustomIds.TEXT_ANSWER);
        call = answer(discord.events().modalSubmit(ada, Where.GUILD, "cc:4:d",
                Map.of(CustomIds.TEXT_ANSWER, "priya@example.com")));
        for (int step = 0; step < 10 && hasPrompt(call.body()); step++) {
            call = answer(next(ada, call.body()));
            assertThat(contract.check(call)).isEmpty();
            assertThat(OpenApiContract.mentionViolations(call.body())).isEmpty();
        }
        assertThat(hasPrompt(call.body())).as("the flow ended: " + Bodies.text(call.body())).isFalse();

        RecordedCall list = answer(discord.events().subcommand(ada, Where.GUILD, "contact", "list", Map.of()));
        assertThat(Bodies.text(list.body())).contains("Priya Raman");
        assertThat(discord.unhandledRequests()).isEmpty();
    }

    @Test
    void staleAndDoubleClicksGetTheStaleNoteAndChangeNothing() {
        FakeUser ada = discord.newUser("ada");
        answer(discord.events().subcommand(ada, Where.GUILD, "contact", "add", Map.of()));
        answer(discord.events().modalSubmit(ada, Where.GUILD, "cc:1:d", Map.of("name", "Priya Raman")));
        String staleNote = coach.texts().get("engine.stale");

        RecordedCall stale = answer(discord.events().buttonClick(ada, Where.GUILD, "cc:1:c:cancel"));
        assertThat(Bodies.text(stale.body())).contains(staleNote).contains("How well do you know Priya Raman?");
        assertThat(Bodies.components(stale.body())).containsKey("cc:2:o:warm");

        RecordedCall staleModal = answer(discord.events().buttonClick(ada, Where.GUILD, "cc:1:m"));
        assertThat(staleModal.body().path("type").asInt()).as("no modal for a stale button").isEqualTo(4);
        assertThat(Bodies.text(staleModal.body())).contains(staleNote);

        RecordedCall first = answer(discord.events().buttonClick(ada, Where.GUILD, "cc:2:o:warm"));
        RecordedCall second = answer(discord.events().buttonClick(ada, Where.GUILD, "cc:2:o:warm"));
        assertThat(Bodies.text(first.body())).contains("Where do you know Priya Raman from?").doesNotContain(staleNote);
        assertThat(Bodies.text(second.body())).contains(staleNote).contains("Where do you know Priya Raman from?");
        assertThat(Bodies.components(second.body())).containsKey("cc:3:s");
        assertThat(coach.conversations().current(new UserId(Long.toUnsignedString(ada.id())))
                .version()).isEqualTo(3);
    }

    @Test
    void cancelMidFlowStopsItAndSavesNothing() {
        FakeUser ada = discord.newUser("ada");
        answer(discord.events().subcommand(ada, Where.DIRECT_MESSAGE, "contact", "add", Map.of()));
        answer(discord.events().modalSubmit(ada, Where.DIRECT_MESSAGE, "cc:1:d", Map.of("name", "Priya Raman")));

        RecordedCall cancel = answer(discord.events().slashCommand(ada, Where.DIRECT_MESSAGE, "cancel", Map.of()));

        assertThat(Bodies.text(cancel.body())).contains("Stopped adding a contact");
        assertThat(cancel.body().path("data").path("flags").asInt() & 64).as("not ephemeral in a DM").isZero();
        RecordedCall list = answer(discord.events().subcommand(ada, Where.DIRECT_MESSAGE, "contact", "list", Map.of()));
        assertThat(Bodies.text(list.body())).contains(coach.texts().get("contact.list.empty")).doesNotContain("Priya");
    }

    @Test
    void aDirectMessageIsAnsweredInTheDirectMessage() {
        FakeUser ada = discord.newUser("ada");

        discord.dispatch("MESSAGE_CREATE", discord.events().directMessage(ada, "hello @everyone"));

        RecordedCall post = discord.awaitRequest("POST", "channels/" + discord.directChannelId(ada) + "/messages",
                WAIT);
        assertThat(contract.check(post)).isEmpty();
        assertThat(OpenApiContract.mentionViolations(post.body())).isEmpty();
        assertThat(Bodies.text(post.body())).contains(coach.texts().get("engine.nothing-open"));
    }

    @Test
    void anUndecodableButtonGetsAKindEphemeralNote() {
        FakeUser ada = discord.newUser("ada");

        RecordedCall call = answer(discord.events().buttonClick(ada, Where.DIRECT_MESSAGE, "someone-else:42"));

        assertThat(call.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(Bodies.text(call.body())).contains(coach.texts().get(InteractionRouter.UNKNOWN_CLICK_KEY));
        assertThat(contract.check(call)).isEmpty();
    }

    @Test
    void aFollowUpIsDeliveredAsADirectMessageWithItsNonceAndButtons() {
        FakeUser ada = discord.newUser("ada");
        DiscordFollowUpSink sink = DiscordFollowUpSink.over(transport.shards(), coach.texts(), WAIT);

        FollowUpSink.Delivery delivery = sink.deliver(prompt(ada));

        assertThat(delivery).isInstanceOf(FollowUpSink.Delivered.class);
        RecordedCall post = discord.awaitRequest("POST", "channels/" + discord.directChannelId(ada) + "/messages",
                WAIT);
        assertThat(post.body().path("nonce").asText()).isEqualTo("cc-fu-7-0");
        assertThat(post.body().path("enforce_nonce").asBoolean()).as("enforce_nonce").isTrue();
        assertThat(post.body().path("content").asText()).isEqualTo("Did you thank @everyone?");
        assertThat(Bodies.components(post.body())).containsExactly(Map.entry("cc:0:f:7:done", "Done"),
                Map.entry("cc:0:f:7:snooze-day", "Tomorrow"));
        assertThat(contract.check(post)).isEmpty();
        assertThat(OpenApiContract.mentionViolations(post.body())).isEmpty();

        RecordedCall click = answer(discord.events().buttonClick(ada, Where.DIRECT_MESSAGE, "cc:0:f:7:done"));
        assertThat(click.body().path("type").asInt()).isEqualTo(4);
        assertThat(contract.check(click)).isEmpty();
    }

    @Test
    void aRedeliveredFollowUpWithTheSameNonceCreatesOneMessage() {
        // GIVEN a prompt that was posted, then claimed again because the process died before marking it sent
        FakeUser ada = discord.newUser("ada");
        DiscordFollowUpSink sink = DiscordFollowUpSink.over(transport.shards(), coach.texts(), WAIT);
        assertThat(sink.deliver(prompt(ada))).isInstanceOf(FollowUpSink.Delivered.class);

        // WHEN it is delivered again with the same delivery key
        FollowUpSink.Delivery again = sink.deliver(prompt(ada));

        // THEN both posts carried the nonce with enforce_nonce, and Discord kept one message
        assertThat(again).isInstanceOf(FollowUpSink.Delivered.class);
        String path = "channels/" + discord.directChannelId(ada) + "/messages";
        RecordedCall first = discord.awaitRequest("POST", path, 1, WAIT);
        RecordedCall second = discord.awaitRequest("POST", path, 2, WAIT);
        assertThat(second.body().path("nonce")).isEqualTo(first.body().path("nonce"));
        assertThat(second.body().path("enforce_nonce").asBoolean()).isTrue();
        assertThat(discord.messagesCreated(discord.directChannelId(ada))).isEqualTo(1);
    }

    @Test
    void aClosedInboxMakesTheFollowUpUndeliverable() {
        FakeUser ada = discord.newUser("ada");
        DiscordFollowUpSink sink = DiscordFollowUpSink.over(transport.shards(), coach.texts(), WAIT);
        discord.failNextDirectMessage();

        assertThat(sink.deliver(prompt(ada))).isInstanceOf(FollowUpSink.Undeliverable.class);
    }

    private static FollowUpPrompt prompt(FakeUser user) {
        return new FollowUpPrompt(7, new UserId(Long.toUnsignedString(user.id())),
                FollowUpKind.THANK_YOU, "Did you thank @everyone?", List.of(FollowUpAction.DONE,
                FollowUpAction.SNOOZE_DAY), "fu-7-0", 0);
    }

    // ---- helpers

    /** Dispatches an interaction and returns the bot's callback to it. */
    RecordedCall answer(ObjectNode interaction) {
        discord.dispatch("INTERACTION_CREATE", interaction);
        return discord.awaitRequest("POST", "interactions/" + interaction.path("id").asText() + "/[^/]+/callback",
                WAIT);
    }

    /** Whether a reply still asks something: it has components beyond the controls. */
    static boolean hasPrompt(JsonNode body) {
        return Bodies.components(body).keySet().stream().anyMatch(id -> !id.contains(":c:"));
    }

    /** The interaction that answers a reply's prompt: its first option, select value or modal, with sample text. */
    ObjectNode next(FakeUser user, JsonNode body) {
        String first = Bodies.components(body).keySet().stream().filter(id -> !id.contains(":c:")).findFirst()
                .orElseThrow();
        if (first.endsWith(":s")) {
            return discord.events().select(user, Where.GUILD, first, Bodies.selectValues(body).get(0));
        }
        if (first.endsWith(":m")) {
            RecordedCall modal = answer(discord.events().buttonClick(user, Where.GUILD, first));
            Map<String, String> values = new LinkedHashMap<>();
            String modalId = modal.body().path("data").path("custom_id").asText();
            Bodies.components(modal.body()).keySet().stream().filter(id -> !id.equals(modalId))
                    .forEach(id -> values.put(id, "sample"));
            return discord.events().modalSubmit(user, Where.GUILD, modalId, values);
        }
        return discord.events().buttonClick(user, Where.GUILD, first);
    }
}
