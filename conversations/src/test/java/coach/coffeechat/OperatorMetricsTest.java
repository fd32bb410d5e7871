package coach.coffeechat;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpScheduler;
import coach.coffeechat.followup.FollowUpSink;
import coach.coffeechat.store.Database;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.testing.TestDatabases;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the engine and the follow-up timer count for an operator: each input by command and outcome with its time,
 * and each claimed prompt by what became of it. No tag ever holds what a user typed or a user id.
 */
final class OperatorMetricsTest {
    private static final UserId MAYA = new UserId("maya-4711");

    private final MutableClock clock = MutableClock.atMondayMorning();
    private final Database database = TestDatabases.inMemory();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Coach coach = Coach.assemble(config(Map.of()), Optional.empty(), TestCoach.TEXTS,
            database.dataSource(), clock, meters);

    @AfterEach
    void close() {
        database.close();
    }

    private static CoachConfig config(Map<String, String> environment) {
        return CoachConfig.from(Settings.load(Optional.empty(), environment));
    }

    private double interactions(String command, String input, String outcome) {
        return meters.find("coffeechat.interactions").tags("command", command, "input", input, "outcome", outcome)
                .counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void inputsAreCountedByCommandAndOutcomeWithTheirTime() {
        coach.conversations().handle(MAYA, Input.Command.of("contact add"));
        // the step asks for a form: a typed line is refused without counting an attempt
        coach.conversations().handle(MAYA, new Input.Answer("Ana Li, a private note"));
        coach.conversations().handle(MAYA, new Input.Form(Map.of("name", "Ana Li", "role", "UX researcher")));
        coach.conversations().handle(MAYA, Input.Command.of("no such thing"));

        assertThat(interactions("contact add", "command", "completed")).isEqualTo(1);
        assertThat(interactions("none", "answer", "refused")).isEqualTo(1);
        assertThat(interactions("none", "form", "completed")).isEqualTo(1);
        assertThat(interactions("unknown", "command", "refused")).isEqualTo(1);
        assertThat(meters.find("coffeechat.engine.step").tags("input", "command").timers())
                .allSatisfy(timer -> assertThat(timer.count()).isPositive()).hasSize(2);

        String tags = meters.getMeters().stream().map(Meter::getId).map(Object::toString)
                .reduce("", String::concat);
        assertThat(tags).doesNotContain("maya").doesNotContain("Ana").doesNotContain("no such thing");
    }

    @Test
    void anAnswerTheStepRefusesIsCountedRefused() {
        coach.conversations().handle(MAYA, Input.Command.of("contact add"));
        coach.conversations().handle(MAYA, new Input.Form(Map.of("name", " ")));

        assertThat(interactions("none", "form", "refused")).isEqualTo(1);
    }

    @Test
    void anEngineFailureIsCountedAsAnError() {
        database.close();

        coach.conversations().handle(MAYA, Input.Command.of("contact list"));

        assertThat(interactions("contact list", "command", "error")).isEqualTo(1);
        assertThat(meters.find("coffeechat.engine.step").tags("outcome", "error").timer().count()).isEqualTo(1);
    }

    @Test
    void theTimerCountsPromptsClaimedDeliveredHeldAndStillDue() {
        Coach small = Coach.assemble(config(Map.of("COFFEECHAT_FOLLOWUP_BATCH_SIZE", "1")), Optional.empty(),
                TestCoach.TEXTS, database.dataSource(), clock, meters);
        TestCoach.addAnaLi(small, MAYA);
        TestCoach.addContact(small, MAYA, Map.of("name", "Ben Okafor", "role", "Designer", "organisation", "Acme"));
        small.conversations().handle(MAYA, new Input.Command("contact stage", Map.of("contact", "Ana Li",
                "stage", "met")));
        small.conversations().handle(MAYA, new Input.Command("contact stage", Map.of("contact", "Ben Okafor",
                "stage", "met")));
        clock.advance(Duration.ofHours(2));

        try (FollowUpScheduler delivering = small.timer(prompt -> new FollowUpSink.Delivered())) {
            assertThat(delivering.runOnce().delivered()).isEqualTo(1);
        }
        assertThat(meters.get("coffeechat.followups.due").gauge().value()).isEqualTo(1);
        try (FollowUpScheduler closedInbox = small.timer(
                prompt -> new FollowUpSink.Undeliverable("50007 cannot send messages to this user"))) {
            assertThat(closedInbox.runOnce().held()).isEqualTo(1);
        }

        assertThat(meters.get("coffeechat.followups.claimed").counter().count()).isEqualTo(2);
        assertThat(meters.get("coffeechat.followups.deliveries").tag("outcome", "delivered").counter().count())
                .isEqualTo(1);
        assertThat(meters.get("coffeechat.followups.deliveries").tag("outcome", "held").counter().count())
                .isEqualTo(1);
        assertThat(meters.get("coffeechat.followups.deliveries").tag("outcome", "failed").counter().count())
                .isZero();
        assertThat(meters.get("coffeechat.followups.due").gauge().value()).isZero();
    }
}
