package coach.coffeechat.engine;

import coach.coffeechat.config.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A new command in the middle of a flow waits as the session's pending command while the user chooses: resume the
 * flow, or set it aside as a draft (brought back by {@code /resume}) and run the command.
 */
final class Interruption {
    private final FlowCatalog flows;
    private final Replies replies;
    private final Texts texts;
    private final AnswerReader reader;
    private final DraftRepository drafts;
    private final CommandCatalog commands;

    Interruption(FlowCatalog flows, Replies replies, Texts texts, AnswerReader reader, DraftRepository drafts,
                 CommandCatalog commands) {
        this.flows = flows;
        this.commands = commands;
        this.replies = replies;
        this.texts = texts;
        this.reader = reader;
        this.drafts = drafts;
    }

    /** Runs a command on a session with no flow open: how the dialog carries out the command once set aside. */
    @FunctionalInterface
    interface CommandRunner {
        Dialog.Turn run(Session session, Input.Command command, Dialog.Scope scope);
    }

    /** The user's answer to "resume or set aside"; a control word other than help resumes. */
    Dialog.Turn answer(Session session, Input input, Optional<ControlAction> control, Dialog.Scope scope,
                       CommandRunner commands) {
        if (control.isPresent()) {
            if (control.get() == ControlAction.HELP) {
                return new Dialog.Turn(session, reply(session, session.pending(),
                        List.of(texts.get("engine.interrupt-help"))));
            }
            return resume(session, scope);
        }
        AnswerReader.Read read = reader.read(prompt(session.pending(), session), "choice", false, input);
        if (read.validation() instanceof Validation.Invalid invalid) {
            return new Dialog.Turn(session, reply(session, session.pending(), List.of(invalid.reason())));
        }
        String choice = ((Validation.Valid) read.validation()).values().get("choice");
        if ("resume".equals(choice)) {
            return resume(session, scope);
        }
        Input.Command command = session.pending();
        drafts.save(scope.connection(), session.user(), session.frames(), scope.now());
        String setAside = texts.get("engine.set-aside", "flow", flows.title(session.bottom()));
        Session cleared = session.next(List.of(), null, scope.now());
        Dialog.Turn next = commands.run(cleared, command, scope);
        List<String> notes = new ArrayList<>();
        notes.add(setAside);
        notes.addAll(next.reply().notes());
        Reply reply = next.reply();
        return new Dialog.Turn(next.session(), reply.withNotes(notes));
    }

    /**
     * Sets the open flows aside as a draft without asking, then runs {@code next} on the cleared session, after a
     * note saying so: for a command that brought a file, which is too big to wait in the session for the answer.
     */
    Dialog.Turn setAsideNow(Session session, Dialog.Scope scope, Function<Session, Dialog.Turn> next) {
        drafts.save(scope.connection(), session.user(), session.frames(), scope.now());
        String setAside = texts.get("engine.set-aside", "flow", flows.title(session.bottom()));
        Dialog.Turn turn = next.apply(session.next(List.of(), null, scope.now()));
        List<String> notes = new ArrayList<>();
        notes.add(setAside);
        notes.addAll(turn.reply().notes());
        return new Dialog.Turn(turn.session(), turn.reply().withNotes(notes));
    }

    /** Notes, then the "resume or set aside" question about {@code command}. */
    Reply reply(Session session, Input.Command command, List<String> notes) {
        return new Reply(notes, Optional.of(prompt(command, session)), List.of(), session.version(),
                flows.title(session.bottom()));
    }

    /** The session with its pending command dropped: the flow goes on. */
    static Session withoutPending(Session session, Dialog.Scope scope) {
        return session.next(session.frames(), null, scope.now());
    }

    private Dialog.Turn resume(Session session, Dialog.Scope scope) {
        Session kept = withoutPending(session, scope);
        return new Dialog.Turn(kept, replies.prompt(kept,
                List.of(texts.get("engine.resumed", "flow", flows.title(kept.bottom()))), scope));
    }

    private Prompt.Choice prompt(Input.Command command, Session session) {
        String flowTitle = flows.title(session.bottom());
        String path = commands.find(command.path()).map(spec -> commands.names().path(spec)).orElse(command.path());
        return new Prompt.Choice(texts.get("engine.interrupt", "flow", flowTitle, "command", path),
                List.of(Prompt.Option.of("resume", texts.get("engine.interrupt-resume", "flow", flowTitle)),
                        Prompt.Option.of("abandon", texts.get("engine.interrupt-abandon", "command", path))));
    }
}
