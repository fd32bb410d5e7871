package coach.coffeechat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.contact.StageChange;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.meeting.MeetingHeld;
import coach.coffeechat.request.SentRequest;
import coach.coffeechat.testing.TestCoach;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The funnel of a fixture account, every figure worked out by hand in the comments: eight contacts, seven asked
 * (one of them twice, one moved to "request sent" by hand), three replies after 2, 4 and 1 days, two meetings, two
 * thank-yous of which one on time.
 */
final class FunnelCounterTest {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final UserId MAYA = new UserId("maya");

    private final List<Contact> contacts = new ArrayList<>();
    private final List<StageChange> changes = new ArrayList<>();
    private final List<SentRequest> sent = new ArrayList<>();

    @Test
    void theFixtureAccountsFiguresAreTheOnesWorkedOutByHand() {
        Funnel funnel = fixture();

        // Stages: c1, c5 thanked; c2 replied; c3, c4, c6 request sent; c7 identified; c8 closed.
        assertThat(funnel.contacts()).isEqualTo(8);
        assertThat(funnel.perStage()).containsEntry(Stage.THANKED, 2).containsEntry(Stage.REPLIED, 1)
                .containsEntry(Stage.REQUEST_SENT, 3).containsEntry(Stage.IDENTIFIED, 1)
                .containsEntry(Stage.CLOSED, 1).containsEntry(Stage.MET, 0);
        // Asked: everyone but c7, c8 once despite two requests; replies from c1 (2 days), c2 (4), c5 (1).
        assertThat(funnel.requests().asked()).isEqualTo(7);
        assertThat(funnel.requests().replied()).isEqualTo(3);
        assertThat(funnel.requests().medianDays()).hasValue(2.0);
        assertThat(funnel.meetingsHeld()).isEqualTo(2);
        // c1, c2, c3 name a referrer; c7 came as a referral.
        assertThat(funnel.referralsGained()).isEqualTo(4);
        // c1 thanked 10 hours after the meeting, c5 three days after.
        assertThat(funnel.thankYous()).isEqualTo(2);
        assertThat(funnel.thankYousOnTime()).isEqualTo(1);

        assertThat(groups(funnel, Funnel.Dimension.LINK)).containsExactly(
                "referred 2/3 median 3.0", "warm 0/1", "lukewarm 0/1", "cold 1/2 median 1.0");
        // c6 was never drafted here: it counts by link only.
        assertThat(groups(funnel, Funnel.Dimension.FORMAT)).containsExactly(
                "email 2/4 median 3.0", "linkedin 0/1", "phone 1/1 median 1.0");
        // Words: c1 60, c3 30, c5 50 short; c2 100, c8 80 medium; c4 130 long.
        assertThat(groups(funnel, Funnel.Dimension.LENGTH)).containsExactly(
                "short 2/3 median 1.5", "medium 1/2 median 4.0", "long 0/1");
    }

    @Test
    void theEvidenceComparesTheWidestGapWithEnoughRequestsAndNeverWithTooFew() {
        Funnel funnel = fixture();

        // With 2 a group: referred 2/3 against cold 1/2 (short 2/3 against medium 1/2 is the same gap, found later).
        Evidence evidence = Evidence.of(funnel, 2).orElseThrow();
        assertThat(new PipelineText(TestCoach.TEXTS).sentence(evidence)).isEqualTo("From your own numbers: your"
                + " requests with a referrer got 2 replies out of 3; those to strangers got 1 out of 2.");
        // With 3 a group only referred, short and email qualify, never two of one split.
        assertThat(Evidence.of(funnel, 3)).isEmpty();
    }

    @Test
    void theTextSaysEachFigureAndWaitsForEnoughDataBeforeComparing() {
        Funnel funnel = fixture();
        PipelineText text = new PipelineText(TestCoach.TEXTS);

        String words = text.describe(funnel, Evidence.of(funnel, 3), 3);

        assertThat(words).contains("Your pipeline: 8 contacts",
                "identified 1 · request sent 3 · replied 1 · thanked 2 · closed 1",
                "Requests sent: 7. Replies: 3 (43%).", "Median time to a reply: 2 days.",
                "Meetings held: 2. Referrals gained: 4. Thank-yous on time: 1 of 2.",
                "By link: referred 2/3 · warm 0/1 · lukewarm 0/1 · cold 1/2",
                "By format: email 2/4 · LinkedIn 0/1 · phone 1/1", "By length: short 2/3 · medium 1/2 · long 0/1",
                TestCoach.TEXTS.get("pipeline.evidence.wait", "min", 3));
        assertThat(PipelineText.days(1.5)).isEqualTo("1.5");
        assertThat(PipelineText.days(1.0)).isEqualTo("1");
    }

