package coach.coffeechat.engine;

import coach.coffeechat.config.Texts;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dialog state machine: given a session and one input, the next session and the reply. It decides; it does
 * not lock, cache or commit ({@link Conversations} does). Control words are handled before any step
 * ({@link ControlWords}), a new command in the middle of a flow asks "resume or set aside" ({@link Interruption}),
 * and answers go to the current step, whose flow hands a sub-flow's outputs to its parent ({@link StepRunner}).
 * This class routes each input and carries out commands.
 */
final class Dialog {
    private final FlowCatalog flows;
    private final CommandCatalog commands;
    private final Texts texts;
    private final DraftRepository drafts;
    private final Replies replies;
    private final StepRunner steps;
    private final ControlWords controls;
    private final Interruption interruption;
    private final ResumeChoice resumeChoice;
    private final TypedWords words;

    Dialog(Map<String, Flow> flows, CommandCatalog commands, Texts texts, int maxAttempts, DraftRepository drafts) {
        AnswerReader reader = new AnswerReader(texts);
        this.words = new TypedWords(texts);
        this.resumeChoice = new ResumeChoice(new FlowCatalog(flows), texts, reader, drafts);
        Map<String, Flow> all = new HashMap<>(flows);
        all.put(ResumeChoice.FLOW, resumeChoice.flow());
        this.flows = new FlowCatalog(all);
        this.commands = commands;
        this.texts = texts;
        this.drafts = drafts;
        this.replies = new Replies(this.flows);
        this.steps = new StepRunner(this.flows, replies, texts, reader, maxAttempts);
        this.controls = new ControlWords(this.flows, replies, steps, texts);
        this.interruption = new Interruption(this.flows, replies, texts, reader, drafts, commands);
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
        Optional<ControlAction> control = ControlWords.of(words, input);
        if (session.pending() != null) {
            return interruption.answer(session, input, control, scope, this::onCommand);
        }
        if (control.isPresent()) {
            return controls.apply(session, control.get(), scope);
        }
        if (!session.inFlow()) {
            return new Turn(session, replies.notesOnly(session, List.of(texts.get("engine.nothing-open"))));
        }
        if (ResumeChoice.open(session)) {
            return onResumePick(session, input, scope);
        }
        return steps.answer(session, input, scope);
    }

    /**
     * Keeps what was typed so far into the open form with the flow (see {@link Conversations#keepTyped}); the same
     * session when no form is open or a command waits for "resume or set aside".
     */
    Turn keepTyped(Session session, Map<String, String> typed, Scope scope) {
        if (!session.inFlow() || session.pending() != null) {
            return new Turn(session, replies.notesOnly(session, List.of()));
        }
        return steps.keepTyped(session, typed, scope);
    }

    /** The current prompt again, after notes; for stale clicks and {@code /resume}. */
    Turn showCurrent(Session session, List<String> notes, Scope scope) {
        if (session.pending() != null) {
            return new Turn(session, interruption.reply(session, session.pending(), notes));
        }
        if (!session.inFlow()) {
            List<String> all = new ArrayList<>(notes);
            all.add(texts.get("engine.nothing-open"));
            return new Turn(session, replies.notesOnly(session, all));
        }
        return new Turn(session, replies.prompt(session, notes, scope));
    }

    /** Whether the session holds a flow the user may be reminded of: a flow in progress, not an offer. */
    boolean idles(Session session) {
        return session.inFlow() && !flows.offerOpen(session);
    }

    /** Whether every frame names a flow and step this version of the bot still has. */
    boolean knows(List<Frame> frames) {
        return flows.knows(frames);
    }

    // ---- commands ----------------------------------------------------------------------------------------------

