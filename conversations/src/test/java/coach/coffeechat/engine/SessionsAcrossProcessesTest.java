package coach.coffeechat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.testing.TestCoach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two engines on one database, each with its own session cache, as two bot processes sharing PostgreSQL are (a
 * user's DM served by one shard's process, a server command by another's): neither may serve a read from a
 * cached session another changed, nor apply a typed answer to a question other than the one it answers. Runs on
 * H2 and, in the PostgreSQL test run, on PostgreSQL.
 */
final class SessionsAcrossProcessesTest extends TripEngineTest {
    private Conversations elsewhere;

    @BeforeEach
    void openTheOtherProcess() {
        elsewhere = TripFlows.engine(database.dataSource(), clock);
    }

    private Reply sendElsewhere(String text) {
        return elsewhere.handle(MAYA, text.startsWith("/") ? Input.Command.of(text.substring(1)) : new Input.Answer(text));
    }

    private Frame stored() {
        return engine.stored(MAYA).orElseThrow().top();
    }

    @Test
    void aReadShowsTheFlowAnotherProcessOpened() {
        assertThat(send("/ping").notes()).containsExactly("pong");
        assertThat(engine.current(MAYA).prompt()).isEmpty();

        sendElsewhere("/trip");

        assertThat(engine.current(MAYA).prompt()).get().extracting(Prompt::text).isEqualTo("Where to?");
    }

    @Test
    void aReadShowsTheStepAnotherProcessMovedTo() {
        send("/trip");
        sendElsewhere("Lisbon");

        assertThat(engine.current(MAYA).prompt()).get().extracting(Prompt::text).isEqualTo("Who comes along?");
    }

    @Test
    void aTypedAnswerToAQuestionThatMovedOnElsewhereIsRefusedKindlyAndChangesNothing() {
        send("/trip");
        send("Lisbon");
        sendElsewhere("1");
        long version = engine.stored(MAYA).orElseThrow().version();

        Reply reply = send("2");

        assertThat(reply.notes()).containsExactly(TestCoach.TEXTS.get("engine.moved-on"));
        assertThat(reply.prompt()).get().extracting(Prompt::text).isEqualTo("Anything to remember?");
        assertThat(engine.stored(MAYA).orElseThrow().version()).isEqualTo(version);
        assertThat(stored().stepId()).isEqualTo("note");
        assertThat(stored().answers()).doesNotContainKey("note").containsEntry("company", "alone");
    }

    @Test
    void theNextAnswerAfterTheRefusalIsTakenAtTheStepShown() {
        send("/trip");
        send("Lisbon");
        sendElsewhere("1");
        send("2");

        send("Bring sunscreen");

        assertThat(stored().stepId()).isEqualTo("confirm");
        assertThat(stored().answers()).containsEntry("note", "Bring sunscreen");
    }

    @Test
    void aTypedAnswerIsTakenWhenTheQuestionIsStillTheSameThoughTheSessionChangedElsewhere() {
        send("/trip");
        Reply refused = sendElsewhere("L1sbon");
        assertThat(refused.notes()).contains("A city name has no digits.");

        send("Lisbon");

        assertThat(stored().stepId()).isEqualTo("company");
        assertThat(stored().answers()).containsEntry("city", "Lisbon");
    }

    @Test
    void aProcessThatNeverSawTheUserAnswersTheQuestionAskedWhenTheAnswerArrives() {
        sendElsewhere("/trip");

        send("Lisbon");

        assertThat(stored().stepId()).isEqualTo("company");
        assertThat(stored().answers()).containsEntry("city", "Lisbon");
    }

    @Test
    void aStaleButtonFromEitherProcessStaysHarmless() {
        Reply asked = send("/trip");
        sendElsewhere("Lisbon");

        Reply reply = engine.handle(MAYA, new Input.Answer("Porto"), asked.version());

        assertThat(reply.notes()).containsExactly(TestCoach.TEXTS.get("engine.stale"));
        assertThat(stored().answers()).containsEntry("city", "Lisbon");
    }
}
