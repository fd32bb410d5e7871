package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.bot.discord.fake.Bodies;
import coach.coffeechat.bot.discord.fake.FakeDiscord;
import coach.coffeechat.bot.discord.fake.RecordedCall;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The packaged jar in Discord mode against a fake Discord, for the tests that run it as an operator does: starting
 * it with a clean environment pointed at the fake, and answering interactions the way a user clicks.
 */
final class DiscordJars {
    /** The token the jars log in with; it must never appear in their output or logs. */
    static final String TOKEN = "fake-token-that-must-never-be-logged";
    /** The callback type of a deferred answer (DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE). */
    private static final int DEFERRED = 5;

    private DiscordJars() {
    }

    /**
     * Starts the jar (the failsafe property {@code coffeechat.jar}) in Discord mode, with stdout and stderr in
     * {@code <name>.out} and {@code <name>.err} under {@code work}, no inherited {@code COFFEECHAT_} variables, and
     * {@code settings} added to its environment.
     */
    static Process start(FakeDiscord discord, Path work, String name, Path dataDir, Map<String, String> settings)
            throws IOException {
        String jar = System.getProperty("coffeechat.jar");
        assertThat(jar).as("system property coffeechat.jar (set by failsafe)").isNotBlank();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-jar", jar))
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(work.resolve(name + ".out").toFile())
                .redirectError(work.resolve(name + ".err").toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(variable -> variable.equals("DISCORD_TOKEN")
                || variable.startsWith("COFFEECHAT_"));
        environment.put("DISCORD_TOKEN", TOKEN);
        environment.put("COFFEECHAT_DATA_DIR", dataDir.toString());
        environment.put("COFFEECHAT_DISCORD_REST_URL", discord.restBaseUrl());
        environment.put("COFFEECHAT_DISCORD_GATEWAY_URL", discord.gatewayUrl());
        environment.putAll(settings);
        return builder.start();
    }

    /**
     * Dispatches an interaction and waits for the bot's answer to it: its callback, or, when the callback deferred
     * it (as while the engine is still starting beside the gateway), the edit that brings the answer.
     */
    static RecordedCall answer(FakeDiscord discord, ObjectNode interaction, Duration wait) {
        discord.dispatch("INTERACTION_CREATE", interaction);
        RecordedCall callback = discord.awaitRequest("POST",
                "interactions/" + interaction.path("id").asText() + "/[^/]+/callback", wait);
        if (callback.body().path("type").asInt() != DEFERRED) {
            return callback;
        }
        return discord.awaitRequest("PATCH",
                "webhooks/\\d+/" + interaction.path("token").asText() + "/messages/@original", wait);
    }

    /** The custom id of the component in a reply whose id ends with {@code suffix}. */
    static String customId(RecordedCall reply, String suffix) {
        return Bodies.components(reply.body()).keySet().stream().filter(id -> id.endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no component ending in " + suffix + " in " + reply));
    }
}
