package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.bot.discord.fake.Bodies;
import coach.coffeechat.bot.discord.fake.FakeDiscord;
import coach.coffeechat.bot.discord.fake.FakeUser;
import coach.coffeechat.bot.discord.fake.GatewayEvents.Where;
import coach.coffeechat.bot.discord.fake.OpenApiContract;
import coach.coffeechat.bot.discord.fake.RecordedCall;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar as an operator does, in Discord mode: {@code DISCORD_TOKEN} set and the REST and gateway URLs
 * pointed at a fake Discord on 127.0.0.1. The bot registers its commands, answers {@code /draft} and a flow, is
 * stopped with SIGTERM in the middle of the flow, and picks the flow up again after a restart on the same data.
 */
final class DiscordJarIT {
    /** Time for a JVM to start, migrate the database and log in; generous for a slow CI machine. */
    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** The exit status of a JVM that ran its shutdown hooks after SIGTERM (128 + 15). */
    private static final int SIGTERM_EXIT = 143;
    private static final String TOKEN = DiscordJars.TOKEN;

    @TempDir
    Path work;

    private final OpenApiContract contract = OpenApiContract.load();
    private FakeDiscord discord;
    private Process bot;

    @BeforeEach
    void startDiscord() throws IOException {
        discord = FakeDiscord.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (bot != null && bot.isAlive()) {
            bot.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        discord.close();
    }

    @Test
    void runsOnDiscordStopsOnSigtermMidFlowAndResumesTheFlowAfterARestart() throws Exception {
        Path dataDir = work.resolve("data");
        FakeUser ada = discord.newUser("ada");

        // WHEN the jar starts in Discord mode
        bot = startJar(dataDir, "first");

        // THEN it registers its commands and answers /draft with a draft and its checks
        discord.awaitRequest("PUT", "applications/\\d+/commands", START);
        discord.awaitSession(1, START);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("name", "Priya");
        options.put("field", "security");
        RecordedCall draft = answer(discord.events().slashCommand(ada, Where.GUILD, "draft", options));
        assertThat(Bodies.text(draft.body())).contains("Hi Priya", "security", "Checks");

        // WHEN ada starts adding a contact and the process gets SIGTERM in the middle of the flow
        RecordedCall form = answer(discord.events().subcommand(ada, Where.DIRECT_MESSAGE, "contact", "add", Map.of()));
        String modal = customId(form, ":m").replace(":m", ":d");
        RecordedCall warmth = answer(discord.events().modalSubmit(ada, Where.DIRECT_MESSAGE, modal,
                Map.of("name", "Priya Raman")));
        assertThat(Bodies.text(warmth.body())).contains("How well do you know Priya Raman?");
        String warm = customId(warmth, ":o:warm");
        int firstExit = terminate(bot);

        // THEN it shuts down in order, with the JVM's SIGTERM status, and never logs the token
        Path log = dataDir.resolve("logs/coffeechat.log");
        assertThat(firstExit).as(output("first")).isEqualTo(SIGTERM_EXIT);
        assertThat(Files.readString(log, StandardCharsets.UTF_8))
                .contains("Discord transport stopped")
                .doesNotContain(TOKEN);
        assertThat(Files.readString(work.resolve("first.err"), StandardCharsets.UTF_8)).isEmpty();

        // WHEN it starts again on the same data and ada clicks the button she was shown before the restart
        bot = startJar(dataDir, "second");
        discord.awaitSession(2, START);
        RecordedCall next = answer(discord.events().buttonClick(ada, Where.DIRECT_MESSAGE, warm));

        // THEN the flow goes on where it was, and the unchanged commands were not registered a second time
        assertThat(Bodies.text(next.body())).contains("Where do you know Priya Raman from?");
        assertThat(discord.requests()).filteredOn(call -> call.matches("PUT", "applications/\\d+/commands"))
                .hasSize(1);
        assertThat(terminate(bot)).as(output("second")).isEqualTo(SIGTERM_EXIT);

        // AND every body the bot sent matched Discord's OpenAPI description and pinged nobody
        for (RecordedCall call : discord.requests()) {
            if (call.hasBody()) {
                assertThat(contract.check(call)).as(call.toString()).isEmpty();
            }
        }
        assertThat(discord.unhandledRequests()).isEmpty();
    }

    private RecordedCall answer(ObjectNode interaction) {
        return DiscordJars.answer(discord, interaction, WAIT);
    }

    private static String customId(RecordedCall reply, String suffix) {
        return DiscordJars.customId(reply, suffix);
    }

    private Process startJar(Path dataDir, String name) throws IOException {
        return DiscordJars.start(discord, work, name, dataDir, Map.of());
    }

    /** Sends SIGTERM and returns the exit status. */
    private static int terminate(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the bot did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    private String output(String name) {
        try {
            return "stdout:\n" + Files.readString(work.resolve(name + ".out"), StandardCharsets.UTF_8)
                    + "\nstderr:\n" + Files.readString(work.resolve(name + ".err"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }
}
