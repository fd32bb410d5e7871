package coach.coffeechat.engine;

import coach.coffeechat.config.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the step a flow is at: reads the answer, applies the step's own check, and moves on to the next step, into
 * a sub-flow, or out of the flow through its finisher (handing a sub-flow's outputs to its parent). A refused
 * answer stays on the step and counts an attempt.
 */
final class StepRunner {
    private final FlowCatalog flows;
    private final Replies replies;
    private final Texts texts;
    private final AnswerReader reader;
    private final int maxAttempts;

    StepRunner(FlowCatalog flows, Replies replies, Texts texts, AnswerReader reader, int maxAttempts) {
        this.flows = flows;
        this.replies = replies;
        this.texts = texts;
        this.reader = reader;
        this.maxAttempts = maxAttempts;
    }

    /** An answer to the top frame's step. */
    Dialog.Turn answer(Session session, Input input, Dialog.Scope scope) {
        Frame top = session.top();
        Step step = flows.step(top);
        StepContext context = scope.context(top.answers());
        Prompt prompt = step.prompt().apply(context);
        if (prompt instanceof Prompt.Form form && !(input instanceof Input.Form)) {
            // A transport mix-up rather than a wrong answer: show the form again without counting an attempt.
            return new Dialog.Turn(session, replies.prompt(session, List.of(texts.get("engine.form-needed",
                    "title", form.title())), scope));
        }
        AnswerReader.Read read = reader.read(prompt, step.id(), step.optional(), input);
        Validation validation = read.validation();
        Map<String, String> retained = read.retained();
        if (validation instanceof Validation.Valid valid) {
            validation = step.check().check(valid.values(), context);
            // Refused by the step's own rule: keep what was typed, so the user corrects it rather than retypes it.
            retained = valid.values();
        }
        if (validation instanceof Validation.Invalid invalid) {
            Frame refused = top.refused(retained);
            Session next = replaceTop(session, refused, scope);
            List<String> notes = new ArrayList<>(List.of(invalid.reason()));
            if (refused.attempts() >= maxAttempts) {
                notes.add(texts.get(step.optional() ? "engine.attempts-skip" : "engine.attempts-cancel",
                        "attempts", refused.attempts()));
            }
            return new Dialog.Turn(next, replies.prompt(next, notes, scope));
        }
        Map<String, String> values = ((Validation.Valid) validation).values();
        Frame answered = top.withAnswers(values);
        return advance(session, answered, step, answered.answers(), List.of(), scope);
    }

    /**
     * Keeps what was typed so far into the form the top step asks, as its defaults: only the form's own fields, each
     * as much of it as a refused answer keeps. The session is unchanged when no form is asked or nothing is new.
     */
    Dialog.Turn keepTyped(Session session, Map<String, String> typed, Dialog.Scope scope) {
        Frame top = session.top();
        Step step = flows.step(top);
        if (!(step.prompt().apply(scope.context(top.answers())) instanceof Prompt.Form form)) {
            return new Dialog.Turn(session, replies.notesOnly(session, List.of()));
        }
        Map<String, String> kept = new HashMap<>(top.retained());
        for (Prompt.Field field : form.fields()) {
            String value = typed.get(field.id());
            if (value != null) {
                kept.put(field.id(), AnswerReader.keepable(value));
            }
        }
        if (kept.equals(top.retained())) {
            return new Dialog.Turn(session, replies.notesOnly(session, List.of()));
        }
        Session next = replaceTop(session, top.keeping(kept), scope);
        return new Dialog.Turn(next, replies.notesOnly(next, List.of()));
    }

    /**
     * Moves on from a step whose answer (or skip) is already in {@code frame}: asks where to go and goes there.
     */
    Dialog.Turn advance(Session session, Frame frame, Step step, Map<String, String> answers, List<String> notes,
                        Dialog.Scope scope) {
        Next next = step.next().apply(scope.context(answers));
        Frame walked = frame.answered(Map.of(), frame.stepId());
        List<Frame> frames = new ArrayList<>(session.frames());
        if (next instanceof Next.GoTo goTo) {
            flows.requireStep(frame.flowId(), goTo.stepId());
            frames.set(frames.size() - 1, walked.atStep(goTo.stepId()));
            Session moved = session.next(frames, null, scope.now());
            List<String> all = new ArrayList<>(notes);
            all.addAll(goTo.notes());
            return new Dialog.Turn(moved, replies.prompt(moved, all, scope));
        }
        if (next instanceof Next.StartSubFlow sub) {
            flows.requireStep(frame.flowId(), sub.returnStep());
            frames.set(frames.size() - 1, walked);
            frames.add(Frame.start(flows.flow(sub.flowId()), sub.initialAnswers(), sub.returnStep()));
            Session moved = session.next(frames, null, scope.now());
            return new Dialog.Turn(moved, replies.prompt(moved, notes, scope));
        }
        return finish(session, frame, frames, notes, scope);
    }

    private Dialog.Turn finish(Session session, Frame frame, List<Frame> frames, List<String> notes,
                               Dialog.Scope scope) {
        Completion completion = flows.flow(frame.flowId()).finisher().finish(scope.context(frame.answers()));
        frames.remove(frames.size() - 1);
        List<String> all = new ArrayList<>(notes);
        all.addAll(completion.notes());
        if (frames.isEmpty()) {
            Session done = session.next(List.of(), null, scope.now());
            return new Dialog.Turn(done, replies.notesOnly(done, all));
        }
        Frame parent = frames.get(frames.size() - 1).withAnswers(completion.outputs()).atStep(frame.returnStep());
        frames.set(frames.size() - 1, parent);
        Session resumed = session.next(frames, null, scope.now());
        return new Dialog.Turn(resumed, replies.prompt(resumed, all, scope));
    }

    private static Session replaceTop(Session session, Frame top, Dialog.Scope scope) {
        List<Frame> frames = new ArrayList<>(session.frames());
        frames.set(frames.size() - 1, top);
        return session.next(frames, null, scope.now());
    }
}
