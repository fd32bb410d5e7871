package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.bot.discord.fake.Bodies;
import coach.coffeechat.bot.discord.fake.FakeDiscord;
import coach.coffeechat.bot.discord.fake.FakeUser;
import coach.coffeechat.bot.discord.fake.GatewayEvents.FileOption;
import coach.coffeechat.bot.discord.fake.GatewayEvents.Where;
import coach.coffeechat.bot.discord.fake.RecordedCall;
import coach.coffeechat.bot.discord.fake.Upload;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Files both ways on the fake Discord with the real JDA client: {@code /contact import} downloads the CSV the user
 * attached (served by the fake on 127.0.0.1 as Discord's CDN serves it), {@code /pipeline} answers with its PNG,
 * {@code /privacy export} with its JSON and CSV, and {@code /privacy import} takes that JSON back, attached, into
 * another account. Every body the bot sent, multipart ones included, matches Discord's OpenAPI description.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class DiscordFilesEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private BotOnFakeDiscord bot;
    private FakeDiscord discord;
    private Coach coach;
    private int edits;
    /** The last interaction callback: the answer, or the deferral that an edit completes. */
    private RecordedCall callback;

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
    void importAChartAnExportAndTheExportBackElsewhere() throws Exception {
        FakeUser maya = discord.newUser("maya");
        byte[] csv = ("Notes:\n\"When exporting your connection data, you may notice missing emails.\"\n\n"
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Ana,Li,https://www.linkedin.com/in/ana-li,,Acme Health,UX Researcher,01 Mar 2026\n"
                + "Ben,Okafor,https://www.linkedin.com/in/ben-okafor,ben@example.com,Beta,Designer,02 Mar 2026\n")
                .getBytes(StandardCharsets.UTF_8);
        RecordedCall summary = answer(discord.events().subcommand(maya, Where.GUILD, "contact", "import",
                Map.of("file", new FileOption("Connections.csv", "text/csv", csv))));
        assertThat(Bodies.text(summary.body())).contains("In this file: 2 new people");
        String warm = Bodies.components(summary.body()).keySet().stream().filter(id -> id.endsWith(":o:warm"))
                .findFirst().orElseThrow();
        RecordedCall imported = answer(discord.events().buttonClick(maya, Where.GUILD, warm));
        assertThat(Bodies.text(imported.body())).contains(coach.texts().get("contact.import.done", "count", 2,
                "warmth", coach.texts().get("contact.warmth.warm")));

        answer(discord.events().slashCommand(maya, Where.GUILD, "pipeline", Map.of()), "pipeline.png");
        Upload chart = upload("pipeline.png");
        assertThat(chart.bytes()).hasSizeGreaterThan(1_000).startsWith((byte) 0x89, (byte) 'P', (byte) 'N',
                (byte) 'G');

        answer(discord.events().subcommand(maya, Where.GUILD, "privacy", "export", Map.of()),
                "coffee-chat-export-2026-03-02.json");
        assertThat(callback.body().path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        Upload json = upload("coffee-chat-export-2026-03-02.json");
        assertThat(upload("coffee-chat-contacts-2026-03-02.csv").bytes()).isNotEmpty();
        JsonNode export = JSON.readTree(json.bytes());
        assertThat(export.path("data").path("contacts").path("contacts")).hasSize(2);

        FakeUser leo = discord.newUser("leo");
        RecordedCall back = answer(discord.events().subcommand(leo, Where.GUILD, "privacy", "import",
                Map.of("file", new FileOption(json.filename(), "application/json", json.bytes()))));
        assertThat(Bodies.text(back.body())).contains("Welcome back: I brought back 2 contacts");
        RecordedCall list = answer(discord.events().subcommand(leo, Where.GUILD, "contact", "list", Map.of()));
        assertThat(Bodies.text(list.body())).contains("Ana Li", "Ben Okafor");
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedWithItsReason() {
        FakeUser ada = discord.newUser("ada");
        byte[] csv = "name,role\nAna Li,UX Researcher\n".getBytes(StandardCharsets.UTF_8);

        RecordedCall refused = answer(discord.events().subcommand(ada, Where.GUILD, "privacy", "import",
                Map.of("file", new FileOption("coffee-chat-contacts-2026-03-02.csv", "text/csv", csv))));

        assertThat(Bodies.text(refused.body())).contains(coach.texts().get("privacy.import.not-json", "detail", ""));
        assertThat(callback.body().path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    }

    /** The bot's answer to an interaction: its callback, or the edit that follows a deferral. */
    private RecordedCall answer(ObjectNode interaction) {
        discord.dispatch("INTERACTION_CREATE", interaction);
        callback = discord.awaitRequest("POST", "interactions/" + interaction.path("id").asText()
                + "/[^/]+/callback", DiscordEndToEndTest.WAIT);
        if (callback.body().path("type").asInt() != 5) {
            return callback;
        }
        return discord.awaitRequest("PATCH", "webhooks/\\d+/[^/]+/messages/@original", edits++,
                DiscordEndToEndTest.WAIT.multipliedBy(4));
    }

    /** The answer, which must carry the file {@code name}. */
    private RecordedCall answer(ObjectNode interaction, String name) {
        RecordedCall call = answer(interaction);
        assertThat(call.body().path("attachments").isArray() || call.body().path("data").path("attachments")
                .isArray()).as("the multipart's payload_json lists its attachments: " + call).isTrue();
        assertThat(discord.uploads()).extracting(Upload::filename).contains(name);
        return call;
    }

    private Upload upload(String name) {
        List<Upload> uploads = discord.uploads();
        return uploads.stream().filter(upload -> upload.filename().equals(name)).reduce((a, b) -> b).orElseThrow();
    }
}
