package coach.coffeechat.followup;

import static coach.coffeechat.followup.FollowUpKit.MAYA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.config.ConfigException;
import coach.coffeechat.config.Settings;
import coach.coffeechat.contact.BookedMeeting;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.store.Sql;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.user.QuietHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class FollowUpSchedulerTest {
    // Monday 2 March 2026, 09:00 UTC
    private final MutableClock clock = MutableClock.atMondayMorning();
    private final FollowUpKit kit = new FollowUpKit(clock);
    private final FollowUpScheduler timer = kit.scheduler();

    @AfterEach
    void close() {
        timer.close();
        kit.close();
    }

    private List<FollowUpKind> deliveredAfter(Duration wait) {
        clock.advance(wait);
        timer.catchUp();
        return kit.sink.kinds();
    }

    @Test
    void aThankYouPromptComesAnHourAfterTheMeetingIsLoggedAndOnlyOnce() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.logMeeting(ana, "yes");
        kit.move(ana, Stage.MET);

        assertThat(deliveredAfter(Duration.ofMinutes(59))).isEmpty();
        assertThat(deliveredAfter(Duration.ofMinutes(1))).containsExactly(FollowUpKind.THANK_YOU);
        assertThat(deliveredAfter(Duration.ofHours(5))).containsExactly(FollowUpKind.THANK_YOU);
        assertThat(kit.sink.posted.get(0).text()).isEqualTo(TestCoach.TEXTS.get("followup.thank-you.interested",
                "name", "Ana Li"));
    }

    @Test
    void theThankYouIsBriefWhenTheUserIsNoLongerInterested() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.logMeeting(ana, "no");
        kit.move(ana, Stage.MET);

        deliveredAfter(Duration.ofHours(1));

        assertThat(kit.sink.posted.get(0).text()).isEqualTo(TestCoach.TEXTS.get("followup.thank-you.brief",
                "name", "Ana Li"));
        assertThat(kit.sink.posted.get(0).actions()).first().isEqualTo(FollowUpAction.DRAFT);
    }

    @Test
    void aSentRequestWithoutReplySuggestsASecondPersonAfterThreeBusinessDaysThenARemindedAtTenDays() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.contact("Bo Chen", "ACME ");
        kit.move(ana, Stage.REQUEST_SENT);

        // Monday + 3 business days = Thursday 09:00
        assertThat(deliveredAfter(Duration.ofDays(3).minusMinutes(1))).isEmpty();
        assertThat(deliveredAfter(Duration.ofMinutes(1))).containsExactly(FollowUpKind.SECOND_PERSON);
        assertThat(kit.sink.posted.get(0).text()).contains("Bo Chen");
        assertThat(deliveredAfter(Duration.ofDays(7))).containsExactly(FollowUpKind.SECOND_PERSON,
                FollowUpKind.NO_REPLY_REMINDER);
        // After the reminder, a second silence of ten days suggests moving on.
        assertThat(deliveredAfter(Duration.ofDays(10))).endsWith(FollowUpKind.MOVE_ON);
    }

    @Test
    void noSecondPersonIsSuggestedWhenTheUserKeepsNobodyElseThere() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.contact("Bo Chen", "Globex");
        kit.move(ana, Stage.REQUEST_SENT);

        assertThat(deliveredAfter(Duration.ofDays(10))).containsExactly(FollowUpKind.NO_REPLY_REMINDER);
    }

    @Test
    void aReplyCancelsTheNoReplyPrompts() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.contact("Bo Chen", "Acme");
        kit.move(ana, Stage.REQUEST_SENT);
        clock.advance(Duration.ofDays(1));

        kit.move(ana, Stage.REPLIED);

        assertThat(deliveredAfter(Duration.ofDays(30))).isEmpty();
        assertThat(kit.open()).isEmpty();
    }

    @Test
    void closingAContactCancelsEverythingAboutThem() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.logMeeting(ana, "yes");
        kit.move(ana, Stage.MET);

        kit.move(ana, Stage.CLOSED);

        assertThat(deliveredAfter(Duration.ofDays(400))).isEmpty();
    }

    @Test
    void theMeetingPrepComesTheDayBeforeWithTheQuestionsAndTheChecklist() {
        Contact ana = kit.contact("Ana Li", "Acme");
        Instant meeting = Instant.parse("2026-03-05T16:00:00Z");
        kit.tx(c -> {
            kit.contacts.bookMeeting(c, MAYA, ana.id(), new BookedMeeting(meeting, "video", "", 0));
            kit.planner.meetingScheduled(c, ana, meeting, clock.instant());
            return null;
        });

        assertThat(deliveredAfter(Duration.between(clock.instant(), meeting.minus(Duration.ofDays(1)))
                .minusMinutes(1))).isEmpty();
        assertThat(deliveredAfter(Duration.ofMinutes(1))).containsExactly(FollowUpKind.MEETING_PREP);
        assertThat(kit.sink.posted.get(0).text()).contains("Ana Li", "Thursday 5 March at 16:00",
                TestCoach.TEXTS.get("followup.meeting-prep.checklist"));
    }

    @Test
    void meetingSomeoneAContactSuggestedPromptsAReportBackToThatContact() {
        Contact sam = kit.contact("Sam Park", "Globex");
        Contact ana = kit.contact("Ana Li", "Acme", OptionalLong.of(sam.id()), "Sam Park");
        kit.logMeeting(ana, "yes");
        kit.move(ana, Stage.MET);

        assertThat(deliveredAfter(Duration.ofDays(10))).contains(FollowUpKind.REPORT_BACK);
        FollowUpPrompt report = kit.sink.posted.stream().filter(p -> p.kind() == FollowUpKind.REPORT_BACK)
                .findFirst().orElseThrow();
        assertThat(report.text()).isEqualTo(TestCoach.TEXTS.get("followup.report-back", "name", "Ana Li",
                "referrer", "Sam Park"));
    }

    @Test
    void aPromptFallingInQuietHoursMovesToTheirEnd() {
        // 20:30 UTC; the thank-you would be due at 21:30, inside the default 21:00-08:00 quiet hours.
        clock.advance(Duration.ofHours(11).plusMinutes(30));
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.move(ana, Stage.MET);

        FollowUp thanks = kit.open().stream().filter(f -> f.kind() == FollowUpKind.THANK_YOU).findFirst().orElseThrow();

        assertThat(thanks.dueAt()).isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));
    }

    @Test
    void quietHoursAreTheUsersOwnInTheirOwnZone() {
        kit.zone("America/New_York");
        kit.tx(c -> {
            kit.users.setQuietHours(c, MAYA, new QuietHours(java.time.LocalTime.of(22, 0),
                    java.time.LocalTime.of(7, 0)), clock.instant());
            return null;
        });
        // 09:00 UTC is 04:00 in New York: inside her quiet hours until 07:00 local (12:00 UTC).
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.move(ana, Stage.MET);

        FollowUp thanks = kit.open().stream().filter(f -> f.kind() == FollowUpKind.THANK_YOU).findFirst().orElseThrow();

        assertThat(thanks.dueAt()).isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Europe/Berlin", "America/New_York"})
    void stayingInTouchKeepsTheSameLocalTimeAcrossDaylightSavingChanges(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        kit.zone(zoneId);
        clock.advance(Duration.between(clock.instant(), LocalDateTime.parse("2026-01-12T10:00").atZone(zone)
                .toInstant()));
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.logMeeting(ana, "yes");
        kit.move(ana, Stage.MET);

        List<LocalDateTime> localTimes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            FollowUp next = kit.open().stream().filter(f -> f.kind() == FollowUpKind.STAY_IN_TOUCH
                    && f.state() == FollowUpState.PENDING).findFirst().orElseThrow();
            localTimes.add(LocalDateTime.ofInstant(next.dueAt(), zone));
            clock.advance(Duration.between(clock.instant(), next.dueAt()));
            timer.catchUp();
        }

        // 12 Jan (winter), 12 Apr (summer, after the March change), 11 Jul (summer), then October's change.
        assertThat(localTimes).containsExactly(LocalDateTime.parse("2026-04-12T10:00"),
                LocalDateTime.parse("2026-07-11T10:00"), LocalDateTime.parse("2026-10-09T10:00"));
        FollowUp fourth = kit.open().stream().filter(f -> f.kind() == FollowUpKind.STAY_IN_TOUCH
                && f.state() == FollowUpState.PENDING).findFirst().orElseThrow();
        // A fourth within a year would be one too many: it waits for the first one's anniversary, in winter time.
        assertThat(LocalDateTime.ofInstant(fourth.dueAt(), zone)).isEqualTo(LocalDateTime.parse("2027-04-12T10:00"));
    }

    @Test
    void stayingInTouchStopsWhenTheUserIsNoLongerInterested() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.logMeeting(ana, "no");
        kit.move(ana, Stage.MET);

        assertThat(deliveredAfter(Duration.ofDays(200))).containsExactly(FollowUpKind.THANK_YOU);
    }

    @Test
    void aRestartWithAThousandPromptsPastDueDeliversEachExactlyOnce() {
        // GIVEN a thousand thank-yous that fell due while the bot was down
        List<Contact> met = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            met.add(kit.contact("Person " + i, "Org " + i));
        }
        kit.tx(c -> {
            for (Contact contact : met) {
                kit.contacts.moveStage(c, MAYA, contact.id(), Stage.MET, clock.instant());
            }
            return null;
        });
        clock.advance(Duration.ofDays(2));

        // WHEN a fresh timer starts and catches up, then keeps polling
        try (FollowUpScheduler restarted = kit.scheduler()) {
            int delivered = restarted.catchUp();
            restarted.runOnce();

            // THEN each was delivered once
            assertThat(delivered).isEqualTo(1000);
        }
        assertThat(kit.sink.posted).hasSize(1000);
        assertThat(kit.sink.posted.stream().map(FollowUpPrompt::followUpId).distinct()).hasSize(1000);
    }

    @Test
    void aCrashBetweenPostingAndRecordingDoesNotPostTwiceWithAnIdempotentSink() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.move(ana, Stage.MET);
        clock.advance(Duration.ofHours(1));
        kit.sink.dieAfterPosting = true;

        // The process dies right after the post, before the outcome is recorded.
        assertThatThrownBy(timer::runOnce).isInstanceOf(FollowUpKit.ProcessDied.class);
        kit.sink.dieAfterPosting = false;

        // After a restart the lease runs out, the prompt is claimed again and handed over again ...
        clock.advance(kit.settings.lease().plusSeconds(1));
        try (FollowUpScheduler restarted = kit.scheduler()) {
            assertThat(restarted.runOnce().delivered()).isEqualTo(1);
            assertThat(restarted.runOnce().claimed()).isZero();
        }

        // ... and the sink's idempotency key kept it to one message.
        assertThat(kit.sink.posted).hasSize(1);
    }

    @Test
    void anUndeliverablePromptIsHeldAndResurfacesAtTheNextInteractionOnce() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.move(ana, Stage.MET);
        kit.sink.next = new FollowUpSink.Undeliverable("50007 cannot send messages to this user");

        FollowUpScheduler.Round round = timer.runOnce();
        clock.advance(Duration.ofHours(1));
        round = timer.runOnce();

        assertThat(round.held()).isEqualTo(1);
        assertThat(deliveredAfter(Duration.ofDays(1))).isEmpty();
        FollowUpFeature feature = feature();
        List<String> shown = feature.notices().take(kit.context());
        assertThat(shown).contains(TestCoach.TEXTS.get("followup.held"),
                TestCoach.TEXTS.get("followup.thank-you.interested", "name", "Ana Li"));
        assertThat(feature.notices().take(kit.context())).isEmpty();
    }

    @Test
    void aFailingDeliveryBacksOffAndAPoisonRowDoesNotStopTheOthers() {
        Contact ana = kit.contact("Ana Li", "Acme");
        Contact bo = kit.contact("Bo Chen", "Globex");
        kit.move(ana, Stage.MET);
        kit.move(bo, Stage.MET);
        clock.advance(Duration.ofHours(1));
        FollowUpSink picky = prompt -> {
            if (prompt.text().contains("Ana Li")) {
                throw new IllegalStateException("this row breaks the sink");
            }
            return kit.sink.deliver(prompt);
        };
        FollowUpScheduler withPicky = kit.scheduler(picky);

        FollowUpScheduler.Round round = withPicky.runOnce();

        assertThat(round.delivered()).isEqualTo(1);
        assertThat(round.retried()).isEqualTo(1);
        assertThat(kit.sink.posted).extracting(FollowUpPrompt::text).allMatch(text -> text.contains("Bo Chen"));
        // Retried a minute later with the working sink.
        clock.advance(Duration.ofSeconds(59));
        assertThat(timer.runOnce().claimed()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(timer.runOnce().delivered()).isEqualTo(1);
    }

    @Test
    void aLeaseThatCouldRunOutDuringOneDeliveryIsRefusedAtStart() {
        assertThatThrownBy(() -> FollowUpSettings.from(Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_FOLLOWUP_LEASE", "PT30S"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("followup.lease");
        assertThat(FollowUpSettings.from(Settings.load(Optional.empty(), Map.of("COFFEECHAT_FOLLOWUP_LEASE", "PT1M")))
                .lease()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void backoffDoublesUpToSixHours() {
        assertThat(FollowUpScheduler.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(FollowUpScheduler.backoff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(FollowUpScheduler.backoff(30)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void severalMissedRepeatsOfOnePromptCollapseToOne() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.tx(c -> {
            for (int i = 0; i < 3; i++) {
                kit.followUps.schedule(c, new NewFollowUp(MAYA, OptionalLong.of(ana.id()), FollowUpKind.STAY_IN_TOUCH,
                        clock.instant().minus(Duration.ofDays(90L * (3 - i))), null, null, "missed-" + i),
                        clock.instant());
            }
            return null;
        });

        FollowUpScheduler.Round round = timer.runOnce();

        assertThat(round.delivered()).isEqualTo(1);
        assertThat(round.dropped()).isEqualTo(2);
        assertThat(kit.sink.posted).hasSize(1);
    }

    @Test
    void aFlowLeftIdleForADayGetsOneReminder() {
        kit.tx(c -> Sql.update(c, "INSERT INTO sessions (user_id, version, flow_id, state,"
                + " updated_at, idle_at) VALUES (?, 3, 'contact-add', '{\"frames\":[]}', ?, ?)", s -> {
                    s.setString(1, MAYA.value());
                    Sql.setInstant(s, 2, clock.instant());
                    Sql.setInstant(s, 3, clock.instant().plus(Duration.ofDays(1)));
                }));

        assertThat(deliveredAfter(Duration.ofHours(23))).isEmpty();
        assertThat(deliveredAfter(Duration.ofHours(1))).containsExactly(FollowUpKind.UNFINISHED_FLOW);
        assertThat(deliveredAfter(Duration.ofDays(3))).containsExactly(FollowUpKind.UNFINISHED_FLOW);
        assertThat(kit.sink.posted.get(0).text()).isEqualTo(TestCoach.TEXTS.get("followup.unfinished-flow",
                "flow", "adding a contact"));
    }

    private FollowUpFeature feature() {
        return kit.feature();
    }

    @Test
    void doneOnAThankYouMovesTheContactToThankedAndADoubleClickChangesNothing() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.move(ana, Stage.MET);
        deliveredAfter(Duration.ofHours(1));
        long thanks = kit.sink.posted.get(0).followUpId();
        FollowUpFeature feature = feature();

        assertThat(feature.act(kit.context(), thanks, FollowUpAction.DONE))
                .containsExactly(TestCoach.TEXTS.get("followup.act.done"));
        assertThat(feature.act(kit.context(), thanks, FollowUpAction.DONE))
                .containsExactly(TestCoach.TEXTS.get("followup.act.settled"));
        Stage stage = kit.tx(c -> kit.contacts.find(c, MAYA, ana.id()).orElseThrow().stage());
        assertThat(stage).isEqualTo(Stage.THANKED);
    }

    @Test
    void aReminderSnoozedAndSentAgainLeadsToOneMoveOn() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.move(ana, Stage.REQUEST_SENT);
        deliveredAfter(Duration.ofDays(10));
        feature().act(kit.context(), kit.sink.posted.get(0).followUpId(), FollowUpAction.SNOOZE_DAY);

        assertThat(deliveredAfter(Duration.ofDays(1))).containsExactly(FollowUpKind.NO_REPLY_REMINDER,
                FollowUpKind.NO_REPLY_REMINDER);

        assertThat(kit.open()).filteredOn(followUp -> followUp.kind() == FollowUpKind.MOVE_ON).hasSize(1);
    }

    @Test
    void aReminderHeldForTheNextInteractionLeadsToAMoveOnWhenItIsShown() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.move(ana, Stage.REQUEST_SENT);
        kit.sink.next = new FollowUpSink.Undeliverable("50007 cannot send messages to this user");
        deliveredAfter(Duration.ofDays(10));

        assertThat(feature().notices().take(kit.context())).contains(TestCoach.TEXTS.get("followup.no-reply-reminder",
                "name", "Ana Li"));

        assertThat(kit.open()).filteredOn(followUp -> followUp.kind() == FollowUpKind.MOVE_ON).hasSize(1);
    }

    @Test
    void snoozeBringsThePromptBackLaterAndDraftItWritesTheMessage() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.logMeeting(ana, "yes");
        kit.move(ana, Stage.MET);
        deliveredAfter(Duration.ofHours(1));
        long thanks = kit.sink.posted.get(0).followUpId();
        FollowUpFeature feature = feature();

        List<String> draft = feature.act(kit.context(), thanks, FollowUpAction.DRAFT);
        assertThat(draft.get(1)).startsWith("Subject: Thank you, Ana").contains("Research teams hire for curiosity.");
        feature.act(kit.context(), thanks, FollowUpAction.SNOOZE_3_DAYS);

        assertThat(deliveredAfter(Duration.ofDays(3).minusMinutes(1))).hasSize(1);
        assertThat(deliveredAfter(Duration.ofMinutes(1))).containsExactly(FollowUpKind.THANK_YOU,
                FollowUpKind.THANK_YOU);
        assertThat(kit.sink.keys).hasSize(2);
    }
}
