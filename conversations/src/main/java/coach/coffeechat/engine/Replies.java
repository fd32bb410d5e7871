package coach.coffeechat.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two shapes a turn's reply takes: the current step's prompt with the controls it allows, or notes alone when
 * nothing is asked.
 */
final class Replies {
    private final FlowCatalog flows;

    Replies(FlowCatalog flows) {
        this.flows = flows;
    }

    /** Notes, then the top frame's prompt with its earlier answers as defaults and the controls that apply. */
    Reply prompt(Session session, List<String> notes, Dialog.Scope scope) {
        Frame top = session.top();
        Step step = flows.step(top);
        Map<String, String> defaults = top.defaults();
        if (step.menu() && defaults.containsKey(step.id())) {
            // The action picked last time is done: the prompt's own default, the natural next step, stands.
            defaults = new HashMap<>(defaults);
            defaults.remove(step.id());
        }
        Prompt prompt = step.prompt().apply(scope.context(top.answers())).withDefaults(step.id(), defaults);
        if (step.menu() && prompt instanceof Prompt.Choice menu) {
            prompt = menu.asSuggestion();
        }
        List<ControlAction> controls = new ArrayList<>();
        if (!top.history().isEmpty() || session.frames().size() > 1) {
            controls.add(ControlAction.BACK);
        }
        if (step.optional()) {
            controls.add(ControlAction.SKIP);
        }
        controls.add(ControlAction.CANCEL);
        controls.add(ControlAction.HELP);
        return new Reply(notes, Optional.of(prompt), controls, session.version(), flows.title(session.bottom()));
    }

    /** Notes and no prompt. */
    Reply notesOnly(Session session, List<String> notes) {
        return notesOnly(session, notes, List.of());
    }

    /** Notes with the files that go with them, and no prompt. */
    Reply notesOnly(Session session, List<String> notes, List<Attachment> attachments) {
        return new Reply(notes, Optional.empty(), List.of(), session.version(),
                session.inFlow() ? flows.title(session.bottom()) : "", attachments);
    }
}
