package coach.coffeechat.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a user stands in one flow: the step being asked, the answers so far and the way back.
 *
 * @param flowId the flow's id
 * @param stepId the step being asked
 * @param answers answers by key
 * @param history the steps answered before this one, oldest first, for {@code back}
 * @param attempts failed answers to the current step
 * @param retained input typed at this step but not taken, kept so the user can correct or finish it rather than type
 *     it again: a refused answer, or the fields of a form typed so far (the console asks one field at a time)
 * @param returnStep for a sub-flow, the parent's step to ask when it ends; empty for a top-level flow
 */
public record Frame(String flowId, String stepId, Map<String, String> answers, List<String> history, int attempts,
                    Map<String, String> retained, String returnStep) {
    /**
     * The answer naming who a flow is about, such as the contact a command handed it; shown beside the flow's title
     * when {@code /resume} lists the flows set aside.
     */
    public static final String SUBJECT = "subject";

    public Frame {
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(stepId, "stepId");
        answers = Map.copyOf(answers);
        history = List.copyOf(history);
        retained = retained == null ? Map.of() : Map.copyOf(retained);
        returnStep = returnStep == null ? "" : returnStep;
    }

    /** A fresh frame at a flow's first step. */
    static Frame start(Flow flow, Map<String, String> initialAnswers, String returnStep) {
        return start(flow, flow.firstStep(), initialAnswers, returnStep);
    }

    /** A fresh frame at a chosen step, when earlier steps were answered by the command itself. */
    static Frame start(Flow flow, String stepId, Map<String, String> initialAnswers, String returnStep) {
        if (flow.step(stepId) == null) {
            throw new IllegalArgumentException("flow " + flow.id() + " has no step " + stepId);
        }
        return new Frame(flow.id(), stepId, initialAnswers, List.of(), 0, Map.of(), returnStep);
    }

    Frame atStep(String nextStep) {
        return new Frame(flowId, nextStep, answers, history, 0, Map.of(), returnStep);
    }

    Frame answered(Map<String, String> values, String nextStep) {
        Map<String, String> merged = new HashMap<>(answers);
        merged.putAll(values);
        List<String> walked = new ArrayList<>(history);
        walked.add(stepId);
        return new Frame(flowId, nextStep, merged, walked, 0, Map.of(), returnStep);
    }

    Frame withAnswers(Map<String, String> values) {
        Map<String, String> merged = new HashMap<>(answers);
        merged.putAll(values);
        return new Frame(flowId, stepId, merged, history, attempts, retained, returnStep);
    }

    Frame withoutAnswers(Iterable<String> keys) {
        Map<String, String> kept = new HashMap<>(answers);
        keys.forEach(kept::remove);
        return new Frame(flowId, stepId, kept, history, attempts, retained, returnStep);
    }

    Frame refused(Map<String, String> rawInput) {
        return new Frame(flowId, stepId, answers, history, attempts + 1, rawInput, returnStep);
    }

    /** This frame keeping {@code typed} as what the user typed at this step, without counting an attempt. */
    Frame keeping(Map<String, String> typed) {
        return new Frame(flowId, stepId, answers, history, attempts, typed, returnStep);
    }

    Frame steppedBack() {
        String previous = history.get(history.size() - 1);
        return new Frame(flowId, previous, answers, history.subList(0, history.size() - 1), 0, Map.of(), returnStep);
    }

    /** The answers with any retained, refused input laid over them: what the prompt shows as defaults. */
    Map<String, String> defaults() {
        if (retained.isEmpty()) {
            return answers;
        }
        Map<String, String> merged = new HashMap<>(answers);
        merged.putAll(retained);
        return merged;
    }
}
