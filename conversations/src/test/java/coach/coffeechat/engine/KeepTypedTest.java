package coach.coffeechat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a transport that asks a form one field at a time (the console) hands over before the form is sent: kept with
 * the flow, so that it comes back as the form's defaults after a restart or a set-aside, like refused input does.
 */
final class KeepTypedTest extends TripEngineTest {
    private void atTheFriendForm() {
        send("/trip");
        send("Lisbon");
        send("friend");
    }

    private static Prompt.Form form(Reply reply) {
        return (Prompt.Form) reply.prompt().orElseThrow();
    }

    @Test
    void fieldsTypedIntoTheOpenFormAreStoredAndShownAsItsDefaults() {
        atTheFriendForm();

        engine.keepTyped(MAYA, Map.of("name", "Sam"));

        assertThat(engine.stored(MAYA).orElseThrow().top().retained()).containsExactly(Map.entry("name", "Sam"));
        assertThat(form(engine.current(MAYA)).fields().get(0).defaultValue()).isEqualTo("Sam");
        assertThat(engine.stored(MAYA).orElseThrow().top().attempts()).isZero();
    }

    @Test
    void fieldsTypedComeBackWithAFlowSetAsideAndResumed() {
        atTheFriendForm();
        engine.keepTyped(MAYA, Map.of("name", "Sam", "phone", "555 0100"));

        send("/survey");
        send("abandon");
        send("good");
        Reply resumed = send("/resume");

        assertThat(form(resumed).fields()).extracting(Prompt.Field::defaultValue).containsExactly("Sam", "555 0100");
    }

    @Test
    void onlyTheFormsOwnFieldsAreKeptAndOnlyAsMuchAsARefusedAnswer() {
        atTheFriendForm();

        engine.keepTyped(MAYA, Map.of("name", "S".repeat(Prompt.MAX_TEXT + 10), "city", "Porto"));

        assertThat(engine.stored(MAYA).orElseThrow().top().retained())
                .containsOnlyKeys("name").extractingByKey("name").asString().hasSize(Prompt.MAX_TEXT);
    }

    @Test
    void nothingChangesWhenNoFormIsAsked() {
        send("/trip");
        long before = engine.stored(MAYA).orElseThrow().version();

        engine.keepTyped(MAYA, Map.of("city", "Porto"));
        engine.keepTyped(new UserId("leo"), Map.of("name", "Sam"));

        assertThat(engine.stored(MAYA).orElseThrow().version()).isEqualTo(before);
        assertThat(engine.stored(MAYA).orElseThrow().top().retained()).isEmpty();
        assertThat(engine.stored(new UserId("leo"))).isEmpty();
    }

    @Test
    void sendingTheFormLeavesNothingKept() {
        atTheFriendForm();
        engine.keepTyped(MAYA, Map.of("name", "Sam"));

        engine.handle(MAYA, new Input.Form(Map.of("name", "Sam", "phone", "")));

        assertThat(engine.stored(MAYA).orElseThrow().top().retained()).isEmpty();
    }
}
