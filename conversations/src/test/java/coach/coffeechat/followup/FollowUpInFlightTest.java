package coach.coffeechat.followup;

import static coach.coffeechat.followup.FollowUpKit.MAYA;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.store.Sql;
import coach.coffeechat.testing.MutableClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What happens while a DM is in flight: the sink's gate holds each prompt between being handed over and the
 * sink's answer, and the test makes the user act, another timer run or time pass in that gap, on the test's own
 * thread. Time moves only by the fake clock. On H2, and on PostgreSQL when {@code COFFEECHAT_TEST_POSTGRES_URL} is
 * set.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class FollowUpInFlightTest {
    private final MutableClock clock = MutableClock.atMondayMorning();
    private final FollowUpKit kit = new FollowUpKit(clock);
    private final FollowUpScheduler timer = kit.scheduler();

    @AfterEach
    void close() {
        timer.close();
        kit.close();
    }

    @Test
    void aReplyWhileTheReminderIsInFlightLeadsToNoMoveOn() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.move(ana, Stage.REQUEST_SENT);
        clock.advance(Duration.ofDays(10));
        kit.sink.whileInFlight = prompt -> kit.move(ana, Stage.REPLIED);

        timer.runOnce();
        kit.sink.whileInFlight = prompt -> { };

        clock.advance(Duration.ofDays(11));
        timer.catchUp();
        assertThat(kit.sink.kinds()).containsExactly(FollowUpKind.NO_REPLY_REMINDER);
        assertThat(kit.open()).isEmpty();
    }

    @Test
    void doneClickedWhileTheReminderIsInFlightLeadsToOneMoveOn() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.move(ana, Stage.REQUEST_SENT);
        clock.advance(Duration.ofDays(10));
        FollowUpFeature feature = kit.feature();
        kit.sink.whileInFlight = prompt -> {
            clock.advance(Duration.ofSeconds(1));
            kit.tx(c -> feature.act(StepContext.of(MAYA, clock.instant(), c), prompt.followUpId(),
                    FollowUpAction.DONE));
        };

        timer.runOnce();
        kit.sink.whileInFlight = prompt -> { };

        assertThat(kit.open()).extracting(FollowUp::kind).containsExactly(FollowUpKind.MOVE_ON);
        clock.advance(Duration.ofDays(11));
        timer.catchUp();
        assertThat(kit.sink.kinds()).containsExactly(FollowUpKind.NO_REPLY_REMINDER, FollowUpKind.MOVE_ON);
    }

    @Test
    void aReminderSnoozedWhileInFlightComesBackAsANewDelivery() {
        Contact ana = kit.contact("Ana Li", "Acme");
        kit.move(ana, Stage.REQUEST_SENT);
        clock.advance(Duration.ofDays(10));
        FollowUpFeature feature = kit.feature();
        kit.sink.whileInFlight = prompt -> kit.tx(c -> feature.act(StepContext.of(MAYA, clock.instant(), c),
                prompt.followUpId(), FollowUpAction.SNOOZE_DAY));

        timer.runOnce();
        kit.sink.whileInFlight = prompt -> { };
        clock.advance(Duration.ofDays(1).plusHours(1));
        timer.catchUp();

        // the snoozed reminder is a new delivery: a sink that posts each key once (as Discord's nonce and the
        // console do) must not take it for a retry of the one that was in flight
        assertThat(kit.sink.handedOver).extracting(FollowUpPrompt::idempotencyKey).doesNotHaveDuplicates();
        assertThat(kit.sink.kinds()).containsExactly(FollowUpKind.NO_REPLY_REMINDER,
                FollowUpKind.NO_REPLY_REMINDER);
        // and what the first delivery leads to is planned once, not once per delivery nor never
        assertThat(kit.open()).extracting(FollowUp::kind).containsOnlyOnce(FollowUpKind.MOVE_ON);
    }

    @Test
    void aRoundLongerThanTheLeaseHandsNoPromptOverTwice() {
        for (String organisation : List.of("Acme", "Globex", "Initech")) {
            kit.move(kit.contact("Someone at " + organisation, organisation), Stage.REQUEST_SENT);
        }
        clock.advance(Duration.ofDays(10));
        // Each DM takes three minutes; the lease is five. While the second is in flight, six minutes after the
        // claim, another process's timer runs.
        FollowUpKit.RecordingSink otherSink = new FollowUpKit.RecordingSink();
        FollowUpScheduler otherProcess = kit.scheduler(otherSink);
        kit.sink.whileInFlight = prompt -> {
            clock.advance(Duration.ofMinutes(3));
            if (kit.sink.handedOver.size() == 2) {
                otherProcess.runOnce();
            }
        };

        timer.runOnce();
        kit.sink.whileInFlight = prompt -> { };
        otherProcess.close();

        List<Long> handedOver = new ArrayList<>();
        kit.sink.handedOver.forEach(prompt -> handedOver.add(prompt.followUpId()));
        otherSink.handedOver.forEach(prompt -> handedOver.add(prompt.followUpId()));
        assertThat(handedOver).hasSize(3).doesNotHaveDuplicates();
        assertThat(otherSink.handedOver).as("the one whose lease ran out before its turn").hasSize(1);
        assertThat(kit.open()).filteredOn(followUp -> followUp.kind() == FollowUpKind.MOVE_ON).hasSize(3);
    }

    @Test
    void aContactRemovedMidRoundUndoesNoOtherDelivery() {
        Contact ana = kit.contact("Ana Li", "Acme");
        Contact bo = kit.contact("Bo Chen", "Globex");
        kit.tx(c -> kit.followUps.schedule(c, new NewFollowUp(MAYA, OptionalLong.of(ana.id()),
                FollowUpKind.STAY_IN_TOUCH, clock.instant(), null, null, "stay-in-touch-ana"), clock.instant()));
        kit.move(bo, Stage.MET);
        clock.advance(Duration.ofHours(1));
        kit.sink.whileInFlight = prompt -> {
            if (prompt.kind() == FollowUpKind.STAY_IN_TOUCH) {
                kit.tx(c -> Sql.update(c, "DELETE FROM contacts WHERE id = ?", s -> s.setLong(1, ana.id())));
            }
        };

        FollowUpScheduler.Round round = timer.runOnce();
        kit.sink.whileInFlight = prompt -> { };

        assertThat(round.delivered()).isEqualTo(2);
        assertThat(kit.open()).filteredOn(followUp -> followUp.kind() == FollowUpKind.THANK_YOU)
                .extracting(FollowUp::state).containsExactly(FollowUpState.SENT);
        clock.advance(kit.settings.lease().plusSeconds(1));
        assertThat(timer.runOnce().claimed()).isZero();
        assertThat(kit.sink.handedOver).hasSize(2);
    }

    @Test
    void aRowThatCannotBeRecordedUndoesNoOtherDeliveryAndIsNotSentAgain() {
        Contact ana = kit.contact("Ana Li", "Acme");
        Contact bo = kit.contact("Bo Chen", "Globex");
        kit.tx(c -> kit.followUps.schedule(c, new NewFollowUp(MAYA, OptionalLong.of(ana.id()),
                FollowUpKind.STAY_IN_TOUCH, clock.instant(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                ZoneOffset.UTC, "stay-in-touch-ana"), clock.instant()));
        kit.move(bo, Stage.MET);
        clock.advance(Duration.ofHours(1));
        // A zone this Java does not know: planning the next stay-in-touch from this row fails.
        kit.sink.whileInFlight = prompt -> {
            if (prompt.kind() == FollowUpKind.STAY_IN_TOUCH) {
                kit.tx(c -> Sql.update(c, "UPDATE follow_ups SET zone = 'Nowhere/Atlantis' WHERE id = ?",
                        s -> s.setLong(1, prompt.followUpId())));
            }
        };

        FollowUpScheduler.Round round = timer.runOnce();
        kit.sink.whileInFlight = prompt -> { };

        assertThat(round.delivered()).isEqualTo(2);
        assertThat(kit.open()).filteredOn(followUp -> followUp.kind() == FollowUpKind.THANK_YOU)
                .extracting(FollowUp::state).containsExactly(FollowUpState.SENT);
        clock.advance(kit.settings.lease().plusSeconds(1));
        assertThat(timer.runOnce().claimed()).isZero();
        assertThat(kit.sink.handedOver).hasSize(2);
    }
}
