package coach.coffeechat.followup;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.ProductBench;
import coach.coffeechat.testing.TestCoach;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staying in touch at the rhythm the user chose for a contact, on the whole product with a fake clock (Monday
 * 2 March 2026, 09:00 UTC): the prompt counts from the last touch and starts again at each kind of touch (a
 * meeting logged, a thank-you or a stay-in-touch prompt marked done, a note), off stops it, a contact without a
 * choice keeps today's rhythm, and {@code /followups} names whom the user owes a touch.
 */
final class StayInTouchCadenceTest {
    private static final UserId MAYA = new UserId("maya");
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private final ProductBench bench = new ProductBench();
    private final MutableClock clock = bench.clock();
    private final Coach coach = bench.coach();
    private final FollowUpScheduler timer = bench.timer();

    @BeforeEach
    void addAna() {
        TestCoach.addAnaLi(coach, MAYA);
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void withoutACadenceTheUsualRhythmStaysAsTodayAndANoteDoesNotMoveIt() {
        logMeeting("");

        assertThat(stayInTouchDue()).containsExactly(MONDAY.plus(Duration.ofDays(90)));
        clock.advance(Duration.ofDays(10));
        note("Sent her the article on research ops");
        assertThat(stayInTouchDue()).containsExactly(MONDAY.plus(Duration.ofDays(90)));
    }

    @Test
    void aCadenceChosenWhenLoggingTheMeetingCountsFromTheMeeting() {
        Reply saved = logMeeting("30");

        assertThat(saved.text()).contains(ProductBench.text("meeting.log.cadence", "name", "Ana Li", "days", "30"));
        assertThat(stayInTouchDue()).containsExactly(MONDAY.plus(Duration.ofDays(30)));
    }

    @Test
    void theCountStartsAgainAtEachKindOfTouch() {
        logMeeting("");
        Reply chosen = bench.handle(MAYA, new Input.Command("contact cadence", Map.of("contact", "Ana Li",
                "every", "60")));
        assertThat(chosen.text()).contains(ProductBench.text("contact.cadence.set", "name", "Ana Li", "days", "60",
                "last", "2 Mar 2026"));
        assertThat(stayInTouchDue()).as("from the meeting").containsExactly(MONDAY.plus(Duration.ofDays(60)));

        clock.advance(Duration.ofDays(1));
        markDone(FollowUpKind.THANK_YOU);
        assertThat(stayInTouchDue()).as("from the thank-you").containsExactly(MONDAY.plus(Duration.ofDays(61)));

        clock.advance(Duration.ofDays(9));
        note("Congratulated her on the talk");
        assertThat(stayInTouchDue()).as("from the note").containsExactly(MONDAY.plus(Duration.ofDays(70)));

        clock.advance(Duration.ofDays(5));
        logMeeting("");
        assertThat(stayInTouchDue()).as("from the second meeting").containsExactly(MONDAY.plus(Duration.ofDays(75)));

        // The prompt arrives 60 days after that meeting, and marking it done counts from then.
        clock.advance(Duration.ofDays(60));
        timer.runOnce();
        assertThat(bench.delivered()).extracting(FollowUpPrompt::kind).contains(FollowUpKind.STAY_IN_TOUCH);
        clock.advance(Duration.ofDays(2));
        markDone(FollowUpKind.STAY_IN_TOUCH);
        assertThat(stayInTouchDue()).as("from the prompt marked done")
                .containsExactly(MONDAY.plus(Duration.ofDays(137)));
    }

    @Test
    void aChosenCadenceRepeatsPastTheYearlyLimitOfTheUsualRhythm() {
        logMeeting("30");

        for (int month = 0; month < 5; month++) {
            clock.advance(Duration.ofDays(30));
            timer.runOnce();
        }

        assertThat(bench.delivered()).filteredOn(prompt -> prompt.kind() == FollowUpKind.STAY_IN_TOUCH).hasSize(5)
                .allMatch(prompt -> prompt.text().equals(ProductBench.text("followup.stay-in-touch.every",
                        "name", "Ana Li", "days", 30)));
    }

    @Test
    void aChosenCadenceHoldsEvenAfterAMeetingLoggedAsNotForMe() {
        bench.handle(MAYA, new Input.Command("meeting log", Map.of("contact", "Ana Li", "every", "90")));
        for (String answer : List.of("today", "video", "15", "How research teams hire.", "skip", "skip", "skip",
                "no", "skip", "yes")) {
            bench.handle(MAYA, new Input.Answer(answer));
        }
        assertThat(coach.conversations().current(MAYA).prompt()).as("the log is saved").isEmpty();

        clock.advance(Duration.ofDays(90));
        timer.runOnce();

        assertThat(bench.delivered()).extracting(FollowUpPrompt::kind).contains(FollowUpKind.STAY_IN_TOUCH);
    }

    @Test
    void theUsersLanguagesWordForOffTurnsTheCadenceOffToo() {
        logMeeting("");
        bench.handle(MAYA, new Input.Command("settings", Map.of("language", "es")));
        Reply off = spoken(new Input.Command("contact cadence", Map.of("contact", "Ana Li", "every", "ninguna")));
        bench.handle(MAYA, new Input.Command("settings", Map.of("language", "de")));
        Reply aus = spoken(new Input.Command("meeting log", Map.of("contact", "Ana Li", "every", "Aus")));

        assertThat(off.text()).doesNotContain("ninguna").contains("Ana Li");
        assertThat(stayInTouchDue()).isEmpty();
        assertThat(aus.text()).doesNotContain("Aus");
    }

    /** The reply to Maya's input in her language, as a transport gives it. */
    private Reply spoken(Input input) {
        try (LanguageScope scope = bench.coach().speak(MAYA, Optional.empty())) {
            return bench.handle(MAYA, input);
        }
    }

    @Test
    void offStopsThePrompts() {
        logMeeting("");
        Reply off = bench.handle(MAYA, new Input.Command("contact cadence", Map.of("contact", "Ana Li",
                "every", "off")));

        assertThat(off.text()).contains(ProductBench.text("contact.cadence.off", "name", "Ana Li"));
        assertThat(stayInTouchDue()).isEmpty();
        note("Still nothing to say");
        clock.advance(Duration.ofDays(400));
        timer.runOnce();
        assertThat(bench.delivered()).extracting(FollowUpPrompt::kind).doesNotContain(FollowUpKind.STAY_IN_TOUCH);
        assertThat(show()).contains(ProductBench.text("contact.show.touch.off", "last", "2 Mar 2026"));
    }

    @Test
    void followupsNameWhoIsOwedATouchOnceTheCadenceHasPassed() {
        logMeeting("30");
        assertThat(bench.handle(MAYA, Input.Command.of("followups")).text())
                .doesNotContain(ProductBench.text("followup.owe-touch", "count", 1));
        bench.handle(MAYA, new Input.Control(ControlAction.CANCEL));

        clock.advance(Duration.ofDays(31));

        assertThat(bench.handle(MAYA, Input.Command.of("followups")).text())
                .contains(ProductBench.text("followup.owe-touch", "count", 1),
                        ProductBench.text("followup.owe-touch.one", "name", "Ana Li", "days", "30",
                                "last", "2 Mar"));
        bench.handle(MAYA, new Input.Control(ControlAction.CANCEL));
        assertThat(show()).contains(ProductBench.text("contact.show.touch.owed"));

        note("Coffee next month?");
        bench.handle(MAYA, new Input.Control(ControlAction.CANCEL));
        assertThat(bench.handle(MAYA, Input.Command.of("followups")).text())
                .doesNotContain(ProductBench.text("followup.owe-touch", "count", 1));
    }

    @Test
    void anUnknownRhythmOrAnEmptyOrTooLongNoteIsRefusedAndChangesNothing() {
        Reply weekly = bench.handle(MAYA, new Input.Command("contact cadence", Map.of("contact", "Ana Li",
                "every", "weekly")));
        Reply empty = bench.handle(MAYA, new Input.Command("contact note", Map.of("contact", "Ana Li",
                "text", "   ")));

        Reply tooLong = bench.handle(MAYA, new Input.Command("contact note", Map.of("contact", "Ana Li",
                "text", "a".repeat(2001))));
        Reply badLog = bench.handle(MAYA, new Input.Command("meeting log", Map.of("contact", "Ana Li",
                "every", "fortnightly")));

        assertThat(weekly.text()).isEqualTo(ProductBench.text("contact.cadence.unknown", "typed", "weekly"));
        assertThat(empty.text()).isEqualTo(ProductBench.text("contact.note.empty"));
        assertThat(tooLong.text()).isEqualTo(ProductBench.text("contact.note.too-long", "length", 2001,
                "max", 2000));
        assertThat(badLog.text()).isEqualTo(ProductBench.text("contact.cadence.unknown", "typed", "fortnightly"));
        assertThat(coach.conversations().current(MAYA).prompt()).as("no log started").isEmpty();
        assertThat(show()).contains(ProductBench.text("contact.show.touch.usual", "last",
                ProductBench.text("contact.show.touch.never")));
    }

    // ---- helpers

    private Reply logMeeting(String every) {
        Map<String, String> options = new HashMap<>(Map.of("contact", "Ana Li"));
        if (!every.isEmpty()) {
            options.put("every", every);
        }
        bench.handle(MAYA, new Input.Command("meeting log", options));
        Reply last = null;
        for (String answer : List.of("today", "video", "15", "How research teams hire.", "skip", "skip", "skip",
                "yes", "skip", "yes")) {
            last = bench.handle(MAYA, new Input.Answer(answer));
        }
        assertThat(coach.conversations().current(MAYA).prompt()).as("the log is saved").isEmpty();
        return last;
    }

    private void note(String text) {
        Reply noted = bench.handle(MAYA, new Input.Command("contact note", Map.of("contact", "Ana Li",
                "text", text)));
        assertThat(noted.text()).contains(ProductBench.text("contact.note.saved", "name", "Ana Li"));
    }

    private void markDone(FollowUpKind kind) {
        FollowUp followUp = open().stream().filter(each -> each.kind() == kind).findFirst().orElseThrow();
        assertThat(coach.actOnFollowUp(MAYA, followUp.id(), FollowUpAction.DONE))
                .containsExactly(ProductBench.text("followup.act.done"));
    }

    private List<Instant> stayInTouchDue() {
        return open().stream().filter(each -> each.kind() == FollowUpKind.STAY_IN_TOUCH).map(FollowUp::dueAt).toList();
    }

    private List<FollowUp> open() {
        return bench.database().inTransaction(c -> coach.followUps().open(c, MAYA));
    }

    private String show() {
        return bench.handle(MAYA, new Input.Command("contact show", Map.of("contact", "Ana Li"))).text();
    }
}
