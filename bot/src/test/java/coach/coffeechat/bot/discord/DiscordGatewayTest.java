package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.Test;

/** Healthy means every shard of this process is connected; the ping and the connected shards are gauges. */
final class DiscordGatewayTest {
    private final ShardManager shards = mock(ShardManager.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private static JDA shard(int id, JDA.Status status) {
        JDA jda = mock(JDA.class);
        when(jda.getStatus()).thenReturn(status);
        when(jda.getShardInfo()).thenReturn(new JDA.ShardInfo(id, 2));
        return jda;
    }

    @Test
    void everyShardConnectedIsHealthy() {
        List<JDA> running = List.of(shard(0, JDA.Status.CONNECTED), shard(1, JDA.Status.CONNECTED));
        when(shards.getShards()).thenReturn(running);
        when(shards.getAverageGatewayPing()).thenReturn(42.0);

        DiscordGateway gateway = DiscordGateway.of(shards);
        gateway.measure(meters);

        assertThat(gateway.problem()).isEmpty();
        assertThat(meters.get(DiscordGateway.PING).timeGauge().value(TimeUnit.MILLISECONDS)).isEqualTo(42.0);
        assertThat(meters.get(DiscordGateway.CONNECTED).gauge().value()).isEqualTo(2);
    }

    @Test
    void aShardThatIsNotConnectedIsNamedWithItsStatus() {
        List<JDA> running = List.of(shard(0, JDA.Status.CONNECTED), shard(1, JDA.Status.WAITING_TO_RECONNECT));
        when(shards.getShards()).thenReturn(running);

        DiscordGateway gateway = DiscordGateway.of(shards);
        gateway.measure(meters);

        assertThat(gateway.problem()).hasValue("gateway: shard 1 is WAITING_TO_RECONNECT");
        assertThat(meters.get(DiscordGateway.CONNECTED).gauge().value()).isEqualTo(1);
    }

    @Test
    void shardsStillQueuedOrNoShardAtAllAreUnhealthy() {
        when(shards.getShardsQueued()).thenReturn(2);
        assertThat(DiscordGateway.of(shards).problem()).hasValue("gateway: 2 shard(s) not started yet");

        when(shards.getShardsQueued()).thenReturn(0);
        when(shards.getShards()).thenReturn(List.of());
        assertThat(DiscordGateway.of(shards).problem()).hasValue("gateway: no shard running");
    }
}
