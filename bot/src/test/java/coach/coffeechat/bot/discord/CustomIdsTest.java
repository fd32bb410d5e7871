package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.followup.FollowUpAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

final class CustomIdsTest {

    @Test
    void optionIdRoundTripsWithItsVersion() {
        String id = CustomIds.option(42, "remote");

        assertThat(id).isEqualTo("cc:42:o:remote");
        assertThat(CustomIds.decode(id)).contains(new Click.Option(42, "remote"));
    }

    @Test
    void optionIdMayContainColonsAndSpaces() {
        assertThat(CustomIds.decode(CustomIds.option(1, "a:b c"))).contains(new Click.Option(1, "a:b c"));
    }

    @ParameterizedTest
    @EnumSource(ControlAction.class)
    void everyControlRoundTrips(ControlAction action) {
        String id = CustomIds.control(7, action);

        assertThat(id).isEqualTo("cc:7:c:" + action.word());
        assertThat(CustomIds.decode(id)).contains(new Click.Control(7, action));
    }

    @ParameterizedTest
    @EnumSource(FollowUpAction.class)
    void everyFollowUpActionRoundTrips(FollowUpAction action) {
        String id = CustomIds.followUp(3, 123456789L, action);

        assertThat(id).isEqualTo("cc:3:f:123456789:" + action.id());
        assertThat(CustomIds.decode(id)).contains(new Click.FollowUp(3, 123456789L, action));
    }

    @Test
    void confirmContinueModalAndSelectIdsRoundTrip() {
        assertThat(CustomIds.confirm(5, true)).isEqualTo("cc:5:y");
        assertThat(CustomIds.confirm(5, false)).isEqualTo("cc:5:n");
        assertThat(CustomIds.openModal(5)).isEqualTo("cc:5:m");
        assertThat(CustomIds.decode(CustomIds.confirm(5, true))).contains(new Click.Confirm(5, true));
        assertThat(CustomIds.decode(CustomIds.confirm(5, false))).contains(new Click.Confirm(5, false));
        assertThat(CustomIds.decode(CustomIds.proceed(5))).contains(new Click.Continue(5));
        assertThat(CustomIds.decode(CustomIds.openModal(5))).contains(new Click.OpenModal(5));
        assertThat(CustomIds.decode(CustomIds.modal(5))).contains(new Click.SubmitModal(5));
        assertThat(CustomIds.decode(CustomIds.select(5))).contains(new Click.Select(5));
    }

    @Test
    void selectClickTurnsIntoTheOptionPicked() {
        assertThat(new Click.Select(9).picked("video")).isEqualTo(new Click.Option(9, "video"));
    }

    @Test
    void largestVersionRoundTrips() {
        assertThat(CustomIds.decode(CustomIds.confirm(Long.MAX_VALUE, true)))
                .contains(new Click.Confirm(Long.MAX_VALUE, true));
    }

    @Test
    void optionIdThatFillsTheLimitExactlyIsAccepted() {
        String prefix = "cc:" + Long.MAX_VALUE + ":o:";
        String optionId = "x".repeat(CustomIds.MAX_LENGTH - prefix.length());

        String id = CustomIds.option(Long.MAX_VALUE, optionId);

        assertThat(id).hasSize(CustomIds.MAX_LENGTH);
        assertThat(CustomIds.decode(id)).contains(new Click.Option(Long.MAX_VALUE, optionId));
    }

    @Test
    void optionIdTooLongForDiscordIsRefusedWithTheLimitNamed() {
        assertThatThrownBy(() -> CustomIds.option(1, "x".repeat(95)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 100");
    }

    @Test
    void emptyOptionIdAndNegativeNumbersAreRefused() {
        assertThatThrownBy(() -> CustomIds.option(1, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CustomIds.confirm(-1, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CustomIds.followUp(1, -5, FollowUpAction.DONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyEncodedIdStaysWithinDiscordsLimitForTheLargestNumbers() {
        long big = Long.MAX_VALUE;
        assertThat(CustomIds.followUp(big, big, FollowUpAction.SNOOZE_3_DAYS)).hasSizeLessThanOrEqualTo(100);
        assertThat(CustomIds.control(big, ControlAction.CANCEL)).hasSizeLessThanOrEqualTo(100);
        assertThat(CustomIds.modal(big)).hasSizeLessThanOrEqualTo(100);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"cc", "cc:", "cc:1", "cc:1:", "cc:x:y", "cc:-1:y", "cc:01:y", "cc:1:o:", "cc:1:c:",
        "cc:1:c:stop", "cc:1:f:2:nap", "cc:1:f:x:done", "cc:1:f:2", "cc:1:f:-2:done", "cc:1:q", "cc:1:yy",
        "cc:99999999999999999999:y", "cc:9223372036854775808:y", "cc:1:f:9223372036854775808:done",
        "other-bot:button", "CC:1:y", " cc:1:y", "cc:1:Y"})
    void foreignStaleOrGarbledIdsDecodeToNothing(String customId) {
        assertThat(CustomIds.decode(customId)).isEmpty();
    }

    @Test
    void idLongerThanDiscordAllowsDecodesToNothing() {
        assertThat(CustomIds.decode("cc:1:o:" + "x".repeat(200))).isEmpty();
    }
}
