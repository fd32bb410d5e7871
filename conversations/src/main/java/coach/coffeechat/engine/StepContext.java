package coach.coffeechat.engine;

import java.sql.Connection;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a step, command or finisher may look at while one input is handled. Everything read or written
 * through {@link #connection()} commits together with the session, or not at all.
 */
public interface StepContext {

    /** Whose conversation this is. */
    UserId user();

    /** The current instant, from the engine's injected clock. */
    Instant now();

    /** The current flow's answers so far, by key; empty outside a flow. */
    Map<String, String> answers();

    /** One answer, or an empty string when there is none. */
    default String answer(String key) {
        return answers().getOrDefault(key, "");
    }

    /** The connection of the transaction this input runs in; do not commit or close it. */
    Connection connection();

    /**
     * The title of the flow the user has open, as stored before this input (what a reminder of an unfinished flow
     * names), or empty when none is open.
     */
    Optional<String> openFlowTitle();

    /**
     * A context outside any flow (no answers), for work a transport starts itself, such as a button's action. It
     * knows no flows, so {@link #openFlowTitle()} is empty: use {@link Conversations#context} where that matters.
     */
    static StepContext of(UserId user, Instant now, Connection connection) {
        return new Dialog.Scope(user, now, connection, IdleFlows.NONE).context(Map.of());
    }
}
