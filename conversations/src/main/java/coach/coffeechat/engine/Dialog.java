package coach.coffeechat.engine;

import coach.coffeechat.config.Texts;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dialog state machine: given a session and one input, the next session and the reply. It decides; it does
 * not lock, cache or commit ({@link Conversations} does). Control words are handled before any step, a new
 * command in the middle of a flow asks "resume or set aside", and sub-flows hand their outputs to their parent.
 */
final class Dialog {
    private final Map<String, Flow> flows;
    private final CommandCatalog commands;
    private final Texts texts;
    private final int maxAttempts;
    private final AnswerReader reader;
    private final DraftRepository drafts;

    Dialog(Map<String, Flow> flows, CommandCatalog commands, Texts texts, int maxAttempts, DraftRepository drafts) {
        this.flows = Map.copyOf(flows);
        this.commands = commands;
        this.texts = texts;
        this.maxAttempts = maxAttempts;
        this.reader = new AnswerReader(texts);
        this.drafts = drafts;
    }

    /** The outcome of one input: the next session (the same object when nothing changed) and the reply. */
    record Turn(Session session, Reply reply) {
    }

    /** What one turn may use: who, when, the transaction, and the engine's account of open flows. */
    record Scope(UserId user, Instant now, Connection connection, IdleFlows openFlows) {
        StepContext context(Map<String, String> answers) {
            return new TurnContext(user, now, connection, answers, openFlows);
        }
    }

    private record TurnContext(UserId user, Instant now, Connection connection, Map<String, String> answers,
                               IdleFlows openFlows) implements StepContext {
        @Override
        public Optional<String> openFlowTitle() {
            return openFlows.openFlowTitle(connection, user);
        }
    }

    Turn handle(Session session, Input input, Scope scope) {
        if (input instanceof Input.Command command) {
            return onCommand(session, command, scope);
        }
        Optional<ControlAction> control = controlOf(input);
        if (session.pending() != null) {
            return onInterruptAnswer(session, input, control, scope);
        }
        if (control.isPresent()) {
            return onControl(session, control.get(), scope);
        }
        if (!session.inFlow()) {
            return new Turn(session, notesOnly(session, List.of(texts.get("engine.nothing-open"))));
        }
        return onAnswer(session, input, scope);
    }

    /** The current prompt again, after notes; for stale clicks and {@code /resume}. */
    Turn showCurrent(Session session, List<String> notes, Scope scope) {
        if (session.pending() != null) {
            return new Turn(session, interruptReply(session, session.pending(), notes));
        }
        if (!session.inFlow()) {
            List<String> all = new ArrayList<>(notes);
            all.add(texts.get("engine.nothing-open"));
            return new Turn(session, notesOnly(session, all));
        }
        return new Turn(session, promptReply(session, notes, scope));
    }

    private static Optional<ControlAction> controlOf(Input input) {
        if (input instanceof Input.Control control) {
            return Optional.of(control.action());
        }
        if (input instanceof Input.Answer answer) {
            return ControlAction.parse(answer.text());
        }
        return Optional.empty();
    }

    // ---- commands ----------------------------------------------------------------------------------------------

    private Turn onCommand(Session asked, Input.Command command, Scope scope) {
        String path = CommandCatalog.normalise(command.path());
        // An offer left open is no flow to come back to: any command but cancel closes it without a word.
        Session session = offerOpen(asked) && !path.equals("cancel")
                ? asked.next(List.of(), null, scope.now()) : asked;
        switch (path) {
            case "cancel":
                return onControl(session.pending() == null ? session : withoutPending(session, scope),
                        ControlAction.CANCEL, scope);
            case "resume":
                return onResume(session, scope);
            case "help":
                return onHelp(session, scope);
            default:
                break;
        }
        Optional<CommandHandler> handler = commands.handler(path);
        if (handler.isEmpty()) {
            return showOrNote(session, texts.get("engine.unknown-command", "command", path), scope);
        }
        CommandHandler.Result result = handler.get().handle(command, scope.context(Map.of()));
        if (result instanceof CommandHandler.Launch offer && session.inFlow() && flow(offer.flowId()).offer()) {
            // Inside another flow the answer comes without its offer, and that flow goes on.
            result = new CommandHandler.Respond(offer.notes());
        }
        if (result instanceof CommandHandler.Respond respond) {
            if (!session.inFlow()) {
                return new Turn(session, notesOnly(session, respond.notes()));
            }
            // The open flow's question comes back after the answer, so the user can go straight on.
            List<String> notes = new ArrayList<>(respond.notes());
            notes.add(texts.get("engine.back-to-flow", "flow", title(session.bottom())));
            return showCurrent(session, notes, scope);
        }
        CommandHandler.Launch launch = (CommandHandler.Launch) result;
        if (session.inFlow()) {
            Session asking = session.next(session.frames(), command, scope.now());
            return new Turn(asking, interruptReply(asking, command, List.of()));
        }
        return start(session, launch, List.of(), scope);
    }