    private Turn onCommand(Session asked, Input.Command command, Scope scope) {
        String path = CommandCatalog.normalise(command.path());
        // An offer left open is no flow to come back to: any command but cancel closes it without a word.
        Session session = flows.offerOpen(asked) && !path.equals("cancel")
                ? asked.next(List.of(), null, scope.now()) : asked;
        switch (path) {
            case "cancel":
                return controls.apply(session.pending() == null ? session : Interruption.withoutPending(session, scope),
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
        if (result instanceof CommandHandler.Launch offer && session.inFlow() && flows.flow(offer.flowId()).offer()) {
            // Inside another flow the answer comes without its offer, and that flow goes on: so an answer that makes
            // an offer never promises it in its notes (the offer's own prompt asks).
            result = new CommandHandler.Respond(offer.notes());
        }
        if (result instanceof CommandHandler.Respond respond) {
            if (!session.inFlow()) {
                return new Turn(session, replies.notesOnly(session, respond.notes(), respond.attachments()));
            }
            // The open flow's question comes back after the answer, so the user can go straight on.
            List<String> notes = new ArrayList<>(respond.notes());
            notes.add(texts.get("engine.back-to-flow", "flow", flows.title(session.bottom())));
            Turn shown = showCurrent(session, notes, scope);
            return new Turn(shown.session(), shown.reply().withAttachments(respond.attachments()));
        }
        CommandHandler.Launch launch = (CommandHandler.Launch) result;
        if (session.inFlow() && carriesFile(command)) {
            // A file (up to megabytes) cannot wait in the session for "resume or set aside": set aside at once.
            return interruption.setAsideNow(session, scope, cleared -> start(cleared, launch, List.of(), scope));
        }
        if (session.inFlow()) {
            Session asking = session.next(session.frames(), command, scope.now());
            return new Turn(asking, interruption.reply(asking, command, List.of()));
        }
        return start(session, launch, List.of(), scope);
    }

    private boolean carriesFile(Input.Command command) {
        return commands.find(command.path()).map(spec -> spec.options().stream().anyMatch(option ->
                option.kind() == CommandSpec.OptionKind.FILE && !command.option(option.name()).isEmpty()))
                .orElse(false);
    }

    private Turn start(Session session, CommandHandler.Launch launch, List<String> earlierNotes, Scope scope) {
        Flow flow = flows.flow(launch.flowId());
        String first = launch.startStep().isEmpty() ? flow.firstStep() : launch.startStep();
        Session started = session.next(List.of(Frame.start(flow, first, launch.initialAnswers(), "")), null,
                scope.now());
        List<String> notes = new ArrayList<>(earlierNotes);
        notes.addAll(launch.notes());
        if (launch.answer().isEmpty()) {
            return new Turn(started, replies.prompt(started, notes, scope));
        }
        Turn answered = steps.answer(started, new Input.Answer(launch.answer().get()), scope);
        Reply reply = answered.reply();
        notes.addAll(reply.notes());
        return new Turn(answered.session(), reply.withNotes(notes));
    }

    private Turn onHelp(Session session, Scope scope) {
        StringBuilder list = new StringBuilder(texts.get("engine.help-intro"));
        for (CommandSpec spec : commands.specs()) {
            list.append("\n").append(texts.get("engine.help-line", "usage", commands.usage(spec),
                    "description", commands.description(spec)));
        }
        List<String> notes = new ArrayList<>(List.of(list.toString()));
        if (!session.inFlow()) {
            return new Turn(session, replies.notesOnly(session, notes));
        }
        notes.add(texts.get("engine.back-to-flow", "flow", flows.title(session.bottom())));
        return showCurrent(session, notes, scope);
    }

    /**
     * {@code /resume}: the open flow's question again; else the one flow set aside, carried on; else, with several,
     * the list of them to pick from ({@link ResumeChoice}).
     */
    private Turn onResume(Session session, Scope scope) {
        if (session.inFlow()) {
            Session resumed = session.pending() == null ? session : Interruption.withoutPending(session, scope);
            return new Turn(resumed, replies.prompt(resumed,
                    List.of(texts.get("engine.resumed", "flow", flows.title(resumed.bottom()))), scope));
        }
        List<DraftRepository.Draft> setAside = resumeChoice.resumable(scope.connection(), session.user());
        if (setAside.isEmpty()) {
            return new Turn(session, replies.notesOnly(session, List.of(texts.get("engine.nothing-to-resume"))));
        }
        if (setAside.size() == 1) {
            return carryOn(session, setAside.get(0), scope);
        }
        Session listing = session.next(List.of(Frame.start(flows.flow(ResumeChoice.FLOW), Map.of(), "")), null,
                scope.now());
        return new Turn(listing, replies.prompt(listing, List.of(), scope));
    }

    private Turn onResumePick(Session session, Input input, Scope scope) {
        ResumeChoice.Picked picked = resumeChoice.pick(input, scope.context(session.top().answers()));
        if (picked instanceof ResumeChoice.Refused refused) {
            return new Turn(session, replies.prompt(session, List.of(refused.reason()), scope));
        }
        if (picked instanceof ResumeChoice.Draft draft) {
            return carryOn(session, draft.draft(), scope);
        }
        Session closed = session.next(List.of(), null, scope.now());
        return new Turn(closed, replies.notesOnly(closed, List.of(texts.get("engine.nothing-to-resume"))));
    }

    /** A flow set aside, taken out of the drafts and carried on where it was left. */
    private Turn carryOn(Session session, DraftRepository.Draft draft, Scope scope) {
        drafts.delete(scope.connection(), draft.id());
        Session resumed = session.next(draft.frames(), null, scope.now());
        return new Turn(resumed, replies.prompt(resumed,
                List.of(texts.get("engine.resumed", "flow", flows.title(resumed.bottom()))), scope));
    }

    private Turn showOrNote(Session session, String note, Scope scope) {
        if (session.inFlow() && session.pending() == null) {
            return new Turn(session, replies.prompt(session, List.of(note), scope));
        }
        return new Turn(session, replies.notesOnly(session, List.of(note)));
    }
}
