package coach.coffeechat.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Does what a command asks: answers at once, or starts a flow. */
@FunctionalInterface
public interface CommandHandler {

    /**
     * Handles a command. Runs in the user's transaction; the engine decides whether a flow may start now.
     *
     * @param command the command and its options
     * @param context the user, the time and the transaction
     */
    Result handle(Input.Command command, StepContext context);

    /** What a command leads to. */
    sealed interface Result {
    }

    /**
     * An answer with no flow.
     *
     * @param notes what to tell the user
     */
    record Respond(List<String> notes) implements Result {
        public Respond {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Start a flow.
     *
     * @param flowId the flow
     * @param initialAnswers answers it starts with, such as a contact picked in the command's option
     * @param notes shown before its first prompt
     * @param startStep the step to ask first when the command's options already answered the ones before it,
     *     or empty for the flow's first step
     */
    record Launch(String flowId, Map<String, String> initialAnswers, List<String> notes, String startStep)
            implements Result {
        public Launch {
            Objects.requireNonNull(flowId, "flowId");
            initialAnswers = Map.copyOf(initialAnswers);
            notes = List.copyOf(notes);
            startStep = startStep == null ? "" : startStep;
        }

        /** A flow started at its first step. */
        public Launch(String flowId, Map<String, String> initialAnswers, List<String> notes) {
            this(flowId, initialAnswers, notes, "");
        }
    }

    /** An answer with no flow. */
    static Result respond(String... notes) {
        return new Respond(List.of(notes));
    }

    /** Start a flow with no answers yet. */
    static Result launch(String flowId) {
        return new Launch(flowId, Map.of(), List.of());
    }
}
