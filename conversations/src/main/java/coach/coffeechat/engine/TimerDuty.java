package coach.coffeechat.engine;

import java.sql.Connection;
import java.time.Instant;

/**
 * Work a feature asks the one timer to do every round, in the round's transaction, before due prompts are
 * claimed: for example turning flows left idle into reminders. Anything timed goes through the timer and its
 * claims, never a thread of its own.
 */
@FunctionalInterface
public interface TimerDuty {

    /**
     * Does what has fallen due.
     *
     * @param connection the round's transaction; do not commit or close it
     * @param now the round's time, from the injected clock
     * @param limit the most items to handle in one round
     * @return how many items were handled
     */
    int runDue(Connection connection, Instant now, int limit);
}
