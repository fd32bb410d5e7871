package coach.coffeechat.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Where a flow goes after a step was answered. */
public sealed interface Next {

    /**
     * Ask another step of the same flow.
     *
     * @param stepId the step to ask
     * @param notes coaching notes shown before it, possibly none
     */
    record GoTo(String stepId, List<String> notes) implements Next {
        public GoTo {
            Objects.requireNonNull(stepId, "stepId");
            notes = List.copyOf(notes);
        }
    }

    /** The flow is complete: its finisher runs and the flow closes. */
    record Finish() implements Next {
    }

    /**
     * Run another flow first, then come back.
     *
     * @param flowId the sub-flow to run
     * @param initialAnswers answers the sub-flow starts with (shown as defaults)
     * @param returnStep the step of this flow to ask when the sub-flow ends; its outputs join this flow's answers
     */
    record StartSubFlow(String flowId, Map<String, String> initialAnswers, String returnStep) implements Next {
        public StartSubFlow {
            Objects.requireNonNull(flowId, "flowId");
            initialAnswers = Map.copyOf(initialAnswers);
            Objects.requireNonNull(returnStep, "returnStep");
        }
    }

    /** Go to a step with no notes. */
    static Next goTo(String stepId) {
        return new GoTo(stepId, List.of());
    }

    /** Go to a step after showing coaching notes. */
    static Next goTo(String stepId, String... notes) {
        return new GoTo(stepId, List.of(notes));
    }

    /** Complete the flow. */
    static Next finish() {
        return new Finish();
    }
}
