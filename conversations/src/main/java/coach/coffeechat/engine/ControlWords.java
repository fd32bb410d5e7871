package coach.coffeechat.engine;

import coach.coffeechat.config.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words that steer a flow rather than answer it, {@code back}, {@code skip}, {@code cancel} and {@code help},
 * typed or clicked at any step and handled before the step sees the input.
 */
final class ControlWords {
    private final FlowCatalog flows;
    private final Replies replies;
    private final StepRunner steps;
    private final Texts texts;

    ControlWords(FlowCatalog flows, Replies replies, StepRunner steps, Texts texts) {
        this.flows = flows;
        this.replies = replies;
        this.steps = steps;
        this.texts = texts;
    }

    /**
     * The control an input carries: a clicked control, or an answer that is a control word in the user's language
     * or in English ({@code omitir}, {@code /zurück}, {@code skip}).
     */
    static Optional<ControlAction> of(TypedWords words, Input input) {
        if (input instanceof Input.Control control) {
            return Optional.of(control.action());
        }
        if (input instanceof Input.Answer answer) {
            return ControlAction.read(words, answer.text());
        }
        return Optional.empty();
    }

    /** Carries out a control word on the session (with no question pending). */
    Dialog.Turn apply(Session session, ControlAction action, Dialog.Scope scope) {
        if (!session.inFlow()) {
            String key = action == ControlAction.HELP ? "engine.help-outside" : "engine.nothing-open";
            return new Dialog.Turn(session, replies.notesOnly(session, List.of(texts.get(key))));
        }
        Frame top = session.top();
        Step step = flows.step(top);
        switch (action) {
            case CANCEL: {
                Session cancelled = session.next(List.of(), null, scope.now());
                return new Dialog.Turn(cancelled, replies.notesOnly(cancelled,
                        List.of(texts.get("engine.cancelled", "flow", flows.title(session.bottom())))));
            }
            case HELP: {
                String help = step.help().isEmpty() ? texts.get("engine.help-default") : step.help();
                return new Dialog.Turn(session, replies.prompt(session,
                        List.of(help, texts.get("engine.help-controls")), scope));
            }
            case SKIP: {
                if (!step.optional()) {
                    return new Dialog.Turn(session, replies.prompt(session,
                            List.of(texts.get("engine.cannot-skip")), scope));
                }
                Prompt prompt = step.prompt().apply(scope.context(top.answers()));
                Frame cleared = top.withoutAnswers(answerKeys(prompt, step.id()));
                return steps.advance(session, cleared, step, cleared.answers(), List.of(), scope);
            }
            case BACK:
            default:
                return back(session, scope);
        }
    }

    private Dialog.Turn back(Session session, Dialog.Scope scope) {
        Frame top = session.top();
        List<Frame> frames = new ArrayList<>(session.frames());
        if (!top.history().isEmpty()) {
            frames.set(frames.size() - 1, top.steppedBack());
        } else if (frames.size() > 1) {
            frames.remove(frames.size() - 1);
            Frame parent = frames.get(frames.size() - 1);
            frames.set(frames.size() - 1, parent.history().isEmpty() ? parent : parent.steppedBack());
        } else {
            return new Dialog.Turn(session, replies.prompt(session, List.of(texts.get("engine.back-at-start")),
                    scope));
        }
        Session back = session.next(frames, null, scope.now());
        return new Dialog.Turn(back, replies.prompt(back, List.of(), scope));
    }

    private static List<String> answerKeys(Prompt prompt, String stepId) {
        if (prompt instanceof Prompt.Form form) {
            return form.fields().stream().map(Prompt.Field::id).toList();
        }
        return List.of(stepId);
    }
}
