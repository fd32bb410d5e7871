package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.bot.discord.fake.FakeDiscord;
import coach.coffeechat.bot.discord.fake.OpenApiContract;
import coach.coffeechat.bot.discord.fake.RecordedCall;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;

/**
 * The bot as {@code Main} wires it (the coach on an in-memory H2 database, the Discord transport) logged into a
 * fake Discord with the real JDA client, for the end-to-end tests. Closing it checks every body the bot sent
 * against Discord's OpenAPI description, that none could ping anyone and that the fake had an answer for every
 * request, then stops the transport, the fake and the database.
 */
final class BotOnFakeDiscord implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    final FakeDiscord discord;
    final Database database;
    final Coach coach;
    final DiscordTransport transport;
    private final OpenApiContract contract = OpenApiContract.load();

    private BotOnFakeDiscord(FakeDiscord discord, Database database, Coach coach, DiscordTransport transport) {
        this.discord = discord;
        this.database = database;
        this.coach = coach;
        this.transport = transport;
    }

    /** Starts the fake and the bot on {@code clock}, and waits until every shard is ready. */
    static BotOnFakeDiscord start(Clock clock) throws Exception {
        return start(clock, Optional.empty());
    }

    /** Starts the fake and the bot on {@code clock} with a {@code --config} directory, as Main would. */
    static BotOnFakeDiscord start(Clock clock, Optional<Path> configDir) throws Exception {
        FakeDiscord discord = FakeDiscord.start();
        Database database = Database.open("jdbc:h2:mem:discord-e2e" + COUNTER.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1", "", "", 4);
        Coach coach = Coach.assemble(CoachConfig.from(Settings.load(configDir, Map.of())), configDir,
                Texts.load(configDir), database.dataSource(), clock);
        DiscordTransport transport = DiscordTransport.start(coach, new DiscordTransport.Settings("fake-token",
                Optional.of(discord.restBaseUrl()), Optional.of(discord.gatewayUrl()), Optional.empty(), false));
        for (JDA jda : transport.shards().getShards()) {
            jda.awaitReady();
        }
        return new BotOnFakeDiscord(discord, database, coach, transport);
    }

    /** Sends the fake's one guild and waits until JDA has cached it, for tests of server commands. */
    BotOnFakeDiscord inTheGuild() throws InterruptedException {
        discord.dispatch("GUILD_CREATE", discord.events().guildCreate());
        for (int i = 0; i < 250 && transport.shards().getGuildCache().isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertThat(transport.shards().getGuildCache().size()).as("the guild is cached").isEqualTo(1);
        return this;
    }

    /** Adds a contact through the engine, as the {@code /contact add} flow would save it. */
    void addContact(UserId user, String name) {
        coach.conversations().handle(user, Input.Command.of("contact add"));
        coach.conversations().handle(user, new Input.Form(Map.of("name", name, "why", "She moved into research")));
        Reply reply = coach.conversations().handle(user, new Input.Answer("warm"));
        for (int step = 0; step < 6 && reply.prompt().isPresent(); step++) {
            Prompt prompt = reply.prompt().get();
            String answer = prompt instanceof Prompt.Confirm ? "yes"
                    : prompt instanceof Prompt.Choice choice ? choice.options().get(0).id() : "skip";
            reply = coach.conversations().handle(user, new Input.Answer(answer));
        }
        assertThat(reply.text()).as("saved").contains(name);
    }

    /** Dispatches an interaction and waits for the bot's callback to it (its first answer). */
    RecordedCall answer(ObjectNode interaction) {
        discord.dispatch("INTERACTION_CREATE", interaction);
        return discord.awaitRequest("POST", "interactions/" + interaction.path("id").asText() + "/[^/]+/callback",
                DiscordEndToEndTest.WAIT);
    }

    /** The command of this name in a registration body (the array PUT to Discord). */
    static JsonNode command(JsonNode commands, String name) {
        for (JsonNode command : commands) {
            if (command.path("name").asText().equals(name)) {
                return command;
            }
        }
        throw new AssertionError("no command " + name + " in " + commands);
    }

    @Override
    public void close() {
        try {
            for (RecordedCall call : discord.requests()) {
                if (call.hasBody()) {
                    assertThat(contract.check(call)).as(call.toString()).isEmpty();
                    assertThat(OpenApiContract.mentionViolations(call.body())).as(call.toString()).isEmpty();
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
}
