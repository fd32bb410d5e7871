package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpAction;
import coach.coffeechat.followup.FollowUpKind;
import coach.coffeechat.followup.FollowUpPrompt;
import coach.coffeechat.followup.FollowUpSink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console's follow-up sink: a prompt is delivered once printed, once each, and only for the console's user. */
final class ConsoleFollowUpsTest {
    private static final UserId MAYA = new UserId("maya");

    private final List<String> printed = new ArrayList<>();
    private boolean terminalWorks = true;
    private final ConsoleFollowUps sink = new ConsoleFollowUps(MAYA, prompt -> {
        if (terminalWorks) {
            printed.add(prompt.idempotencyKey());
        }
        return terminalWorks;
    });

    @Test
    void aPromptIsPrintedWhenItIsHandedOverAndOnlyThenDelivered() {
        assertThat(sink.deliver(prompt(MAYA, 1, "fu-1-0"))).isInstanceOf(FollowUpSink.Delivered.class);
        assertThat(sink.deliver(prompt(MAYA, 2, "fu-2-0"))).isInstanceOf(FollowUpSink.Delivered.class);

        assertThat(printed).containsExactly("fu-1-0", "fu-2-0");
    }

    @Test
    void aPromptThatCouldNotBePrintedFailsAndIsPrintedWhenTriedAgain() {
        terminalWorks = false;
        assertThat(sink.deliver(prompt(MAYA, 1, "fu-1-0"))).isInstanceOf(FollowUpSink.Failed.class);

        terminalWorks = true;
        assertThat(sink.deliver(prompt(MAYA, 1, "fu-1-0"))).isInstanceOf(FollowUpSink.Delivered.class);
        assertThat(printed).containsExactly("fu-1-0");
    }

    @Test
    void aPromptHandedOverAgainWithTheSameKeyIsPrintedOnce() {
        sink.deliver(prompt(MAYA, 1, "fu-1-0"));

        assertThat(sink.deliver(prompt(MAYA, 1, "fu-1-0"))).isInstanceOf(FollowUpSink.Delivered.class);

        assertThat(printed).hasSize(1);
    }

    @Test
    void aLaterDeliveryOfTheSameFollowUpHasANewKeyAndIsPrintedAgain() {
        sink.deliver(prompt(MAYA, 1, "fu-1-0"));

        sink.deliver(prompt(MAYA, 1, "fu-1-1"));

        assertThat(printed).containsExactly("fu-1-0", "fu-1-1");
    }

    @Test
    void someoneElsesPromptCannotBeShownHereAndWaitsForThem() {
        FollowUpSink.Delivery delivery = sink.deliver(prompt(new UserId("leo"), 3, "fu-3-0"));

        assertThat(delivery).isInstanceOf(FollowUpSink.Undeliverable.class);
        assertThat(printed).isEmpty();
    }

    private static FollowUpPrompt prompt(UserId owner, long id, String key) {
        return new FollowUpPrompt(id, owner, FollowUpKind.THANK_YOU, "Thank Ana", List.of(FollowUpAction.DONE),
                key, 0);
    }
}
