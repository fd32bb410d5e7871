package coach.coffeechat.followup;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.ProductBench;
import coach.coffeechat.testing.TestCoach;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /meeting schedule} and {@code /followups} as users type them, on the whole product with a fake clock:
 * what is booked, what is refused and changes nothing, and the prep prompt the timer sends the day before.
 */
final class FollowUpCommandsTest {
    private static final UserId MAYA = new UserId("maya");
    private static final UserId LEO = new UserId("leo");

    private final ProductBench bench = new ProductBench();
    private final MutableClock clock = bench.clock();
    private final Coach coach = bench.coach();
    private final FollowUpScheduler timer = bench.timer();

    @BeforeEach
    void open() {
        TestCoach.addAnaLi(coach, MAYA);
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void aMeetingIsBookedInTheUsersZoneAndTheContactMovesToMeetingScheduled() {
        Reply booked = schedule(MAYA, "Ana Li", "thursday 4pm", "video");

        assertThat(booked.text()).contains(text("followup.schedule.booked", "name", "Ana Li",
                "when", "Thursday 5 March at 16:00", "zone", "UTC", "format", text("followup.meeting-format.video")));
        assertThat(show(MAYA, "Ana Li")).contains(text("contact.stage.meeting-scheduled"));
    }

    @Test
    void aMeetingBookedWithoutAFormatIsConfirmedWithoutAGapForIt() {
        Reply booked = schedule(MAYA, "Ana Li", "thursday 4pm", "");

        assertThat(booked.text()).contains(text("followup.schedule.booked.open-format", "name", "Ana Li",
                "when", "Thursday 5 March at 16:00", "zone", "UTC")).doesNotContain(" .", "  ");
    }

    @Test
    void thePrepPromptArrivesTheDayBeforeTheMeetingOnceAndNotEarlier() {
        schedule(MAYA, "Ana Li", "2026-03-05 16:00", "");

        // Monday 09:00 -> Wednesday 15:59: nothing yet
        clock.advance(Duration.ofHours(2 * 24 + 6).plusMinutes(59));
        timer.runOnce();
        assertThat(bench.delivered()).isEmpty();

        // Wednesday 16:00, 24 hours before: the prep, once
        clock.advance(Duration.ofMinutes(1));
        timer.runOnce();
        timer.runOnce();
        assertThat(bench.delivered()).extracting(FollowUpPrompt::kind).containsExactly(FollowUpKind.MEETING_PREP);
        assertThat(bench.delivered().get(0).text()).contains("Ana Li", "Thursday 5 March at 16:00",
                text("followup.meeting-prep.checklist"));
    }

    @Test
    void aMeetingIsReadInTheUsersOwnTimeZone() {
        coach.conversations().handle(MAYA, new Input.Command("settings", Map.of("timezone", "America/New_York")));

        Reply booked = schedule(MAYA, "Ana Li", "tomorrow 9:30", "phone");

        assertThat(booked.text()).contains("Tuesday 3 March at 09:30", "America/New_York");
        // 09:30 in New York on 3 March is 14:30 UTC; the prep comes 24 hours before, at 14:30 UTC on Monday
        assertThePrepComesAfter(Duration.ofHours(5).plusMinutes(30));
    }

    @Test
    void rebookingMovesThePrepInsteadOfAddingASecondOne() {
        schedule(MAYA, "Ana Li", "2026-03-05 16:00", "");

        schedule(MAYA, "Ana Li", "2026-03-10 11:00", "");

        clock.advance(Duration.ofDays(10));
        timer.runOnce();
        assertThat(bench.delivered()).extracting(FollowUpPrompt::kind).containsExactly(FollowUpKind.MEETING_PREP);
        assertThat(bench.delivered().get(0).text()).contains("Tuesday 10 March at 11:00");
    }

    @Test
    void aTimeThatHasPassedIsRefusedKindlyAndBooksNothing() {
        Reply yesterday = schedule(MAYA, "Ana Li", "2026-03-01 10:00", "");
        Reply earlierToday = schedule(MAYA, "Ana Li", "today 8:00", "");

        assertThat(yesterday.text()).isEqualTo(text("followup.schedule.past", "when", "Sunday 1 March at 10:00"));
        assertThat(earlierToday.text()).isEqualTo(text("followup.schedule.past", "when", "Monday 2 March at 08:00"));
        assertNothingBooked();
    }

    @Test
    void anUnreadableTimeIsRefusedWithExamplesAndEchoedAsTyped() {
        Reply reply = schedule(MAYA, "Ana Li", "sometime next week @everyone", "");

        assertThat(reply.text()).isEqualTo(text("followup.schedule.unreadable", "typed",
                "sometime next week @everyone"));
        assertNothingBooked();
    }

    @Test
    void anUnknownFormatIsRefusedAndBooksNothing() {
        Reply reply = schedule(MAYA, "Ana Li", "thursday 4pm", "carrier pigeon");

        assertThat(reply.text()).isEqualTo(text("followup.schedule.format", "typed", "carrier pigeon"));
        assertNothingBooked();
    }

    @Test
    void anUnknownContactIsRefusedAndBooksNothing() {
        Reply reply = schedule(MAYA, "Zed Quill", "thursday 4pm", "");

        assertThat(reply.text()).contains("Zed Quill").doesNotContain("Booked");
        assertNothingBooked();
    }

    @Test
    void nobodyCanBookAMeetingWithSomeoneElsesContact() {
        Reply reply = schedule(LEO, "Ana Li", "thursday 4pm", "");

        assertThat(reply.text()).doesNotContain("Booked");
        assertThat(coach.conversations().handle(LEO, Input.Command.of("followups")).text())
                .isEqualTo(text("followup.none"));
        assertThat(show(MAYA, "Ana Li")).doesNotContain(text("contact.stage.meeting-scheduled"));
    }

    @Test
    void followUpsWithNothingOpenSaySo() {
        assertThat(coach.conversations().handle(MAYA, Input.Command.of("followups")).text())
                .isEqualTo(text("followup.none"));
    }

    @Test
    void followUpsListWhatIsComingAndDoneSettlesIt() {
        schedule(MAYA, "Ana Li", "2026-03-05 16:00", "");

        Reply list = coach.conversations().handle(MAYA, Input.Command.of("followups"));

        Prompt.Choice choice = (Prompt.Choice) list.prompt().orElseThrow();
        assertThat(choice.text()).isEqualTo(text("followup.list", "count", 1));
        assertThat(choice.options()).singleElement().satisfies(option -> {
            assertThat(option.label()).isEqualTo(text("followup.title.meeting-prep", "name", "Ana Li"));
            assertThat(option.description()).isEqualTo(text("followup.list.due", "when", "Wed 4 Mar, 16:00"));
        });

        Reply act = coach.conversations().handle(MAYA, new Input.Answer(choice.options().get(0).id()));
        Prompt.Choice actions = (Prompt.Choice) act.prompt().orElseThrow();
        assertThat(actions.text()).contains("Ana Li", "Thursday 5 March at 16:00");
        assertThat(actions.options()).extracting(Prompt.Option::id).contains(FollowUpAction.DONE.id());

        Reply done = coach.conversations().handle(MAYA, new Input.Answer(FollowUpAction.DONE.id()));
        assertThat(done.text()).contains(text("followup.act.done"));
        assertThat(coach.conversations().handle(MAYA, Input.Command.of("followups")).text())
                .isEqualTo(text("followup.none"));
        clock.advance(Duration.ofDays(5));
        timer.runOnce();
        assertThat(bench.delivered()).as("a settled prompt is never sent").isEmpty();
    }

    @Test
    void snoozingFromTheListBringsThePromptBackLater() {
        schedule(MAYA, "Ana Li", "2026-03-05 16:00", "");
        Reply list = coach.conversations().handle(MAYA, Input.Command.of("followups"));
        String id = ((Prompt.Choice) list.prompt().orElseThrow()).options().get(0).id();
        coach.conversations().handle(MAYA, new Input.Answer(id));

        Reply snoozed = coach.conversations().handle(MAYA, new Input.Answer(FollowUpAction.SNOOZE_DAY.id()));

        assertThat(snoozed.text()).contains(text("followup.act.snoozed", "when", "Tue 3 Mar, 09:00"));
        assertThePrepComesAfter(Duration.ofDays(1));
    }

    @Test
    void aButtonForSomeoneElsesFollowUpChangesNothing() {
        schedule(MAYA, "Ana Li", "2026-03-05 16:00", "");
        Reply list = coach.conversations().handle(MAYA, Input.Command.of("followups"));
        long id = Long.parseLong(((Prompt.Choice) list.prompt().orElseThrow()).options().get(0).id());
        coach.conversations().handle(MAYA, new Input.Control(ControlAction.CANCEL));

        assertThat(coach.actOnFollowUp(LEO, id, FollowUpAction.SKIP)).containsExactly(text("followup.act.settled"));

        clock.advance(Duration.ofDays(3));
        timer.runOnce();
        assertThat(bench.delivered()).extracting(FollowUpPrompt::kind).containsExactly(FollowUpKind.MEETING_PREP);
    }

    @Test
    void aNumberTypedInTheListOpensTheFollowUpShownAtThatNumberNotTheOneWithThatId() {
        TestCoach.addContact(coach, MAYA, Map.of("name", "Bo Chen", "role", "Designer", "organisation", "Globex"));
        // Ana's prep is scheduled first (the lower id) but falls due later, so the list shows Bo's first.
        schedule(MAYA, "Ana Li", "2026-03-12 16:00", "");
        schedule(MAYA, "Bo Chen", "2026-03-05 16:00", "");
        Prompt.Choice list = (Prompt.Choice) coach.conversations().handle(MAYA, Input.Command.of("followups"))
                .prompt().orElseThrow();
        assertThat(list.options()).extracting(Prompt.Option::label).containsExactly(
                text("followup.title.meeting-prep", "name", "Bo Chen"),
                text("followup.title.meeting-prep", "name", "Ana Li"));

        Reply opened = coach.conversations().handle(MAYA, new Input.Answer("1"));
        assertThat(opened.prompt().orElseThrow().text()).contains("Bo Chen").doesNotContain("Ana Li");

        coach.conversations().handle(MAYA, new Input.Answer(FollowUpAction.DONE.id()));
        Prompt.Choice left = (Prompt.Choice) coach.conversations().handle(MAYA, Input.Command.of("followups"))
                .prompt().orElseThrow();
        assertThat(left.options()).extracting(Prompt.Option::label)
                .containsExactly(text("followup.title.meeting-prep", "name", "Ana Li"));
    }

    @Test
    void aClickedOptionIsFoundByItsIdWhereverItIsInTheList() {
        TestCoach.addContact(coach, MAYA, Map.of("name", "Bo Chen", "role", "Designer", "organisation", "Globex"));
        schedule(MAYA, "Ana Li", "2026-03-12 16:00", "");
        schedule(MAYA, "Bo Chen", "2026-03-05 16:00", "");
        Prompt.Choice list = (Prompt.Choice) coach.conversations().handle(MAYA, Input.Command.of("followups"))
                .prompt().orElseThrow();
        String anasId = list.options().get(1).id();

        Reply opened = coach.conversations().handle(MAYA, new Input.Pick(anasId));

        assertThat(opened.prompt().orElseThrow().text()).contains("Ana Li").doesNotContain("Bo Chen");
    }

    @Test
    void aMeetingLoggedAsNotForMeSchedulesNoStayInTouch() {
        logMeeting(MAYA, "Ana Li", "no");

        assertThat(openKinds(MAYA)).contains(FollowUpKind.THANK_YOU).doesNotContain(FollowUpKind.STAY_IN_TOUCH);
        Prompt.Choice list = (Prompt.Choice) coach.conversations().handle(MAYA, Input.Command.of("followups"))
                .prompt().orElseThrow();
        assertThat(list.options()).extracting(Prompt.Option::label)
                .doesNotContain(text("followup.title.stay-in-touch", "name", "Ana Li"));
    }

    @Test
    void everyFollowUpListedOpensEvenWhenOneNoLongerMakesSense() {
        // Met first (staying in touch is planned), then the meeting logged as not for them.
        coach.conversations().handle(MAYA, new Input.Command("contact stage", Map.of("contact", "Ana Li")));
        coach.conversations().handle(MAYA, new Input.Answer("met"));
        assertThat(openKinds(MAYA)).contains(FollowUpKind.STAY_IN_TOUCH);
        logMeeting(MAYA, "Ana Li", "no");

        Prompt.Choice list = (Prompt.Choice) coach.conversations().handle(MAYA, Input.Command.of("followups"))
                .prompt().orElseThrow();
        assertThat(list.text()).isEqualTo(text("followup.list", "count", list.options().size()));
        for (int place = 1; place <= list.options().size(); place++) {
            coach.conversations().handle(MAYA, Input.Command.of("followups"));
            Reply opened = coach.conversations().handle(MAYA, new Input.Answer(Integer.toString(place)));
            assertThat(opened.prompt().orElseThrow().text()).as("option %d", place)
                    .isNotEqualTo(text("followup.act.gone"));
            coach.conversations().handle(MAYA, new Input.Control(ControlAction.CANCEL));
        }
        assertThat(list.options()).extracting(Prompt.Option::label)
                .doesNotContain(text("followup.title.stay-in-touch", "name", "Ana Li"));
    }

    @Test
    void thePrepOffersNoSnoozeThatWouldBringItBackAfterTheMeeting() {
        // Monday 09:00 now, the meeting on Thursday at 16:00: tomorrow and in 3 days land before it, next week not.
        schedule(MAYA, "Ana Li", "2026-03-05 16:00", "");
        coach.conversations().handle(MAYA, Input.Command.of("followups"));

        Prompt.Choice actions = (Prompt.Choice) coach.conversations().handle(MAYA, new Input.Answer("1"))
                .prompt().orElseThrow();

        assertThat(actions.options()).extracting(Prompt.Option::id).contains(FollowUpAction.SNOOZE_DAY.id(),
                FollowUpAction.SNOOZE_3_DAYS.id()).doesNotContain(FollowUpAction.SNOOZE_WEEK.id());
        assertThat(actions.text()).contains(text("followup.meeting-prep.snooze-capped", "name", "Ana Li"));
    }

    @Test
    void aSnoozePastTheMeetingIsRefusedKindlyAndChangesNothing() {
        schedule(MAYA, "Ana Li", "2026-03-03 10:00", "");
        Prompt.Choice list = (Prompt.Choice) coach.conversations().handle(MAYA, Input.Command.of("followups"))
                .prompt().orElseThrow();
        long id = Long.parseLong(list.options().get(0).id());
        coach.conversations().handle(MAYA, new Input.Control(ControlAction.CANCEL));

        // A button from an older message: tomorrow at 09:00 would still be before 10:00; in 3 days would not.
        List<String> refused = coach.actOnFollowUp(MAYA, id, FollowUpAction.SNOOZE_3_DAYS);

        assertThat(refused).containsExactly(text("followup.act.snooze-after-meeting", "name", "Ana Li",
                "when", "Tue 3 Mar, 10:00"));
        assertThat(openKinds(MAYA)).containsExactly(FollowUpKind.MEETING_PREP);
        assertThat(coach.actOnFollowUp(MAYA, id, FollowUpAction.SNOOZE_DAY))
                .containsExactly(text("followup.act.snoozed", "when", "Tue 3 Mar, 09:00"));
    }

    // ---- helpers

    /** Nothing is delivered until a minute before {@code wait} has passed, then the meeting prep, once. */
    private void assertThePrepComesAfter(Duration wait) {
        clock.advance(wait.minusMinutes(1));
        timer.runOnce();
        assertThat(bench.delivered()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        timer.runOnce();
        assertThat(bench.delivered()).extracting(FollowUpPrompt::kind).containsExactly(FollowUpKind.MEETING_PREP);
    }

    private void logMeeting(UserId user, String contact, String interested) {
        coach.conversations().handle(user, new Input.Command("meeting log", Map.of("contact", contact)));
        for (String answer : List.of("today", "video", "15", "How research teams hire.", "skip", "skip", "skip",
                interested, "skip", "yes")) {
            coach.conversations().handle(user, new Input.Answer(answer));
        }
        assertThat(coach.conversations().current(user).prompt()).as("the log is saved").isEmpty();
    }

    private List<FollowUpKind> openKinds(UserId user) {
        return bench.database().inTransaction(connection -> coach.followUps().open(connection, user)).stream()
                .map(FollowUp::kind).toList();
    }

    private Reply schedule(UserId user, String contact, String when, String format) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("contact", contact);
        options.put("when", when);
        if (!format.isEmpty()) {
            options.put("format", format);
        }
        return coach.conversations().handle(user, new Input.Command("meeting schedule", options));
    }

    private String show(UserId user, String contact) {
        return coach.conversations().handle(user, new Input.Command("contact show", Map.of("contact", contact)))
                .text();
    }

    private void assertNothingBooked() {
        assertThat(coach.conversations().handle(MAYA, Input.Command.of("followups")).text())
                .isEqualTo(text("followup.none"));
        assertThat(show(MAYA, "Ana Li")).doesNotContain(text("contact.stage.meeting-scheduled"));
        clock.advance(Duration.ofDays(30));
        timer.runOnce();
        assertThat(bench.delivered()).extracting(FollowUpPrompt::kind).doesNotContain(FollowUpKind.MEETING_PREP);
    }

    private static String text(String key, Object... namesAndValues) {
        return TestCoach.TEXTS.get(key, namesAndValues);
    }
}
