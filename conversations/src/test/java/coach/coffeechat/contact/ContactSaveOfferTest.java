package coach.coffeechat.contact;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpScheduler;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.ProductBench;
import coach.coffeechat.testing.TestCoach;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The offer under a quick {@code /draft}: one click saves the person as a contact, and ignoring it costs nothing
 * (no question when the next command comes, no reminder later).
 */
final class ContactSaveOfferTest {
    private static final UserId LEO = new UserId("leo");

    private final ProductBench bench = new ProductBench();
    private final MutableClock clock = bench.clock();
    private final Coach coach = bench.coach();
    private final FollowUpScheduler timer = bench.timer();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void oneClickSavesAColdContactWithTheirField() {
        Reply draft = draft("Priya", "", "application security");
        assertThat(draft.prompt()).get().isInstanceOfSatisfying(Prompt.Confirm.class, offer -> {
            assertThat(offer.text()).isEqualTo(text("contact.offer.ask", "name", "Priya"));
            assertThat(offer.yesLabel()).isEqualTo(text("contact.offer.yes"));
        });
        assertThat(draft.notes()).last().isEqualTo(text("draft.next", "name", "Priya"));

        Reply saved = handle(new Input.Answer("yes"));

        assertThat(saved.notes()).containsExactly(text("contact.offer.saved", "name", "Priya"));
        assertThat(show("Priya")).contains("cold", text("contact.offer.why", "field", "application security"));
        assertThat(handle(new Input.Command("request draft", Map.of("contact", "Priya"))).prompt()).isPresent();
    }

    @Test
    void aQuickDraftInsideAFlowPromisesNoSaveButtonItDoesNotShowAndSaysHowToSaveLater() {
        TestCoach.addContact(coach, LEO, Map.of("name", "Ana Li"));
        handle(new Input.Command("questions prepare", Map.of("contact", "Ana Li")));

        Reply draft = draft("Priya", "", "application security");

        assertThat(draft.prompt()).get().isNotInstanceOf(Prompt.Confirm.class);
        assertThat(draft.flowTitle()).isEqualTo(text("questions.prepare.title"));
        assertThat(draft.text()).doesNotContain("below").contains("/contact add");
    }

    @Test
    void aReferrerWhoIsAContactIsLinkedAndTheNewContactIsLukewarm() {
        TestCoach.addContact(coach, LEO, Map.of("name", "Sam Park"));
        draft("Priya Raman", "Sam Park", "");

        handle(new Input.Answer("yes"));

        assertThat(show("Priya Raman")).contains("lukewarm", "Sam Park");
        assertThat(handle(new Input.Command("contact show", Map.of("contact", "Sam Park"))).text())
                .contains("Priya Raman");
    }

    @Test
    void notNowSavesNothing() {
        draft("Priya", "", "");

        Reply declined = handle(new Input.Answer("no"));

        assertThat(declined.notes()).containsExactly(text("contact.offer.declined", "name", "Priya"));
        assertThat(handle(Input.Command.of("contact list")).text()).isEqualTo(text("contact.list.empty"));
    }

    @Test
    void theNextCommandClosesTheOfferWithoutAskingAndSavesNothing() {
        draft("Priya", "", "");

        Reply next = handle(Input.Command.of("contact list"));

        assertThat(next.prompt()).isEmpty();
        assertThat(next.text()).isEqualTo(text("contact.list.empty"));
        assertThat(handle(new Input.Answer("yes")).notes()).containsExactly(text("engine.nothing-open"));
    }

    @Test
    void anOfferLeftOpenIsNeverRemindedOf() {
        draft("Priya", "", "");

        clock.advance(Duration.ofDays(3));
        timer.catchUp();

        assertThat(bench.delivered()).isEmpty();
    }

    @Test
    void aDoubleClickOnSaveSavesOnce() {
        Reply draft = draft("Priya", "", "");

        coach.conversations().handle(LEO, new Input.Answer("yes"), draft.version());
        Reply second = coach.conversations().handle(LEO, new Input.Answer("yes"), draft.version());

        assertThat(second.notes()).contains(text("engine.stale"));
        assertThat(handle(Input.Command.of("contact list")).text()).contains("Your contacts (1)");
    }

    @Test
    void someoneAlreadyKeptIsNotOfferedAgain() {
        TestCoach.addContact(coach, LEO, Map.of("name", "Priya Raman"));

        Reply draft = draft("priya raman", "", "");

        assertThat(draft.prompt()).isEmpty();
        assertThat(draft.notes()).last().isEqualTo(text("draft.next.known", "name", "priya raman"));
    }

    @Test
    void aDraftInsideAnotherFlowComesWithoutTheOfferAndThatFlowGoesOn() {
        handle(Input.Command.of("contact add"));
        Reply warmth = handle(new Input.Form(Map.of("name", "Ana Li")));

        Reply draft = draft("Priya", "", "");

        assertThat(draft.text()).contains("Hi Priya").doesNotContain(text("contact.offer.ask", "name", "Priya"));
        assertThat(draft.prompt()).get().extracting(Prompt::text).isEqualTo(warmth.prompt().orElseThrow().text());
    }

    // ---- helpers

    private Reply draft(String name, String referrer, String field) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("name", name);
        if (!referrer.isEmpty()) {
            options.put("referrer", referrer);
        }
        if (!field.isEmpty()) {
            options.put("field", field);
        }
        return handle(new Input.Command("draft", options));
    }

    private String show(String name) {
        return handle(new Input.Command("contact show", Map.of("contact", name))).text();
    }

    private Reply handle(Input input) {
        return coach.conversations().handle(LEO, input);
    }

    private static String text(String key, Object... namesAndValues) {
        return TestCoach.TEXTS.get(key, namesAndValues);
    }
}
