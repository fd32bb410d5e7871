package coach.coffeechat.followup;

import static coach.coffeechat.followup.FollowUpKit.MAYA;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.store.Sql;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.user.UserRepository;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What "Draft it" writes for each kind of follow-up: addressed to the right person by first name, built on what
 * the user learned, signed with their name (or a visible gap for it), and never a placeholder left unfilled.
 */
final class FollowUpDraftsTest {
    private final MutableClock clock = MutableClock.atMondayMorning();
    private final FollowUpKit kit = new FollowUpKit(clock);
    private final FollowUpScheduler timer = kit.scheduler();

    @AfterEach
    void close() {
        timer.close();
        kit.close();
    }

    @Test
    void aThankYouToSomeoneStillInterestingCarriesWhatWasLearnedAndIsSigned() {
        signAs("Maya Ortiz");
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.logMeeting(ana, "yes");
        kit.move(ana, Stage.MET);

        String draft = draftOf(FollowUpKind.THANK_YOU, Duration.ofHours(1));

        assertThat(draft).startsWith("Subject: Thank you, Ana").contains("Hi Ana,")
                .contains("Research teams hire for curiosity.").doesNotContain("Portfolios matter less")
                .endsWith("Maya Ortiz");
        assertFilled(draft);
    }

    @Test
    void aThankYouNamesOneThingLearnedTheAdviceTakenAndThePromiseKept() {
        signAs("Maya Ortiz");
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.logMeeting(ana, "yes", "Research teams hire for curiosity; portfolios matter less than I thought",
                "Take a short course in survey design before applying.",
                "Send them the portfolio link; tell them how the course goes");
        kit.move(ana, Stage.MET);

        String draft = draftOf(FollowUpKind.THANK_YOU, Duration.ofHours(1));

        assertThat(draft).contains("Research teams hire for curiosity").doesNotContain("portfolios matter less")
                .contains("Take a short course in survey design before applying.")
                .contains("As promised, I'll send you the portfolio link").doesNotContain("them")
                .endsWith("Maya Ortiz");
        assertFilled(draft);
    }

    @Test
    void aThankYouAfterWhichTheUserMovesOnStillNamesWhatTheyLearnedAndKeepsThePromise() {
        signAs("Maya Ortiz");
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.logMeeting(ana, "no", "Most of the job is stakeholder meetings.", "", "I'll send the article on diary"
                + " studies.");
        kit.move(ana, Stage.MET);

        String draft = draftOf(FollowUpKind.THANK_YOU, Duration.ofHours(1));

        assertThat(draft).contains("Most of the job is stakeholder meetings", "I'll send the article on diary studies")
                .doesNotContain("I'll I'll");
        assertFilled(draft);
    }

    @Test
    void aReminderIsAReplyInTheSameThreadAndNamesTheReferrerAgain() {
        signAs("Maya Ortiz");
        Contact sam = kit.contact("Sam Park", "Globex");
        Contact ana = kit.contact("Ana Li", "Acme", OptionalLong.of(sam.id()), "Sam Park");
        kit.move(ana, Stage.REQUEST_SENT);

        String draft = draftOf(FollowUpKind.NO_REPLY_REMINDER, Duration.ofDays(10));

        assertThat(draft).doesNotContain("Subject:").startsWith("Hi Ana,").contains("Sam Park");
        assertFilled(draft);
    }

    @Test
    void aReminderAfterTenDaysOfSilenceIsShortPoliteAndAsksForFifteenMinutes() {
        signAs("Maya Ortiz");
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.move(ana, Stage.REQUEST_SENT);

        String draft = draftOf(FollowUpKind.NO_REPLY_REMINDER, Duration.ofDays(10));

        assertThat(draft).contains("Hi Ana,", "15 minutes").endsWith("Maya Ortiz");
        assertThat(draft.split("\\s+")).hasSizeLessThan(90);
        assertThat(draft.toLowerCase(java.util.Locale.ROOT)).doesNotContain("job", "position", "hiring");
        assertFilled(draft);
    }

