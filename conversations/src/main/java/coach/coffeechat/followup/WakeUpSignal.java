package coach.coffeechat.followup;

import coach.coffeechat.store.AfterCommit;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Tells the timer that something was scheduled, so that it wakes early when the new prompt is due before its
 * next poll. The repository signals; the scheduler listens. The listener hears of it once the signalling
 * transaction has committed ({@link AfterCommit}): woken earlier, the timer would look before the row is visible
 * and then sleep until its next poll. Thread-safe.
 */
final class WakeUpSignal {
    private volatile Consumer<Instant> listener = due -> { };

    /** Something is due at this instant; the listener hears it after the current transaction commits. */
    void scheduled(Instant due) {
        Consumer<Instant> current = listener;
        AfterCommit.run(() -> current.accept(due));
    }

    /** Who hears the signals (the running timer); replaces any earlier listener. */
    void listen(Consumer<Instant> newListener) {
        this.listener = Objects.requireNonNull(newListener, "listener");
    }
}
