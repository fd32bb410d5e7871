package coach.coffeechat.followup;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Tells the timer that something was scheduled, so that it wakes early when the new prompt is due before its
 * next poll. The repository signals; the scheduler listens. Thread-safe.
 */
public final class WakeUpSignal {
    private volatile Consumer<Instant> listener = due -> { };

    /** Something is due at this instant. */
    public void scheduled(Instant due) {
        listener.accept(due);
    }

    /** Who hears the signals (the running timer); replaces any earlier listener. */
    public void listen(Consumer<Instant> newListener) {
        this.listener = Objects.requireNonNull(newListener, "listener");
    }
}
