package coach.coffeechat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.ProductBench;
import coach.coffeechat.testing.TestCoach;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /resume} with flows set aside, on the whole product: with one it picks it up at once; with several it lists
 * them (what, with whom, when set aside), newest first, and the user picks one by its number or a click.
 */
final class SetAsideFlowsTest {
    private static final UserId MAYA = new UserId("maya");

    private final ProductBench bench = new ProductBench();
    private final MutableClock clock = bench.clock();
    private final Coach coach = bench.coach();

    @BeforeEach
    void open() {
        TestCoach.addContact(coach, MAYA, Map.of("name", "Ana Li", "organisation", "Acme Health"));
        TestCoach.addContact(coach, MAYA, Map.of("name", "Bo Chen", "organisation", "Globex"));
    }

    @AfterEach
    void close() {
        bench.close();
    }

    private Reply send(Input input) {
        return coach.conversations().handle(MAYA, input);
    }

    private Reply send(String answer) {
        return send(new Input.Answer(answer));
    }

    private static String text(String key, Object... namesAndValues) {
        return TestCoach.TEXTS.get(key, namesAndValues);
    }

    /** A request to Ana set aside two hours ago, then questions for Bo set aside just now; nothing open. */
    private void setAsideTwo() {
        send(new Input.Command("request draft", Map.of("contact", "Ana Li", "format", "email")));
        send(new Input.Command("questions prepare", Map.of("contact", "Bo Chen")));
        send("2");
        clock.advance(Duration.ofHours(2));
        send(Input.Command.of("contact add"));
        send("2");
        send(Input.Command.of("cancel"));
        assertThat(coach.conversations().stored(MAYA).orElseThrow().inFlow()).isFalse();
    }

    @Test
    void withSeveralSetAsideResumeListsThemNewestFirstWithWhoAndWhen() {
        setAsideTwo();

        Reply list = send(Input.Command.of("resume"));

        Prompt.Choice choice = (Prompt.Choice) list.prompt().orElseThrow();
        assertThat(choice.text()).isEqualTo(text("engine.resume-pick", "count", 2));
        assertThat(choice.options()).extracting(Prompt.Option::label).containsExactly(
                text("engine.resume-pick.option", "flow", text("questions.prepare.title"), "subject", "Bo Chen"),
                text("engine.resume-pick.option", "flow", text("request.title"), "subject", "Ana Li"));
        assertThat(choice.options()).extracting(Prompt.Option::description).containsExactly(
                text("engine.resume-pick.now"), text("engine.resume-pick.hours", "count", 2));
    }

    @Test
    void aNumberTypedPicksTheFlowShownAtThatNumberAndTheOtherStaysSetAside() {
        setAsideTwo();
        send(Input.Command.of("resume"));

        Reply resumed = send("2");

        assertThat(resumed.notes()).contains(text("engine.resumed", "flow", text("request.title")));
        assertThat(resumed.flowTitle()).isEqualTo(text("request.title"));
        assertThat(resumed.prompt()).isPresent();
        send(Input.Command.of("cancel"));
        Reply last = send(Input.Command.of("resume"));
        assertThat(last.notes()).contains(text("engine.resumed", "flow", text("questions.prepare.title")));
        assertThat(last.flowTitle()).isEqualTo(text("questions.prepare.title"));
        send(Input.Command.of("cancel"));
        assertThat(send(Input.Command.of("resume")).notes()).containsExactly(text("engine.nothing-to-resume"));
    }

    @Test
    void aClickPicksByIdAndAnotherCommandLeavesTheListWithNothingLost() {
        setAsideTwo();
        Prompt.Choice choice = (Prompt.Choice) send(Input.Command.of("resume")).prompt().orElseThrow();

        Reply other = send(Input.Command.of("contact list"));
        assertThat(other.prompt()).as("the list is only an offer: a command closes it").isEmpty();

        send(Input.Command.of("resume"));
        Reply resumed = send(new Input.Pick(choice.options().get(0).id()));
        assertThat(resumed.flowTitle()).isEqualTo(text("questions.prepare.title"));
    }
}
