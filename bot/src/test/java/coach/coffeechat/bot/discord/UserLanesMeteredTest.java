package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.UserId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The lanes' depth is shown as gauges, and a user's work runs with their id (never their name) in the log's MDC. */
final class UserLanesMeteredTest {
    private final ManualExecutor workers = new ManualExecutor();
    private final UserLanes lanes = new UserLanes(workers);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void theGaugesShowWorkQueuedAndUsersWaitingUntilItRan() {
        lanes.measure(meters);
        lanes.run(new UserId("111"), () -> 1);
        lanes.run(new UserId("111"), () -> 2);
        lanes.run(new UserId("222"), () -> 3);

        assertThat(meters.get(UserLanes.QUEUED).gauge().value()).isEqualTo(3);
        assertThat(meters.get(UserLanes.BUSY_USERS).gauge().value()).isEqualTo(2);

        workers.runQueued();

        assertThat(meters.get(UserLanes.QUEUED).gauge().value()).isZero();
        assertThat(meters.get(UserLanes.BUSY_USERS).gauge().value()).isZero();
    }

    @Test
    void theUsersIdIsInTheMdcWhileTheirWorkRunsAndGoneAfter() {
        List<String> seen = new ArrayList<>();
        lanes.run(new UserId("111"), () -> seen.add(MDC.get(UserLanes.MDC_USER)));
        lanes.run(new UserId("222"), () -> seen.add(MDC.get(UserLanes.MDC_USER)));

        workers.runQueued();

        assertThat(seen).containsExactly("111", "222");
        assertThat(MDC.get(UserLanes.MDC_USER)).isNull();
    }
}
