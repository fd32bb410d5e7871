package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpAction;
import coach.coffeechat.followup.FollowUpKind;
import coach.coffeechat.followup.FollowUpPrompt;
import coach.coffeechat.followup.FollowUpSink;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console's follow-up sink: prompts wait for the next input, once each, and only for the console's user. */
final class ConsoleFollowUpsTest {
    private static final UserId MAYA = new UserId("maya");

    private final ConsoleFollowUps sink = new ConsoleFollowUps(MAYA);

    @Test
    void promptsWaitUntilDrainedAndComeOutOldestFirstOnce() {
        assertThat(sink.deliver(prompt(MAYA, 1, "fu-1-0"))).isInstanceOf(FollowUpSink.Delivered.class);
        assertThat(sink.deliver(prompt(MAYA, 2, "fu-2-0"))).isInstanceOf(FollowUpSink.Delivered.class);

        assertThat(sink.drain()).extracting(FollowUpPrompt::followUpId).containsExactly(1L, 2L);
        assertThat(sink.drain()).isEmpty();
    }

    @Test
    void aPromptHandedOverAgainWithTheSameKeyIsShownOnce() {
        sink.deliver(prompt(MAYA, 1, "fu-1-0"));

        assertThat(sink.deliver(prompt(MAYA, 1, "fu-1-0"))).isInstanceOf(FollowUpSink.Delivered.class);

        assertThat(sink.drain()).hasSize(1);
    }

    @Test
    void aLaterDeliveryOfTheSameFollowUpHasANewKeyAndIsShownAgain() {
        sink.deliver(prompt(MAYA, 1, "fu-1-0"));
        sink.drain();

        sink.deliver(prompt(MAYA, 1, "fu-1-1"));

        assertThat(sink.drain()).extracting(FollowUpPrompt::idempotencyKey).containsExactly("fu-1-1");
    }

    @Test
    void someoneElsesPromptCannotBeShownHereAndWaitsForThem() {
        FollowUpSink.Delivery delivery = sink.deliver(prompt(new UserId("leo"), 3, "fu-3-0"));

        assertThat(delivery).isInstanceOf(FollowUpSink.Undeliverable.class);
        assertThat(sink.drain()).isEmpty();
    }

    private static FollowUpPrompt prompt(UserId owner, long id, String key) {
        return new FollowUpPrompt(id, owner, FollowUpKind.THANK_YOU, "Thank Ana", List.of(FollowUpAction.DONE),
                key, 0);
    }
}
