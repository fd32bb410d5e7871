package coach.coffeechat.contact;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every listener that features registered for stage changes, told in the order they registered. Listeners are
 * added while the product is assembled, before any input; telling them is safe from any thread.
 */
final class StageListeners implements StageListener {
    private final List<StageListener> listeners = new CopyOnWriteArrayList<>();

    void add(StageListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void stageChanged(Connection connection, Contact contact, Stage from, Stage to, Instant at) {
        for (StageListener listener : listeners) {
            listener.stageChanged(connection, contact, from, to, at);
        }
    }

    @Override
    public void touched(Connection connection, Contact contact, Instant at) {
        for (StageListener listener : listeners) {
            listener.touched(connection, contact, at);
        }
    }

    @Override
    public void cadenceChanged(Connection connection, Contact contact, Instant at) {
        for (StageListener listener : listeners) {
            listener.cadenceChanged(connection, contact, at);
        }
    }
}
