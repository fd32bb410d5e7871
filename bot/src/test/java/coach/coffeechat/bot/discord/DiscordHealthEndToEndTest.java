package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.bot.ops.OpsSettings;
import coach.coffeechat.bot.ops.Telemetry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.OptionalInt;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On the fake Discord with the real JDA: the health endpoint is 200 while the shard is connected and the database
 * answers, and 503 naming the shard once its gateway connection is gone; the ping is a gauge.
 */
final class DiscordHealthEndToEndTest {
    private BotOnFakeDiscord bot;
    private Telemetry telemetry;

    @AfterEach
    void close() {
        if (telemetry != null) {
            telemetry.close();
        }
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void healthFollowsTheShardsGatewayConnection() throws Exception {
        bot = BotOnFakeDiscord.start(DiscordEndToEndTest.CLOCK);
        telemetry = Telemetry.from(new OpsSettings(OptionalInt.of(0), OpsSettings.LogFormat.TEXT));
        telemetry.serve(bot.database.dataSource());
        telemetry.gateway(bot.transport.gateway());

        assertThat(health()).isEqualTo("200 ok\n");
        assertThat(bot.coach.meters().find("coffeechat.gateway.ping").timeGauge()).isNotNull();

        JDA shard = bot.transport.shards().getShards().get(0);
        shard.shutdown();

        assertThat(health()).startsWith("503 gateway: shard 0 is ");
    }

    private String health() throws Exception {
        int port = telemetry.address().orElseThrow().getPort();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
