package coach.coffeechat.followup;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.ProductBench;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reminder of a flow left open for a day, on the whole product with a fake clock: one that falls in quiet
 * hours waits for their end, and by then it is checked again against what the user did meanwhile.
 */
final class UnfinishedFlowReminderTest {
    private static final UserId MAYA = new UserId("maya");

    private final ProductBench bench = new ProductBench();
    private final MutableClock clock = bench.clock();
    private final FollowUpScheduler timer = bench.timer();

    @BeforeEach
    void leaveAFlowOpenAtNightAndLetItGoIdle() {
        // Monday 21:30 UTC: the flow goes idle a day later, inside the default quiet hours (21:00-08:00).
        clock.advance(Duration.ofHours(12).plusMinutes(30));
        bench.handle(MAYA, Input.Command.of("contact add"));
        clock.advance(Duration.ofDays(1));
        timer.runOnce();
        assertThat(bench.delivered()).as("nothing in quiet hours").isEmpty();
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void aReminderMovedPastQuietHoursComesAtTheirEndWhenTheFlowIsStillLeftOpen() {
        clock.advance(Duration.ofHours(10).plusMinutes(30));
        timer.runOnce();

        assertThat(bench.delivered()).extracting(FollowUpPrompt::kind).containsExactly(FollowUpKind.UNFINISHED_FLOW);
        assertThat(bench.delivered().get(0).text()).isEqualTo(ProductBench.text("followup.unfinished-flow",
                "flow", "adding a contact"));
    }

    @Test
    void aReminderMovedPastQuietHoursIsDroppedWhenTheUserCancelledTheFlowMeanwhile() {
        clock.advance(Duration.ofMinutes(30));
        bench.handle(MAYA, new Input.Control(ControlAction.CANCEL));

        clock.advance(Duration.ofHours(10));
        timer.runOnce();

        assertThat(bench.delivered()).isEmpty();
        assertThat(bench.coach().conversations().handle(MAYA, Input.Command.of("followups")).text())
                .isEqualTo(ProductBench.text("followup.none"));
    }

    @Test
    void aReminderMovedPastQuietHoursIsDroppedWhenTheUserWentOnWithTheFlowMeanwhile() {
        clock.advance(Duration.ofMinutes(30));
        bench.handle(MAYA, new Input.Form(Map.of("name", "Ana Li")));

        clock.advance(Duration.ofHours(10));
        timer.runOnce();

        assertThat(bench.delivered()).isEmpty();
    }
}
