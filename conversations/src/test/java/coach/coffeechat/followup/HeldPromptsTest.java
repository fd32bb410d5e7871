package coach.coffeechat.followup;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.testing.TestDatabases;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A prompt that could not be sent as a DM (closed inbox) is held and comes with the reply to the user's next
 * command, once; an answer to a step of a flow already open carries on with that flow and shows it no sooner.
 */
final class HeldPromptsTest {
    private static final UserId MAYA = new UserId("maya");

    private final MutableClock clock = MutableClock.atMondayMorning();
    private final Database database = TestDatabases.inMemory();
    private final Coach coach = TestCoach.on(database.dataSource(), clock);
    private final FollowUpScheduler closedInbox = coach.timer(
            prompt -> new FollowUpSink.Undeliverable("50007 cannot send messages to this user"));

    @AfterEach
    void close() {
        closedInbox.close();
        database.close();
    }

    private Reply send(Input input) {
        return coach.conversations().handle(MAYA, input);
    }

    @Test
    void aHeldPromptWaitsForTheNextCommandAndIsShownThereOnce() {
        TestCoach.addAnaLi(coach, MAYA);
        send(new Input.Command("contact stage", Map.of("contact", "Ana Li", "stage", "met")));
        Reply asked = send(new Input.Command("contact stage", Map.of("contact", "Ana Li")));
        assertThat(asked.prompt()).isPresent();

        clock.advance(Duration.ofHours(2));
        FollowUpScheduler.Round round = closedInbox.runOnce();
        assertThat(round.held()).isEqualTo(1);

        Reply answered = send(new Input.Control(ControlAction.HELP));
        assertThat(answered.prompt()).isPresent();
        assertThat(answered.notes()).doesNotContain(TestCoach.TEXTS.get("followup.held"));

        Reply next = send(Input.Command.of("help"));
        assertThat(next.notes()).contains(TestCoach.TEXTS.get("followup.held"),
                TestCoach.TEXTS.get("followup.held.reach-hint"));
        assertThat(String.join("\n", next.notes())).contains("Ana Li");
        assertThat(send(Input.Command.of("help")).notes()).doesNotContain(TestCoach.TEXTS.get("followup.held"));
    }
}
