package coach.coffeechat.coach;

import static coach.coffeechat.coach.CoachBench.COACH_ROLE;
import static coach.coffeechat.coach.CoachBench.SERVER;
import static coach.coffeechat.coach.CoachBench.in;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Place;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpAction;
import coach.coffeechat.store.Sql;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cohort's defaults apply to what a member starts in the server: the usual meeting length is the time a request
 * asks for and the length a question list is for, and the days before a polite reminder are counted for a request
 * drafted there (and its coach's reminder draft is the one offered). Started in a DM, {@code config/} applies.
 */
final class CohortDefaultsTest {
    private static final UserId MAYA = new UserId("maya");
    private static final Place COHORT = in(SERVER, "Maya", false);
    private final CoachBench bench = new CoachBench();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void theCohortsMeetingLengthIsWhatAQuickDraftAsksForThereAndNotInADm() {
        bench.setUp(SERVER, "meeting-minutes", "20");

        String here = bench.command(MAYA, COHORT, "draft", "name", "Ana Li", "field", "UX research").text();
        String dm = bench.command(MAYA, Place.NONE, "draft", "name", "Ana Li", "field", "UX research").text();

        assertThat(here).contains("20 minutes").doesNotContain("15 minutes");
        assertThat(dm).contains("15 minutes").doesNotContain("20 minutes");
    }

    @Test
    void aLongerCohortMeetingStillStartsWithARequestForThirtyMinutesAtMost() {
        bench.setUp(SERVER, "meeting-minutes", "45");
        bench.contactThrough(MAYA, "Ana Li");

        Prompt.Choice minutes = guidedUpToMinutes(COHORT);

        assertThat(minutes.selected()).isEqualTo("30");
    }

    @Test
    void aQuestionListStartsFromTheCohortsMeetingLength() {
        bench.setUp(SERVER, "meeting-minutes", "30");
        bench.contactThrough(MAYA, "Ana Li");

        Reply here = bench.handle(MAYA, new Input.Command("questions prepare", Map.of("contact", "Ana Li"))
                .in(COHORT));
        bench.handle(MAYA, new Input.Answer("cancel"));
        Reply dm = bench.handle(MAYA, new Input.Command("questions prepare", Map.of("contact", "Ana Li")));

        assertThat(((Prompt.Text) here.prompt().orElseThrow()).defaultValue()).isEqualTo("30");
        assertThat(((Prompt.Text) dm.prompt().orElseThrow()).defaultValue()).isEqualTo("15");
    }

    @Test
    void theReminderComesAfterTheCohortsDaysForARequestDraftedThereAndWithItsCoachsDraft() {
        bench.setUp(SERVER, "reminder-days", "5");
        bench.command(new UserId("dana"), in(SERVER, "Dana", false, COACH_ROLE), "coach template",
                "name", "followup-reminder");
        bench.handle(new UserId("dana"), new Input.Answer("Hi ${first},\n\nA short nudge from our cohort."
                + " ${referrer}\n\n${sender}"));
        bench.contactThrough(MAYA, "Ana Li");
        bench.contactThrough(MAYA, "Sam Park");
        Instant sent = bench.clock.instant();

        sendGuided(COHORT, "Ana Li");
        sendGuided(Place.NONE, "Sam Park");

        assertThat(reminderDue("Ana Li")).isEqualTo(sent.plus(Duration.ofDays(5)));
        assertThat(reminderDue("Sam Park")).isEqualTo(sent.plus(Duration.ofDays(10)));
        assertThat(String.join("\n", bench.coach().actOnFollowUp(MAYA, reminderId("Ana Li"), FollowUpAction.DRAFT)))
                .contains("A short nudge from our cohort.");
        assertThat(String.join("\n", bench.coach().actOnFollowUp(MAYA, reminderId("Sam Park"),
                FollowUpAction.DRAFT))).doesNotContain("our cohort");
    }

    private Prompt.Choice guidedUpToMinutes(Place place) {
        return guidedUpToMinutes(place, "Ana Li");
    }

    private Prompt.Choice guidedUpToMinutes(Place place, String contact) {
        bench.handle(MAYA, new Input.Command("request draft", Map.of("contact", contact, "format", "email"))
                .in(place));
        bench.handle(MAYA, new Input.Form(Map.of("sender", "Maya Ortiz", "summary",
                "I teach chemistry and I'm moving into UX research.")));
        Reply minutes = bench.handle(MAYA, new Input.Answer("how people move from teaching into UX research"));
        return (Prompt.Choice) minutes.prompt().orElseThrow();
    }

    private void sendGuided(Place place, String contact) {
        Prompt.Choice minutes = guidedUpToMinutes(place, contact);
        bench.handle(MAYA, new Input.Answer(minutes.selected()));
        bench.handle(MAYA, new Input.Answer("yes"));
        Reply sent = bench.handle(MAYA, new Input.Answer("sent"));
        assertThat(sent.text()).contains("Marked as sent");
    }

    private Instant reminderDue(String contact) {
        return bench.database.inTransaction(c -> Sql.one(c, "SELECT f.due_at FROM follow_ups f JOIN contacts k"
                + " ON k.id = f.contact_id WHERE k.name = ? AND f.kind = 'no-reply-reminder'",
                s -> s.setString(1, contact), row -> Sql.getInstant(row, "due_at")).orElseThrow());
    }

    private long reminderId(String contact) {
        return bench.database.inTransaction(c -> Sql.one(c, "SELECT f.id FROM follow_ups f JOIN contacts k"
                + " ON k.id = f.contact_id WHERE k.name = ? AND f.kind = 'no-reply-reminder'",
                s -> s.setString(1, contact), row -> row.getLong(1)).orElseThrow());
    }
}
