package coach.coffeechat.bot.discord;

import coach.coffeechat.bot.ops.Gateway;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * The shards' connections to Discord's gateway, for the health check and the metrics: connected means every shard
 * this process runs is {@link JDA.Status#CONNECTED}; the ping is JDA's heartbeat round trip, averaged over the
 * shards.
 */
final class DiscordGateway implements Gateway {
    /** JDA's heartbeat round trip to the gateway, averaged over the shards. */
    static final String PING = "coffeechat.gateway.ping";
    /** Shards whose gateway connection is up. */
    static final String CONNECTED = "coffeechat.gateway.shards.connected";

    private final ShardManager shards;

    private DiscordGateway(ShardManager shards) {
        this.shards = shards;
    }

    /** The gateway of these shards, for the health check. */
    static DiscordGateway of(ShardManager shards) {
        return new DiscordGateway(shards);
    }

    /** Shows the ping and the connected shards in {@code meters}; once the engine, which owns them, is ready. */
    void measure(MeterRegistry meters) {
        TimeGauge.builder(PING, shards, TimeUnit.MILLISECONDS, ShardManager::getAverageGatewayPing)
                .description("Heartbeat round trip to Discord's gateway, averaged over the shards").register(meters);
        Gauge.builder(CONNECTED, shards, DiscordGateway::connected)
                .description("Shards whose gateway connection is up").register(meters);
    }

    private static double connected(ShardManager shards) {
        return shards.getShards().stream().filter(jda -> jda.getStatus() == JDA.Status.CONNECTED).count();
    }

    @Override
    public Optional<String> problem() {
        if (shards.getShardsQueued() > 0) {
            return Optional.of("gateway: " + shards.getShardsQueued() + " shard(s) not started yet");
        }
        Optional<JDA> down = shards.getShards().stream().filter(jda -> jda.getStatus() != JDA.Status.CONNECTED)
                .min(Comparator.comparingInt(jda -> jda.getShardInfo().getShardId()));
        if (down.isPresent()) {
            return Optional.of("gateway: shard " + down.get().getShardInfo().getShardId() + " is "
                    + down.get().getStatus());
        }
        return shards.getShards().isEmpty() ? Optional.of("gateway: no shard running") : Optional.empty();
    }
}
