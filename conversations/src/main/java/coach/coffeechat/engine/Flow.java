package coach.coffeechat.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A small graph of steps declared in code, with what to do when it is complete.
 *
 * @param id the stable id stored in sessions; never rename a shipped flow
 * @param titleText what the flow does, in a few words ("adding a contact"), worded when asked, so in the language of
 *     the current {@link coach.coffeechat.config.LanguageScope}
 * @param firstStep the id of the step asked first
 * @param steps the steps by id
 * @param finisher runs once, in the same transaction as the session's last write
 * @param offer whether the flow is only an offer made alongside an answer (save this name as a contact?): a new
 *     command closes it quietly instead of asking whether to set it aside, it is never reminded of when left
 *     open, and a command run while another flow is open shows its notes without making the offer
 */
public record Flow(String id, Supplier<String> titleText, String firstStep, Map<String, Step> steps, Finisher finisher,
                   boolean offer) {

    public Flow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleText, "titleText");
        steps = Map.copyOf(steps);
        if (!steps.containsKey(firstStep)) {
            throw new IllegalArgumentException("flow " + id + " has no first step '" + firstStep + "'");
        }
        Objects.requireNonNull(finisher, "finisher");
    }

    /**
     * A flow from its steps, the first one listed being asked first.
     */
    public static Flow of(String id, String title, List<Step> steps, Finisher finisher) {
        return of(id, () -> title, steps, finisher);
    }

    /** A flow from its steps, with a title worded in the language current when it is shown. */
    public static Flow of(String id, Supplier<String> title, List<Step> steps, Finisher finisher) {
        return new Flow(id, title, steps.get(0).id(), byId(id, steps), finisher, false);
    }

    /** An offer (see {@link Flow}): one question made alongside an answer, which the user may simply ignore. */
    public static Flow offer(String id, Supplier<String> title, Step step, Finisher finisher) {
        return new Flow(id, title, step.id(), byId(id, List.of(step)), finisher, true);
    }

    /** What the flow does, in the current language. */
    public String title() {
        return titleText.get();
    }

    private static Map<String, Step> byId(String id, List<Step> steps) {
        Map<String, Step> byId = new LinkedHashMap<>();
        for (Step step : steps) {
            if (byId.put(step.id(), step) != null) {
                throw new IllegalArgumentException("flow " + id + " declares step '" + step.id() + "' twice");
            }
        }
        return byId;
    }

    /** The step with this id, or {@code null} when the flow has none (an old session after an upgrade). */
    public Step step(String stepId) {
        return steps.get(stepId);
    }

    /** Completes a flow: saves what it collected and says so. */
    @FunctionalInterface
    public interface Finisher {
        /**
         * Runs the flow's effect.
         *
         * @param context the answers and the transaction to write in
         */
        Completion finish(StepContext context);
    }
}
