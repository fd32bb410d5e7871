package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real clock the router runs on in production: {@link DeferralScheduler#system()}. Waits on futures, not sleeps. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
final class SystemDeferralSchedulerTest {
    @Test
    void aDueTaskRunsOnTheSchedulersOwnDaemonThread() throws Exception {
        try (DeferralScheduler scheduler = DeferralScheduler.system()) {
            CompletableFuture<Thread> ranOn = new CompletableFuture<>();

            scheduler.schedule(Duration.ZERO, () -> ranOn.complete(Thread.currentThread()));

            Thread thread = ranOn.get(5, TimeUnit.SECONDS);
            assertThat(thread.getName()).startsWith("coach-discord-defer-");
            assertThat(thread.isDaemon()).isTrue();
        }
    }

    @Test
    void aCancelledTaskNeverRuns() {
        AtomicBoolean ran = new AtomicBoolean();
        DeferralScheduler scheduler = DeferralScheduler.system();

        scheduler.schedule(Duration.ofHours(1), () -> ran.set(true)).cancel();
        scheduler.close();

        assertThat(ran).as("ran before closing was done").isFalse();
    }

    @Test
    void aClosedSchedulerTakesNoMoreTasks() {
        DeferralScheduler scheduler = DeferralScheduler.system();
        scheduler.close();

        assertThatThrownBy(() -> scheduler.schedule(Duration.ZERO, () -> { }))
                .isInstanceOf(RejectedExecutionException.class);
    }
}