    private Turn start(Session session, CommandHandler.Launch launch, List<String> earlierNotes, Scope scope) {
        Flow flow = flow(launch.flowId());
        String first = launch.startStep().isEmpty() ? flow.firstStep() : launch.startStep();
        Session started = session.next(List.of(Frame.start(flow, first, launch.initialAnswers(), "")), null,
                scope.now());
        List<String> notes = new ArrayList<>(earlierNotes);
        notes.addAll(launch.notes());
        return new Turn(started, promptReply(started, notes, scope));
    }

    private Turn onHelp(Session session, Scope scope) {
        StringBuilder list = new StringBuilder(texts.get("engine.help-intro"));
        for (CommandSpec spec : commands.specs()) {
            list.append("\n").append(texts.get("engine.help-line", "usage", spec.usage(),
                    "description", spec.description()));
        }
        List<String> notes = new ArrayList<>(List.of(list.toString()));
        if (!session.inFlow()) {
            return new Turn(session, notesOnly(session, notes));
        }
        notes.add(texts.get("engine.back-to-flow", "flow", title(session.bottom())));
        return showCurrent(session, notes, scope);
    }

    private Turn onResume(Session session, Scope scope) {
        if (session.inFlow()) {
            Session resumed = session.pending() == null ? session : withoutPending(session, scope);
            return new Turn(resumed, promptReply(resumed,
                    List.of(texts.get("engine.resumed", "flow", title(resumed.bottom()))), scope));
        }
        Optional<DraftRepository.Draft> draft = drafts.latest(scope.connection(), session.user());
        if (draft.isEmpty() || draft.get().frames().isEmpty() || !knows(draft.get().frames())) {
            draft.ifPresent(d -> drafts.delete(scope.connection(), d.id()));
            return new Turn(session, notesOnly(session, List.of(texts.get("engine.nothing-to-resume"))));
        }
        drafts.delete(scope.connection(), draft.get().id());
        Session resumed = session.next(draft.get().frames(), null, scope.now());
        return new Turn(resumed, promptReply(resumed,
                List.of(texts.get("engine.resumed", "flow", title(resumed.bottom()))), scope));
    }

    // ---- resume or set aside -----------------------------------------------------------------------------------

    private Turn onInterruptAnswer(Session session, Input input, Optional<ControlAction> control, Scope scope) {
        if (control.isPresent()) {
            if (control.get() == ControlAction.HELP) {
                return new Turn(session, interruptReply(session, session.pending(),
                        List.of(texts.get("engine.interrupt-help"))));
            }
            Session kept = withoutPending(session, scope);
            return new Turn(kept, promptReply(kept, List.of(texts.get("engine.resumed", "flow", title(kept.bottom()))),
                    scope));
        }
        AnswerReader.Read read = reader.read(interruptPrompt(session.pending(), session), "choice", false, input);
        if (read.validation() instanceof Validation.Invalid invalid) {
            return new Turn(session, interruptReply(session, session.pending(), List.of(invalid.reason())));
        }
        String choice = ((Validation.Valid) read.validation()).values().get("choice");
        if ("resume".equals(choice)) {
            Session kept = withoutPending(session, scope);
            return new Turn(kept, promptReply(kept, List.of(texts.get("engine.resumed", "flow", title(kept.bottom()))),
                    scope));
        }
        Input.Command command = session.pending();
        drafts.save(scope.connection(), session.user(), session.frames(), scope.now());
        String setAside = texts.get("engine.set-aside", "flow", title(session.bottom()));
        Session cleared = session.next(List.of(), null, scope.now());
        Turn next = onCommand(cleared, command, scope);
        List<String> notes = new ArrayList<>();
        notes.add(setAside);
        notes.addAll(next.reply().notes());
        Reply reply = next.reply();
        return new Turn(next.session(), new Reply(notes, reply.prompt(), reply.controls(), reply.version(),
                reply.flowTitle()));
    }