    /** The fixture account's funnel. */
    Funnel fixture() {
        contact(1, Warmth.LUKEWARM, Source.FRIEND, "Sam Park", Stage.THANKED);
        ask(1, RequestFormat.EMAIL, 60, T0);
        change(1, Stage.REPLIED, T0.plus(Duration.ofDays(2)));
        change(1, Stage.MET, T0.plus(Duration.ofDays(5)));
        change(1, Stage.THANKED, T0.plus(Duration.ofDays(5)).plus(Duration.ofHours(10)));
        contact(2, Warmth.COLD, Source.OTHER, "Sam Park", Stage.REPLIED);
        ask(2, RequestFormat.EMAIL, 100, T0);
        change(2, Stage.REPLIED, T0.plus(Duration.ofDays(4)));
        contact(3, Warmth.WARM, Source.COLLEAGUE, "Ana Li", Stage.REQUEST_SENT);
        ask(3, RequestFormat.LINKEDIN, 30, T0.plus(Duration.ofDays(1)));
        contact(4, Warmth.COLD, Source.COLD, "", Stage.REQUEST_SENT);
        ask(4, RequestFormat.EMAIL, 130, T0);
        contact(5, Warmth.COLD, Source.EVENT, "", Stage.THANKED);
        ask(5, RequestFormat.PHONE, 50, T0);
        change(5, Stage.REPLIED, T0.plus(Duration.ofDays(1)));
        change(5, Stage.MET, T0.plus(Duration.ofDays(3)));
        change(5, Stage.THANKED, T0.plus(Duration.ofDays(6)));
        contact(6, Warmth.WARM, Source.FRIEND, "", Stage.REQUEST_SENT);
        change(6, Stage.REQUEST_SENT, T0.plus(Duration.ofDays(2)));
        contact(7, Warmth.COLD, Source.REFERRAL, "", Stage.IDENTIFIED);
        contact(8, Warmth.LUKEWARM, Source.ALUMNI, "", Stage.CLOSED);
        ask(8, RequestFormat.EMAIL, 80, T0);
        ask(8, RequestFormat.EMAIL, 200, T0.plus(Duration.ofDays(3)));
        change(8, Stage.CLOSED, T0.plus(Duration.ofDays(9)));
        changes.sort(Comparator.comparing(StageChange::at));
        sent.sort(Comparator.comparing(SentRequest::sentAt));
        List<MeetingHeld> meetings = List.of(
                new MeetingHeld(1, LocalDate.of(2026, 3, 7), T0.plus(Duration.ofDays(5))),
                new MeetingHeld(5, LocalDate.of(2026, 3, 5), T0.plus(Duration.ofDays(3))));
        return FunnelCounter.count(contacts, changes, sent, meetings);
    }

    private void contact(long id, Warmth warmth, Source source, String referrer, Stage stage) {
        contacts.add(new Contact(id, MAYA, "Person " + id, "", "", warmth, source,
                id == 1 ? OptionalLong.of(9) : OptionalLong.empty(), referrer, "", "", stage, T0, T0));
    }

    private void ask(long id, RequestFormat format, int words, Instant at) {
        sent.add(new SentRequest(id, format, words, at));
        change(id, Stage.REQUEST_SENT, at);
    }

    private void change(long id, Stage to, Instant at) {
        changes.add(new StageChange(id, to, at));
    }

    private static List<String> groups(Funnel funnel, Funnel.Dimension dimension) {
        return funnel.splits().stream().filter(split -> split.dimension() == dimension).findFirst().orElseThrow()
                .groups().stream().map(group -> group.id() + " " + group.replied() + "/" + group.asked()
                        + group.medianDays().stream().mapToObj(days -> " median " + days).findFirst().orElse(""))
                .toList();
    }
}
