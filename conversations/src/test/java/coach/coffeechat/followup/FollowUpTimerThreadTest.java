package coach.coffeechat.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.Coach;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.testing.ProductBench;
import coach.coffeechat.testing.TestCoach;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The timer's own thread, as the bot runs it: it catches up at start, and a prompt due sooner than the next poll
 * (one minute) wakes it at once. The clock stands still, so every wait here ends by a delivery, never by time.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
final class FollowUpTimerThreadTest {
    private static final UserId MAYA = new UserId("maya");
    /** Far below the poll interval of one minute: a delivery within it was woken, not polled. */
    private static final long WAIT_SECONDS = 10;

    private final ProductBench bench = new ProductBench();
    private final Coach coach = bench.coach();
    private final FollowUpScheduler timer = bench.timer();

    @BeforeEach
    void open() {
        TestCoach.addContact(coach, MAYA, Map.of("name", "Ana Li"));
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void whatFellDueBeforeTheStartIsDeliveredWhenTheTimerStarts() throws InterruptedException {
        bookMeetingInTwoHours();

        timer.start();

        FollowUpPrompt prompt = bench.nextDelivery(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(prompt).isNotNull();
        assertThat(prompt.kind()).isEqualTo(FollowUpKind.MEETING_PREP);
    }

    @Test
    void aPromptDueSoonerThanTheNextPollWakesTheRunningTimer() throws InterruptedException {
        timer.start();
        assertThat(bench.nextDelivery(200, TimeUnit.MILLISECONDS)).as("nothing is due at the start").isNull();

        bookMeetingInTwoHours();

        FollowUpPrompt prompt = bench.nextDelivery(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(prompt).as("delivered long before the next one-minute poll").isNotNull();
        assertThat(prompt.kind()).isEqualTo(FollowUpKind.MEETING_PREP);
        assertThat(prompt.text()).contains("Ana Li");
    }

    @Test
    void aTimerStartsOnceAndClosesQuietlyEvenTwice() {
        timer.start();

        assertThatThrownBy(timer::start).isInstanceOf(IllegalStateException.class);
        timer.close();
        timer.close();
    }

    /** A meeting two hours away: its prep (a day before) is due now. */
    private void bookMeetingInTwoHours() {
        Reply booked = coach.conversations().handle(MAYA, new Input.Command("meeting schedule",
                Map.of("contact", "Ana Li", "when", "today 11:00")));
        assertThat(booked.text()).contains("Ana Li", "11:00");
    }
}