    private Prompt.Choice interruptPrompt(Input.Command command, Session session) {
        String flowTitle = title(session.bottom());
        return new Prompt.Choice(texts.get("engine.interrupt", "flow", flowTitle, "command", command.path()),
                List.of(Prompt.Option.of("resume", texts.get("engine.interrupt-resume", "flow", flowTitle)),
                        Prompt.Option.of("abandon", texts.get("engine.interrupt-abandon",
                                "command", command.path()))));
    }

    private Reply interruptReply(Session session, Input.Command command, List<String> notes) {
        return new Reply(notes, Optional.of(interruptPrompt(command, session)), List.of(), session.version(),
                title(session.bottom()));
    }

    private Session withoutPending(Session session, Scope scope) {
        return session.next(session.frames(), null, scope.now());
    }

    // ---- control words -----------------------------------------------------------------------------------------

    private Turn onControl(Session session, ControlAction action, Scope scope) {
        if (!session.inFlow()) {
            String key = action == ControlAction.HELP ? "engine.help-outside" : "engine.nothing-open";
            return new Turn(session, notesOnly(session, List.of(texts.get(key))));
        }
        Frame top = session.top();
        Step step = flow(top.flowId()).step(top.stepId());
        switch (action) {
            case CANCEL: {
                Session cancelled = session.next(List.of(), null, scope.now());
                return new Turn(cancelled, notesOnly(cancelled,
                        List.of(texts.get("engine.cancelled", "flow", title(session.bottom())))));
            }
            case HELP: {
                String help = step.help().isEmpty() ? texts.get("engine.help-default") : step.help();
                return new Turn(session, promptReply(session, List.of(help, texts.get("engine.help-controls")), scope));
            }
            case SKIP: {
                if (!step.optional()) {
                    return new Turn(session, promptReply(session, List.of(texts.get("engine.cannot-skip")), scope));
                }
                Prompt prompt = step.prompt().apply(scope.context(top.answers()));
                Frame cleared = top.withoutAnswers(answerKeys(prompt, step.id()));
                return advance(session, cleared, step, cleared.answers(), List.of(), scope);
            }
            case BACK:
            default:
                return onBack(session, scope);
        }
    }

    private Turn onBack(Session session, Scope scope) {
        Frame top = session.top();
        List<Frame> frames = new ArrayList<>(session.frames());
        if (!top.history().isEmpty()) {
            frames.set(frames.size() - 1, top.steppedBack());
        } else if (frames.size() > 1) {
            frames.remove(frames.size() - 1);
            Frame parent = frames.get(frames.size() - 1);
            frames.set(frames.size() - 1, parent.history().isEmpty() ? parent : parent.steppedBack());
        } else {
            return new Turn(session, promptReply(session, List.of(texts.get("engine.back-at-start")), scope));
        }
        Session back = session.next(frames, null, scope.now());
        return new Turn(back, promptReply(back, List.of(), scope));
    }

    // ---- answers -----------------------------------------------------------------------------------------------

