package coach.coffeechat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.testing.TestCoach;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How an answer to a choice is read: typed, a number is the option shown at that number, even where option ids are
 * numbers too (database ids); then a label, then an id. A click ({@link Input.Pick}) is found by its id alone.
 */
final class AnswerReaderTest {
    private static final Prompt.Choice BY_DATABASE_ID = new Prompt.Choice("Which one?", List.of(
            Prompt.Option.of("3", "Prepare for Bo Chen"),
            Prompt.Option.of("1", "Prepare for Ana Li"),
            Prompt.Option.of("2", "Thank Dee Park")));

    private final AnswerReader reader = new AnswerReader(TestCoach.TEXTS);

    private Validation read(Input input) {
        return reader.read(BY_DATABASE_ID, "pick", false, input).validation();
    }

    @Test
    void aTypedNumberIsThePlaceInTheListNotTheId() {
        assertThat(read(new Input.Answer("1"))).isEqualTo(new Validation.Valid(Map.of("pick", "3")));
        assertThat(read(new Input.Answer(" 3 "))).isEqualTo(new Validation.Valid(Map.of("pick", "2")));
    }

    @Test
    void aTypedLabelIsReadIgnoringCase() {
        assertThat(read(new Input.Answer("prepare for ana li"))).isEqualTo(new Validation.Valid(Map.of("pick", "1")));
    }

    @Test
    void aClickIsFoundByItsIdWhereverTheOptionIsShown() {
        assertThat(read(new Input.Pick("1"))).isEqualTo(new Validation.Valid(Map.of("pick", "1")));
        assertThat(read(new Input.Pick("3"))).isEqualTo(new Validation.Valid(Map.of("pick", "3")));
    }

    @Test
    void aNumberPastTheListOrAClickOnAnOptionNoLongerShownIsRefusedWithTheOptions() {
        assertThat(read(new Input.Answer("4"))).isInstanceOfSatisfying(Validation.Invalid.class, invalid ->
                assertThat(invalid.reason()).contains("1. Prepare for Bo Chen", "3. Thank Dee Park"));
        assertThat(read(new Input.Pick("9"))).isInstanceOf(Validation.Invalid.class);
        assertThat(read(new Input.Pick("Prepare for Ana Li"))).as("a click carries an id, never a label")
                .isInstanceOf(Validation.Invalid.class);
    }

    @Test
    void aClickOnAYesOrNoOrAnInformationGoesOnAsATypedAnswerWould() {
        Prompt.Confirm confirm = new Prompt.Confirm("Save Ana Li?", "Save", "Not now");
        Prompt.Info info = new Prompt.Info("Here is your list.", "Go on");

        assertThat(reader.read(confirm, "save", false, new Input.Pick("yes")).validation())
                .isEqualTo(new Validation.Valid(Map.of("save", "yes")));
        assertThat(reader.read(info, "read", false, new Input.Pick("")).validation())
                .isEqualTo(new Validation.Valid(Map.of()));
    }
}
