package coach.coffeechat.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
     * @param attachments files that go with the notes (a chart, an export); usually none
     */
    record Respond(List<String> notes, List<Attachment> attachments) implements Result {
        public Respond {
            notes = List.copyOf(notes);
            attachments = List.copyOf(attachments);
        }

        /** An answer with no attachment. */
        public Respond(List<String> notes) {
            this(notes, List.of());
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
     * @param answer what the command's options answer to that first step, read and checked exactly as if typed
     *     there (a refused answer stays typed in the step's prompt), or empty to ask it
     */
    record Launch(String flowId, Map<String, String> initialAnswers, List<String> notes, String startStep,
                  Optional<String> answer) implements Result {
        public Launch {
            Objects.requireNonNull(flowId, "flowId");
            initialAnswers = Map.copyOf(initialAnswers);
            notes = List.copyOf(notes);
            startStep = startStep == null ? "" : startStep;
            Objects.requireNonNull(answer, "answer");
        }

        /** A flow started at {@code startStep}, which is asked. */
        public Launch(String flowId, Map<String, String> initialAnswers, List<String> notes, String startStep) {
            this(flowId, initialAnswers, notes, startStep, Optional.empty());
        }

        /** A flow started at its first step. */
        public Launch(String flowId, Map<String, String> initialAnswers, List<String> notes) {
            this(flowId, initialAnswers, notes, "");
        }

        /** This launch with {@code typed} answering its first step at once. */
        public Launch answering(String typed) {
            return new Launch(flowId, initialAnswers, notes, startStep, Optional.of(typed));
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
