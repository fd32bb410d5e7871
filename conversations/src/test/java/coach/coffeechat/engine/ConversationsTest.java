package coach.coffeechat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.testing.TestCoach;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ConversationsTest extends TripEngineTest {
    private Frame top() {
        return engine.stored(MAYA).orElseThrow().top();
    }

    private static String text(String key) {
        return TestCoach.TEXTS.get(key);
    }

    @Test
    void aCommandStartsItsFlowAtTheFirstStep() {
        Reply reply = send("/trip");

        assertThat(reply.prompt()).get().isInstanceOf(Prompt.Text.class);
        assertThat(reply.prompt().get().text()).isEqualTo("Where to?");
        assertThat(reply.flowTitle()).isEqualTo("planning a trip");
        assertThat(reply.controls()).containsExactly(ControlAction.CANCEL, ControlAction.HELP);
        assertThat(top().stepId()).isEqualTo("city");
    }

    @Test
    void aFlowRunsToItsFinisherAndCloses() {
        send("/trip");
        send("Lisbon");
        send("1");
        send("Bring sunscreen");
        Reply done = send("yes");

        assertThat(done.notes()).containsExactly("Booked Lisbon alone, note: Bring sunscreen");
        assertThat(done.prompt()).isEmpty();
        assertThat(engine.stored(MAYA).orElseThrow().inFlow()).isFalse();
    }

    @Test
    void helpExplainsTheStepWithoutCountingAnAttemptOrMoving() {
        send("/trip");
        long before = engine.stored(MAYA).orElseThrow().version();

        Reply help = send("help");

        assertThat(help.notes()).contains("Name the city you want to visit.");
        assertThat(help.prompt().get().text()).isEqualTo("Where to?");
        assertThat(engine.stored(MAYA).orElseThrow().version()).isEqualTo(before);
        assertThat(top().attempts()).isZero();
    }

    @Test
    void controlWordsAreHandledBeforeTheStepEvenWhereTheyWouldBeValidAnswers() {
        send("/trip");
        send("Lisbon");

        Reply back = send("Back");

        assertThat(top().stepId()).isEqualTo("city");
        assertThat(back.prompt().get()).isInstanceOfSatisfying(Prompt.Text.class,
                prompt -> assertThat(prompt.defaultValue()).isEqualTo("Lisbon"));
    }

    @Test
    void backShowsTheEarlierChoiceAsDefault() {
        send("/trip");
        send("Lisbon");
        send("Nobody");

        Reply back = engine.handle(MAYA, new Input.Control(ControlAction.BACK));

        assertThat(back.prompt().get()).isInstanceOfSatisfying(Prompt.Choice.class,
                choice -> assertThat(choice.selected()).isEqualTo("alone"));
        assertThat(back.controls()).contains(ControlAction.BACK);
    }

    @Test
    void backAtTheFirstStepSaysSoAndKeepsTheStep() {
        send("/trip");

        Reply back = send("back");

        assertThat(back.notes()).containsExactly(text("engine.back-at-start"));
        assertThat(top().stepId()).isEqualTo("city");
    }

    @Test
    void skipIsRefusedOnARequiredStepAndAllowedOnAnOptionalOne() {
        send("/trip");
        Reply refused = send("skip");
        assertThat(refused.notes()).containsExactly(text("engine.cannot-skip"));
        assertThat(top().stepId()).isEqualTo("city");

        send("Lisbon");
        send("alone");
        Reply skipped = send("skip");

        assertThat(top().stepId()).isEqualTo("confirm");
        assertThat(top().answers()).doesNotContainKey("note");
        assertThat(skipped.prompt().get()).isInstanceOf(Prompt.Confirm.class);
    }

    @Test
    void anInvalidAnswerIsReaskedWithTheReasonAndKeptForEditing() {
        send("/trip");

        Reply reply = send("Area 51");

        assertThat(reply.notes()).containsExactly("A city name has no digits.");
        assertThat(top().stepId()).isEqualTo("city");
        assertThat(top().attempts()).isEqualTo(1);
    }

    @Test
    void anOverLongAnswerIsRefusedKindlyAndWhatWasTypedIsOfferedBack() {
        send("/trip");
        String tooLong = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch";

        Reply reply = send(tooLong);

        assertThat(reply.notes().get(0)).contains("up to 20 characters").contains("58");
        assertThat(reply.prompt().get()).isInstanceOfSatisfying(Prompt.Text.class,
                prompt -> assertThat(prompt.defaultValue()).isEqualTo(tooLong));
    }

    @Test
    void afterThreeFailedAttemptsARequiredStepOffersCancel() {
        send("/trip");
        send("1");
        Reply second = send("2");
        Reply third = send("3");

        assertThat(second.notes()).hasSize(1);
        assertThat(third.notes()).containsExactly("A city name has no digits.",
                TestCoach.TEXTS.get("engine.attempts-cancel", "attempts", 3));
        assertThat(third.controls()).contains(ControlAction.CANCEL);
    }

    @Test
    void afterThreeFailedAttemptsAnOptionalStepOffersSkip() {
        send("/trip");
        send("Lisbon");
        send("alone");
        String tooLong = "x".repeat(101);
        send(tooLong);
        send(tooLong);
        Reply third = send(tooLong);

        assertThat(third.notes()).last().isEqualTo(TestCoach.TEXTS.get("engine.attempts-skip", "attempts", 3));
        assertThat(third.controls()).contains(ControlAction.SKIP, ControlAction.CANCEL);
    }

    @Test
    void aSuccessfulAnswerResetsTheAttemptCount() {
        send("/trip");
        send("1");
        send("Porto");

        assertThat(top().attempts()).isZero();
        assertThat(top().retained()).isEmpty();
    }

    @Test
    void cancelStopsTheFlowAndSaysNothingWasSaved() {
        send("/trip");
        send("Lisbon");

        Reply cancelled = send("cancel");

        assertThat(cancelled.notes()).containsExactly(
                TestCoach.TEXTS.get("engine.cancelled", "flow", "planning a trip"));
        assertThat(engine.stored(MAYA).orElseThrow().inFlow()).isFalse();
        assertThat(send("/resume").notes()).containsExactly(text("engine.nothing-to-resume"));
    }

    @Test
    void aSubFlowRunsAndHandsItsOutputsToTheParent() {
        send("/trip");
        send("Lisbon");
        Reply friend = send("friend");
        assertThat(friend.prompt().get()).isInstanceOf(Prompt.Form.class);
        assertThat(engine.stored(MAYA).orElseThrow().frames()).hasSize(2);

        Reply back = engine.handle(MAYA, new Input.Form(Map.of("name", "Sam", "phone", "")));

        assertThat(back.notes()).containsExactly("Added Sam.");
        assertThat(top().flowId()).isEqualTo("trip");
        assertThat(top().stepId()).isEqualTo("note");
        send("skip");
        assertThat(send("yes").notes()).containsExactly("Booked Lisbon with Sam");
    }

    @Test
    void backFromASubFlowsFirstStepReturnsToTheParentStep() {
        send("/trip");
        send("Lisbon");
        send("friend");

        Reply back = send("back");

        assertThat(engine.stored(MAYA).orElseThrow().frames()).hasSize(1);
        assertThat(top().stepId()).isEqualTo("company");
        assertThat(back.prompt().get()).isInstanceOfSatisfying(Prompt.Choice.class,
                choice -> assertThat(choice.selected()).isEqualTo("friend"));
    }

    @Test
    void aFormWithAMissingRequiredFieldIsRefusedAndKeepsTheOtherFields() {
        send("/trip");
        send("Lisbon");
        send("friend");

        Reply reply = engine.handle(MAYA, new Input.Form(Map.of("name", "  ", "phone", "555 0100")));

        assertThat(reply.notes()).containsExactly(TestCoach.TEXTS.get("engine.required", "label", "Name"));
        assertThat(reply.prompt().get()).isInstanceOfSatisfying(Prompt.Form.class,
                form -> assertThat(form.fields().get(1).defaultValue()).isEqualTo("555 0100"));
    }

    @Test
    void aNewFlowCommandMidFlowAsksToResumeOrSetAside() {
        send("/trip");
        send("Lisbon");

        Reply asked = send("/survey");

        assertThat(asked.prompt().get()).isInstanceOfSatisfying(Prompt.Choice.class,
                choice -> assertThat(choice.options()).extracting(Prompt.Option::id)
                        .containsExactly("resume", "abandon"));
        Reply resumed = send("1");
        assertThat(resumed.prompt().get().text()).isEqualTo("Who comes along?");
        assertThat(top().flowId()).isEqualTo("trip");
    }

    @Test
    void settingAFlowAsideKeepsItsAnswersAsADraftForResume() {
        send("/trip");
        send("Lisbon");
        send("/survey");

        Reply started = send("2");

        assertThat(started.notes()).contains(TestCoach.TEXTS.get("engine.set-aside", "flow", "planning a trip"));
        assertThat(started.prompt().get().text()).isEqualTo("How was it?");
        send("good");
        Reply resumed = send("/resume");
        assertThat(resumed.prompt().get().text()).isEqualTo("Who comes along?");
        assertThat(top().answers()).containsEntry("city", "Lisbon");
        assertThat(send("/resume").prompt().get().text()).isEqualTo("Who comes along?");
    }

    @Test
    void aCommandThatAnswersAtOnceLeavesTheOpenFlowUntouched() {
        send("/trip");
        send("Lisbon");
        long version = engine.stored(MAYA).orElseThrow().version();

        Reply pong = send("/ping");

        assertThat(pong.notes()).containsExactly("pong",
                TestCoach.TEXTS.get("engine.back-to-flow", "flow", "planning a trip"));
        assertThat(pong.prompt().get().text()).isEqualTo("Who comes along?");
        assertThat(engine.stored(MAYA).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void plainTextWhereAFormIsExpectedShowsTheFormAgainWithoutCountingAnAttempt() {
        send("/trip");
        send("Lisbon");
        send("friend");

        Reply reply = send("Sam");

        assertThat(reply.notes()).containsExactly(TestCoach.TEXTS.get("engine.form-needed", "title", "Friend"));
        assertThat(reply.prompt().get()).isInstanceOf(Prompt.Form.class);
        assertThat(top().attempts()).isZero();
    }

    @Test
    void theCurrentPromptCanBeReadWithoutChangingAnything() {
        send("/trip");
        Reply atCompany = send("Lisbon");

        Reply current = engine.current(MAYA);

        assertThat(current.prompt().get().text()).isEqualTo("Who comes along?");
        assertThat(current.version()).isEqualTo(atCompany.version());
        assertThat(engine.stored(MAYA).orElseThrow().version()).isEqualTo(atCompany.version());
        assertThat(engine.current(new UserId("nobody")).notes()).containsExactly(text("engine.nothing-open"));
    }

    @Test
    void anUnknownCommandIsAnsweredKindly() {
        Reply reply = send("/teleport");

        assertThat(reply.notes()).containsExactly(
                TestCoach.TEXTS.get("engine.unknown-command", "command", "teleport"));
    }

    @Test
    void helpListsEveryCommandIncludingTheBuiltInOnes() {
        Reply help = send("/help");

        assertThat(help.notes().get(0)).contains("/trip", "/ping", "/resume", "/cancel", "/help");
    }

    @Test
    void everyTransitionIsCommittedBeforeTheReplyWithItsVersion() {
        Reply first = send("/trip");
        assertThat(engine.stored(MAYA).orElseThrow().version()).isEqualTo(first.version());

        Reply second = send("Lisbon");

        Session stored = engine.stored(MAYA).orElseThrow();
        assertThat(stored.version()).isEqualTo(second.version()).isEqualTo(first.version() + 1);
        assertThat(stored.top().answers()).containsEntry("city", "Lisbon");
        assertThat(stored.updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aClickOnAStalePromptChangesNothingAndShowsTheCurrentStep() {
        Reply atCity = send("/trip");
        send("Lisbon");
        long version = engine.stored(MAYA).orElseThrow().version();

        Reply stale = engine.handle(MAYA, new Input.Answer("Porto"), atCity.version());

        assertThat(stale.notes()).containsExactly(text("engine.stale"));
        assertThat(stale.prompt().get().text()).isEqualTo("Who comes along?");
        assertThat(engine.stored(MAYA).orElseThrow().version()).isEqualTo(version);
        assertThat(top().answers()).containsEntry("city", "Lisbon");
    }

    @Test
    void aDoubleClickIsHandledOnce() {
        send("/trip");
        Reply atCompany = send("Lisbon");

        Reply first = engine.handle(MAYA, new Input.Answer("friend"), atCompany.version());
        Reply second = engine.handle(MAYA, new Input.Answer("friend"), atCompany.version());

        assertThat(first.prompt().get()).isInstanceOf(Prompt.Form.class);
        assertThat(second.notes()).containsExactly(text("engine.stale"));
        assertThat(engine.stored(MAYA).orElseThrow().frames()).hasSize(2);
    }

    @Test
    void anAnswerBasedOnAStaleSessionIsNotAppliedToTheStepAnotherProcessMovedTo() {
        // GIVEN two engines on one database, as two bot processes sharing PostgreSQL would be
        Conversations other = TripFlows.engine(database.dataSource(), clock);
        send("/trip");
        send("Lisbon");
        assertThat(other.stored(MAYA).orElseThrow().top().stepId()).isEqualTo("company");

        // WHEN the other process moves the session on, and this one (which last showed "Who comes along?") is
        // answered next
        other.handle(MAYA, new Input.Answer("alone"));
        Reply reply = send("Remember the charger");

        // THEN this engine notices, files nothing under the wrong question, and shows where the user is now
        assertThat(reply.notes()).containsExactly(text("engine.moved-on"));
        assertThat(reply.prompt().get().text()).isEqualTo("Anything to remember?");
        assertThat(top().answers()).containsEntry("company", "alone").doesNotContainKey("note");
    }

    @Test
    void idleTimeIsStoredInTheDatabaseWhileAFlowIsOpenAndClearedWhenItCloses() throws Exception {
        send("/trip");
        assertThat(idleAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));

        clock.advance(Duration.ofHours(3));
        send("Lisbon");
        assertThat(idleAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));

        send("cancel");
        assertThat(idleAt()).isNull();
    }

    @Test
    void sessionsEvictedFromTheCacheAreReadBackFromTheDatabase() {
        Conversations tiny = TripFlows.engine(database.dataSource(), clock, 1);
        tiny.handle(MAYA, Input.Command.of("trip"));
        for (int i = 0; i < 50; i++) {
            tiny.handle(new UserId("user" + i), Input.Command.of("trip"));
        }

        Reply reply = tiny.handle(MAYA, new Input.Answer("Lisbon"));

        assertThat(reply.prompt().get().text()).isEqualTo("Who comes along?");
    }

    @Test
    void typedPlaceholderSyntaxStaysLiteralInReplies() {
        send("/trip");
        send("${city}");
        send("alone");
        send("skip");

        assertThat(send("yes").notes()).containsExactly("Booked ${city} alone");
    }

    private Instant idleAt() throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT idle_at FROM sessions WHERE user_id = ?")) {
            select.setString(1, MAYA.value());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                OffsetDateTime value = rows.getObject(1, OffsetDateTime.class);
                return value == null ? null : value.toInstant();
            }
        }
    }
}