    @Test
    void aReportBackGoesToTheReferrerAndNamesWhoWasMet() {
        signAs("Maya Ortiz");
        Contact sam = kit.contact("Sam Park", "Globex");
        Contact ana = kit.contact("Ana Li", "Acme", OptionalLong.of(sam.id()), "Sam Park");
        kit.logMeeting(ana, "yes");
        kit.move(ana, Stage.MET);

        String draft = draftOf(FollowUpKind.REPORT_BACK, Duration.ofDays(10));

        assertThat(draft).startsWith("Hi Sam,").contains("I talked with Ana Li", "Research teams hire for curiosity.")
                .endsWith("Maya Ortiz");
        assertFilled(draft);
    }

    @Test
    void aStayInTouchNoteLeavesAVisibleGapForTheNews() {
        signAs("Maya Ortiz");
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.logMeeting(ana, "yes");
        kit.move(ana, Stage.MET);

        String draft = draftOf(FollowUpKind.STAY_IN_TOUCH, Duration.ofDays(91));

        assertThat(draft).startsWith("Hi Ana,").contains("[").endsWith("Maya Ortiz");
        assertFilled(draft);
    }

    @Test
    void withoutAKnownNameTheSignatureIsAVisibleGapNotABlank() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.move(ana, Stage.REQUEST_SENT);

        String draft = draftOf(FollowUpKind.NO_REPLY_REMINDER, Duration.ofDays(10));

        assertThat(draft).endsWith(TestCoach.TEXTS.get("followup.draft.sender-missing"));
    }

    @Test
    void whatTheUserTypedIsQuotedAsItIsNeverTreatedAsAPlaceholder() {
        signAs("Maya ${first}");
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.tx(c -> Sql.update(c, "INSERT INTO meetings (owner_id, contact_id, met_on, format, minutes, learned,"
                + " interested, created_at) VALUES (?, ?, DATE '2026-03-02', 'video', 15, ?, 'yes', ?)", s -> {
                    s.setString(1, MAYA.value());
                    s.setLong(2, ana.id());
                    s.setString(3, "Ask about ${sender} and @everyone.");
                    Sql.setInstant(s, 4, clock.instant());
                }));
        kit.move(ana, Stage.MET);

        String draft = draftOf(FollowUpKind.THANK_YOU, Duration.ofHours(1));

        assertThat(draft).contains("Ask about ${sender} and @everyone.").endsWith("Maya ${first}");
    }

    @Test
    void promptsWithNothingToSendHaveNoDraft() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.contact("Bo Chen", "Acme");
        kit.move(ana, Stage.REQUEST_SENT);

        clock.advance(Duration.ofDays(3));
        timer.catchUp();

        FollowUp second = posted(FollowUpKind.SECOND_PERSON);
        Optional<String> draft = kit.tx(c -> kit.renderer.draft(c, second));
        assertThat(draft).isEmpty();
    }

    // ---- helpers

    private void signAs(String name) {
        kit.tx(c -> {
            kit.users.saveProfile(c, MAYA, new UserRepository.Profile(name, "Chemistry teacher moving into UX"),
                    clock.instant());
            return null;
        });
    }

    /** Lets time pass, delivers what fell due, and drafts the prompt of this kind. */
    private String draftOf(FollowUpKind kind, Duration wait) {
        clock.advance(wait);
        timer.catchUp();
        FollowUp followUp = posted(kind);
        Optional<String> draft = kit.tx(c -> kit.renderer.draft(c, followUp));
        assertThat(draft).as("a draft for " + kind).isPresent();
        return draft.get();
    }

    private FollowUp posted(FollowUpKind kind) {
        long id = kit.sink.posted.stream().filter(prompt -> prompt.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " was not delivered; got " + kit.sink.kinds()))
                .followUpId();
        return kit.tx(c -> kit.followUps.find(c, MAYA, id)).orElseThrow();
    }

    private static void assertFilled(String draft) {
        assertThat(draft).doesNotContain("${").doesNotContain("  ").doesNotContain("\n\n\n");
    }
}
