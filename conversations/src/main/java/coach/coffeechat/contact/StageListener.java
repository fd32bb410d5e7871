package coach.coffeechat.contact;

import java.sql.Connection;
import java.time.Instant;

/**
 * Told about every stage change, inside the transaction that makes it, so that what it schedules or cancels
 * commits (or rolls back) together with the change. The follow-up timer listens here.
 */
@FunctionalInterface
public interface StageListener {
    /** Listens to nothing. */
    StageListener NONE = (connection, contact, from, to, at) -> { };

    /**
     * A contact moved from one stage to another.
     *
     * @param connection the transaction the change is made in
     * @param contact the contact as it was before the change
     * @param from the old stage
     * @param to the new stage
     * @param at when
     */
    void stageChanged(Connection connection, Contact contact, Stage from, Stage to, Instant at);

    /**
     * The user actually touched a contact (a meeting logged, a thank-you or a stay-in-touch prompt marked done, a
     * note added); the touch is already recorded. Nothing by default.
     */
    default void touched(Connection connection, Contact contact, Instant at) {
    }

    /** The user chose how often to stay in touch with a contact; the choice is already recorded. Nothing by default. */
    default void cadenceChanged(Connection connection, Contact contact, Instant at) {
    }
}
