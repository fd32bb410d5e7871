package coach.coffeechat.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The flows an engine runs, by id, and what the dialog asks of them: a flow or step that must exist, a title to
 * show, and whether a stored session still fits this version of the bot. Immutable.
 */
final class FlowCatalog {
    private final Map<String, Flow> flows;

    FlowCatalog(Map<String, Flow> flows) {
        this.flows = Map.copyOf(flows);
    }

    /** The flow with this id; a missing one is a wiring bug. */
    Flow flow(String id) {
        Flow flow = flows.get(id);
        if (flow == null) {
            throw new IllegalStateException("no flow registered with id " + id);
        }
        return flow;
    }

    /** The step a frame is at. */
    Step step(Frame frame) {
        return flow(frame.flowId()).step(frame.stepId());
    }

    /** Fails when a flow's next-step rule names a step the flow does not have. */
    void requireStep(String flowId, String stepId) {
        if (flow(flowId).step(stepId) == null) {
            throw new IllegalStateException("flow " + flowId + " has no step " + stepId);
        }
    }

    /** The title of the frame's flow, or its id when this version no longer has it. */
    String title(Frame frame) {
        return titleOf(frame.flowId()).orElse(frame.flowId());
    }

    /** The title of a flow, if this version has it. */
    Optional<String> titleOf(String flowId) {
        return Optional.ofNullable(flowId).map(flows::get).map(Flow::title);
    }

    /** Whether the session's open flow is an offer (one question, gone with the next command). */
    boolean offerOpen(Session session) {
        if (!session.inFlow()) {
            return false;
        }
        Flow flow = flows.get(session.bottom().flowId());
        return flow != null && flow.offer();
    }

    /** Whether every frame names a flow and step this version of the bot still has. */
    boolean knows(List<Frame> frames) {
        for (Frame frame : frames) {
            Flow flow = flows.get(frame.flowId());
            if (flow == null || flow.step(frame.stepId()) == null) {
                return false;
            }
        }
        return true;
    }
}