    private Turn onAnswer(Session session, Input input, Scope scope) {
        Frame top = session.top();
        Step step = flow(top.flowId()).step(top.stepId());
        StepContext context = scope.context(top.answers());
        Prompt prompt = step.prompt().apply(context);
        if (prompt instanceof Prompt.Form form && !(input instanceof Input.Form)) {
            // A transport mix-up rather than a wrong answer: show the form again without counting an attempt.
            return new Turn(session, promptReply(session, List.of(texts.get("engine.form-needed",
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
            return new Turn(next, promptReply(next, notes, scope));
        }
        Map<String, String> values = ((Validation.Valid) validation).values();
        Frame answered = top.withAnswers(values);
        return advance(session, answered, step, answered.answers(), List.of(), scope);
    }

    /**
     * Moves on from a step whose answer (or skip) is already in {@code frame}: asks where to go and goes there.
     */
    private Turn advance(Session session, Frame frame, Step step, Map<String, String> answers, List<String> notes,
                         Scope scope) {
        Next next = step.next().apply(scope.context(answers));
        Frame walked = frame.answered(Map.of(), frame.stepId());
        List<Frame> frames = new ArrayList<>(session.frames());
        if (next instanceof Next.GoTo goTo) {
            requireStep(frame.flowId(), goTo.stepId());
            frames.set(frames.size() - 1, walked.atStep(goTo.stepId()));
            Session moved = session.next(frames, null, scope.now());
            List<String> all = new ArrayList<>(notes);
            all.addAll(goTo.notes());
            return new Turn(moved, promptReply(moved, all, scope));
        }
        if (next instanceof Next.StartSubFlow sub) {
            requireStep(frame.flowId(), sub.returnStep());
            frames.set(frames.size() - 1, walked);
            frames.add(Frame.start(flow(sub.flowId()), sub.initialAnswers(), sub.returnStep()));
            Session moved = session.next(frames, null, scope.now());
            return new Turn(moved, promptReply(moved, notes, scope));
        }
        return finish(session, frame, frames, notes, scope);
    }

    private Turn finish(Session session, Frame frame, List<Frame> frames, List<String> notes, Scope scope) {
        Completion completion = flow(frame.flowId()).finisher().finish(scope.context(frame.answers()));
        frames.remove(frames.size() - 1);
        List<String> all = new ArrayList<>(notes);
        all.addAll(completion.notes());
        if (frames.isEmpty()) {
            Session done = session.next(List.of(), null, scope.now());
            return new Turn(done, notesOnly(done, all));
        }
        Frame parent = frames.get(frames.size() - 1).withAnswers(completion.outputs()).atStep(frame.returnStep());
        frames.set(frames.size() - 1, parent);
        Session resumed = session.next(frames, null, scope.now());
        return new Turn(resumed, promptReply(resumed, all, scope));
    }

    // ---- replies -----------------------------------------------------------------------------------------------

    private Reply promptReply(Session session, List<String> notes, Scope scope) {
        Frame top = session.top();
        Step step = flow(top.flowId()).step(top.stepId());
        Prompt prompt = step.prompt().apply(scope.context(top.answers())).withDefaults(step.id(), top.defaults());
        List<ControlAction> controls = new ArrayList<>();
        if (!top.history().isEmpty() || session.frames().size() > 1) {
            controls.add(ControlAction.BACK);
        }
        if (step.optional()) {
            controls.add(ControlAction.SKIP);
        }
        controls.add(ControlAction.CANCEL);
        controls.add(ControlAction.HELP);
        return new Reply(notes, Optional.of(prompt), controls, session.version(), title(session.bottom()));
    }

    private Reply notesOnly(Session session, List<String> notes) {
        return new Reply(notes, Optional.empty(), List.of(), session.version(),
                session.inFlow() ? title(session.bottom()) : "");
    }

    private Turn showOrNote(Session session, String note, Scope scope) {
        if (session.inFlow() && session.pending() == null) {
            return new Turn(session, promptReply(session, List.of(note), scope));
        }
        return new Turn(session, notesOnly(session, List.of(note)));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private Session replaceTop(Session session, Frame top, Scope scope) {
        List<Frame> frames = new ArrayList<>(session.frames());
        frames.set(frames.size() - 1, top);
        return session.next(frames, null, scope.now());
    }

    private static List<String> answerKeys(Prompt prompt, String stepId) {
        if (prompt instanceof Prompt.Form form) {
            return form.fields().stream().map(Prompt.Field::id).toList();
        }
        return List.of(stepId);
    }

    private Flow flow(String id) {
        Flow flow = flows.get(id);
        if (flow == null) {
            throw new IllegalStateException("no flow registered with id " + id);
        }
        return flow;
    }

    private void requireStep(String flowId, String stepId) {
        if (flow(flowId).step(stepId) == null) {
            throw new IllegalStateException("flow " + flowId + " has no step " + stepId);
        }
    }

    /** Whether every frame names a flow and step this version of the bot still has. */
    /** Whether the session holds a flow the user may be reminded of: a flow in progress, not an offer. */
    boolean idles(Session session) {
        return session.inFlow() && !offerOpen(session);
    }

    private boolean offerOpen(Session session) {
        if (!session.inFlow()) {
            return false;
        }
        Flow flow = flows.get(session.bottom().flowId());
        return flow != null && flow.offer();
    }

    boolean knows(List<Frame> frames) {
        for (Frame frame : frames) {
            Flow flow = flows.get(frame.flowId());
            if (flow == null || flow.step(frame.stepId()) == null) {
                return false;
            }
        }
        return true;
    }

    private String title(Frame frame) {
        Flow flow = flows.get(frame.flowId());
        return flow == null ? frame.flowId() : flow.title();
    }
}
