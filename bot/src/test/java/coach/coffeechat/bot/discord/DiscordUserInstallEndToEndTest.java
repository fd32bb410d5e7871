package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.bot.discord.fake.Bodies;
import coach.coffeechat.bot.discord.fake.FakeDiscord;
import coach.coffeechat.bot.discord.fake.FakeUser;
import coach.coffeechat.bot.discord.fake.GatewayEvents.Where;
import coach.coffeechat.bot.discord.fake.OpenApiContract;
import coach.coffeechat.bot.discord.fake.RecordedCall;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpScheduler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The app installed to a user's own account, on the fake Discord with the real JDA client: the registration says
 * where each command works, a command from a server the bot is not in and from a group DM is answered only to the
 * user and its flow runs to the end, and a follow-up DM Discord refuses because the user shares no server with the
 * bot (50278) is held and shown at the user's next command. Every body is checked against Discord's OpenAPI
 * description when the bot closes.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class DiscordUserInstallEndToEndTest {
    private static final Duration WAIT = DiscordEndToEndTest.WAIT;
    private static final List<String> FOR_SERVERS = List.of("coach", "challenge");

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final OpenApiContract contract = OpenApiContract.load();
    private BotOnFakeDiscord bot;
    private FakeDiscord discord;
    private Coach coach;

    @BeforeEach
    void start() throws Exception {
        bot = BotOnFakeDiscord.start(clock);
        discord = bot.discord;
        coach = bot.coach;
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void theRegistrationCarriesBothInstallTypesAndTheContextsWithCoachingForServersOnly() {
        RecordedCall put = discord.awaitRequest("PUT", "applications/\\d+/commands", WAIT);

        assertThat(contract.check(put)).isEmpty();
        List<String> names = new ArrayList<>();
        for (JsonNode command : put.body()) {
            String name = command.path("name").asText();
            names.add(name);
            boolean forServers = FOR_SERVERS.contains(name);
            assertThat(numbers(command.path("integration_types"))).as("/" + name + " integration_types")
                    .containsExactlyElementsOf(forServers ? List.of(0) : List.of(0, 1));
            assertThat(numbers(command.path("contexts"))).as("/" + name + " contexts")
                    .containsExactlyElementsOf(forServers ? List.of(0) : List.of(0, 1, 2));
        }
        assertThat(names).contains("draft", "questions", "followups", "contact").containsAll(FOR_SERVERS);
    }

    @Test
    void aFlowInAServerTheBotIsNotInIsAnsweredOnlyToTheUserAndRunsToTheEnd() {
        FakeUser ada = discord.newUser("ada");

        RecordedCall call = bot.answer(discord.events().subcommand(ada, Where.OTHER_SERVER, "contact", "add", Map.of()));
        assertEphemeral(call);
        assertThat(Bodies.components(call.body())).containsKey("cc:1:m");
        RecordedCall modal = bot.answer(discord.events().buttonClick(ada, Where.OTHER_SERVER, "cc:1:m"));
        assertThat(modal.body().path("type").asInt()).as("a modal").isEqualTo(9);
        call = bot.answer(discord.events().modalSubmit(ada, Where.OTHER_SERVER, "cc:1:d",
                Map.of("name", "Priya Raman", "role", "Security engineer", "organisation", "", "why", "")));
        assertEphemeral(call);
        assertThat(Bodies.text(call.body())).contains("How well do you know Priya Raman?");
        call = bot.answer(discord.events().buttonClick(ada, Where.OTHER_SERVER, "cc:2:o:warm"));
        assertEphemeral(call);
        call = bot.answer(discord.events().select(ada, Where.OTHER_SERVER, "cc:3:s", "colleague"));
        assertEphemeral(call);
        assertThat(Bodies.text(call.body())).contains("How will you reach Priya Raman?");
        bot.answer(discord.events().buttonClick(ada, Where.OTHER_SERVER, "cc:4:m"));
        call = bot.answer(discord.events().modalSubmit(ada, Where.OTHER_SERVER, "cc:4:d",
                Map.of(CustomIds.TEXT_ANSWER, "priya@example.com")));
        for (int step = 0; step < 10 && hasPrompt(call.body()); step++) {
            call = bot.answer(next(ada, call.body()));
            if (call.body().path("type").asInt() != 9) {
                assertEphemeral(call);
            }
        }
        assertThat(hasPrompt(call.body())).as("the flow ended: " + call.body()).isFalse();

        RecordedCall list = bot.answer(discord.events().subcommand(ada, Where.OTHER_SERVER, "contact", "list", Map.of()));
        assertEphemeral(list);
        assertThat(Bodies.text(list.body())).contains("Priya Raman");
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("name", "Sam");
        draft.put("field", "nursing");
        RecordedCall drafted = bot.answer(discord.events().slashCommand(ada, Where.OTHER_SERVER, "draft", draft));
        assertEphemeral(drafted);
        assertThat(Bodies.text(drafted.body())).contains("Hi Sam", "nursing");
        assertThat(discord.requests()).as("nothing asked of a server the bot is not in")
                .noneMatch(request -> request.path().contains("guilds/") || request.path().startsWith("channels/"));
    }

    @Test
    void aCommandInAGroupDmIsAnsweredOnlyToTheUser() {
        FakeUser ada = discord.newUser("ada");
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("name", "Priya");
        options.put("field", "security");

        RecordedCall drafted = bot.answer(discord.events().slashCommand(ada, Where.GROUP_DM, "draft", options));

        assertEphemeral(drafted);
        assertThat(Bodies.text(drafted.body())).contains("Hi Priya", "security");
        String save = Bodies.components(drafted.body()).entrySet().stream()
                .filter(button -> button.getValue().equals(coach.texts().get("contact.offer.yes")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        RecordedCall saved = bot.answer(discord.events().buttonClick(ada, Where.GROUP_DM, save));
        assertEphemeral(saved);
        assertThat(Bodies.text(saved.body())).contains(coach.texts().get("contact.offer.saved", "name", "Priya"));
    }

    @Test
    void aFollowUpRefusedForSharingNoServerIsHeldAndShownAtTheNextCommandWithTheHint() {
        FakeUser ada = discord.newUser("ada");
        UserId user = new UserId(Long.toUnsignedString(ada.id()));
        bot.addContact(user, "Ana Li");
        RecordedCall met = bot.answer(discord.events().subcommand(ada, Where.OTHER_SERVER, "contact", "stage",
                Map.of("contact", "Ana Li", "stage", "met")));
        assertEphemeral(met);

        clock.advance(Duration.ofHours(2));
        discord.failNextDirectMessage(FakeDiscord.NO_MUTUAL_GUILDS);
        FollowUpScheduler timer = coach.timer(DiscordFollowUpSink.over(bot.transport.shards(), coach.texts(), WAIT));
        FollowUpScheduler.Round round = timer.runOnce();

        assertThat(round.held()).as("the thank-you is held, not failed: " + round).isEqualTo(1);
        RecordedCall refused = discord.awaitRequest("POST", "channels/" + discord.directChannelId(ada) + "/messages",
                WAIT);
        assertThat(contract.check(refused)).isEmpty();
        RecordedCall next = bot.answer(discord.events().slashCommand(ada, Where.GROUP_DM, "help", Map.of()));
        assertEphemeral(next);
        assertThat(Bodies.text(next.body())).contains(coach.texts().get("followup.held"), "Ana Li",
                coach.texts().get("followup.held.reach-hint"));
        RecordedCall after = bot.answer(discord.events().slashCommand(ada, Where.GROUP_DM, "help", Map.of()));
        assertThat(Bodies.text(after.body())).as("shown once").doesNotContain(coach.texts().get("followup.held"));
    }

    private void assertEphemeral(RecordedCall call) {
        assertThat(call.body().path("data").path("flags").asInt() & 64).as("ephemeral: " + call).isEqualTo(64);
        assertThat(contract.check(call)).isEmpty();
        assertThat(OpenApiContract.mentionViolations(call.body())).isEmpty();
    }



    private static boolean hasPrompt(JsonNode body) {
        return DiscordEndToEndTest.hasPrompt(body);
    }

    /** The interaction answering a reply's prompt in the server the bot is not in, with sample text in modals. */
    private ObjectNode next(FakeUser user, JsonNode body) {
        String first = Bodies.components(body).keySet().stream().filter(id -> !id.contains(":c:")).findFirst()
                .orElseThrow();
        if (first.endsWith(":s")) {
            return discord.events().select(user, Where.OTHER_SERVER, first, Bodies.selectValues(body).get(0));
        }
        if (first.endsWith(":m")) {
            RecordedCall modal = bot.answer(discord.events().buttonClick(user, Where.OTHER_SERVER, first));
            Map<String, String> values = new LinkedHashMap<>();
            String modalId = modal.body().path("data").path("custom_id").asText();
            Bodies.components(modal.body()).keySet().stream().filter(id -> !id.equals(modalId))
                    .forEach(id -> values.put(id, "sample"));
            return discord.events().modalSubmit(user, Where.OTHER_SERVER, modalId, values);
        }
        return discord.events().buttonClick(user, Where.OTHER_SERVER, first);
    }

    /** JDA 6.5 writes the enum values as strings ("0"), Discord's documentation as numbers: both read as numbers. */
    private static List<Integer> numbers(JsonNode array) {
        List<Integer> numbers = new ArrayList<>();
        array.forEach(value -> numbers.add(Integer.parseInt(value.asText())));
        return numbers;
    }

    /** A clock the test moves forward by hand. */
    private static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration by) {
            now.updateAndGet(instant -> instant.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the test clock stays in UTC");
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
