package coach.coffeechat.bot.console;

import coach.coffeechat.Coach;
import coach.coffeechat.coach.ChallengePost;
import coach.coffeechat.coach.Digest;
import coach.coffeechat.coach.DigestSink;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Conversations;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Place;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.Session;
import coach.coffeechat.engine.TypedWords;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpPrompt;
import coach.coffeechat.followup.FollowUpScheduler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One local user talking to the coach in a terminal, with the same commands as on Discord. Slash commands are
 * read by {@link TypedCommandParser}, anything else answers the current prompt (control words such as
 * {@code back} included: the engine recognises them), a form is filled in one field at a time, and
 * {@code /quit}, {@code /exit} or the end of input leave. Replies are shown by {@link ReplyRenderer}; a session
 * made {@link #withFollowUps} also prints the follow-up prompts that fell due, between inputs.
 *
 * <p>Not thread-safe: one session reads one terminal.
 */
public final class ConsoleSession {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSession.class);

    /** The one user the console speaks for. */
    public static final UserId USER = new UserId("console");

    private static final Set<String> LEAVE = Set.of("/quit", "/exit");

    private final Coach coach;
    private final Conversations conversations;
    private final CommandCatalog commands;
    private final CoachConfig config;
    private final Terminal terminal;
    private final Texts texts;
    /** The control words of the user's language, read as each line is typed. */
    private final TypedWords words;
    private final TypedCommandParser parser;
    private final ReplyRenderer renderer;
    private final ConsoleFiles files;
    private final Optional<FollowUpScheduler> timer;
    private final Paragraphs paragraphs;
    private final ConsoleInput input;

    /**
     * A session on an assembled coach, without the follow-up timer.
     *
     * @param coach the product, assembled
     * @param config the settings, to tell the user where their data lives
     * @param terminal where to read and write
     */
    public ConsoleSession(Coach coach, CoachConfig config, Terminal terminal) {
        this(coach, config, terminal, false);
    }

    private ConsoleSession(Coach coach, CoachConfig config, Terminal terminal, boolean withFollowUps) {
        this.coach = coach;
        this.conversations = coach.conversations();
        this.commands = coach.commands();
        this.config = Objects.requireNonNull(config, "config");
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.texts = coach.texts();
        this.words = new TypedWords(texts);
        this.parser = new TypedCommandParser(commands.specs(), commands.names());
        this.renderer = new ReplyRenderer(texts);
        this.files = new ConsoleFiles(config.dataDir(), texts);
        this.paragraphs = new Paragraphs(terminal.out());
        this.timer = withFollowUps ? Optional.of(coach.timer(new ConsoleFollowUps(USER, this::print),
                new ConsoleDigests(config.dataDir(), this::print), this::print)) : Optional.empty();
        this.input = new ConsoleInput(terminal, paragraphs, texts, this::deliverDueFollowUps);
    }

    /**
     * A session that runs the follow-up timer's rounds itself, between inputs: before each line is read, the
     * prompts that fell due are printed, and only then recorded as delivered. One that falls due while the user
     * types, or as they leave, waits for the next line or the next session.
     *
     * @param coach the product, assembled
     * @param config the settings, to tell the user where their data lives
     * @param terminal where to read and write
     */
    public static ConsoleSession withFollowUps(Coach coach, CoachConfig config, Terminal terminal) {
        return new ConsoleSession(coach, config, terminal, true);
    }

    /** What to do after reading input. */
    private sealed interface Action {
    }

    /** Send this to the engine and show its reply. */
    private record Send(Input input) implements Action {
    }

    /** Tell the user something locally; the engine is not involved. */
    private record Say(String message) implements Action {
    }

    /** Nothing to do; read again. */
    private record Stay() implements Action {
    }

    /** Leave the session. */
    private record Leave() implements Action {
    }

    /**
     * Talks until the user leaves or the input ends; the user's state is in the database all along.
     *
     * @throws IOException when the terminal cannot be read
     */
    public void run() throws IOException {
        // The console has no Discord locale: it speaks the language chosen with /settings language:, else English,
        // read again after every input (the input may have changed it).
        LanguageScope[] language = {coach.speak(USER, Optional.empty())};
        try {
            talk(language);
        } finally {
            language[0].close();
        }
    }

    /** The session's loop; {@code language} holds the open scope, replaced after each input. */
    private void talk(LanguageScope[] language) throws IOException {
        paragraphs.print(texts.get("console.banner", "where", dataLocation()));
        Optional<Prompt> prompt = Optional.empty();
        String flowTitle = "";
        // The question left open last time: not shown until /resume, but it decides how the first answer is read.
        Optional<Prompt> leftOpen = Optional.empty();
        if (conversations.stored(USER).filter(Session::inFlow).isPresent()) {
            paragraphs.print(texts.get("console.open-flow"));
            Reply current = conversations.current(USER);
            leftOpen = current.prompt();
            flowTitle = current.flowTitle();
        }
        while (true) {
            Action action = prompt.isPresent() && prompt.get() instanceof Prompt.Form form
                    ? fillIn(form)
                    : interpret(text(input.answer(longAnswer(prompt.isPresent() ? prompt : leftOpen))), prompt);
            if (action instanceof Leave) {
                break;
            }
            if (action instanceof Say say) {
                paragraphs.print(say.message());
            } else if (action instanceof Send send) {
                Reply reply = conversations.handle(USER, send.input());
                language[0].close();
                language[0] = coach.speak(USER, Optional.empty());
                paragraphs.print(renderer.render(reply));
                files.save(reply.attachments()).forEach(paragraphs::print);
                prompt = reply.prompt();
                flowTitle = reply.flowTitle();
                leftOpen = Optional.empty();
            }
        }
        paragraphs.print(flowTitle.isEmpty() ? texts.get("console.goodbye")
                : texts.get("console.goodbye-open", "flow", flowTitle));
    }

    /**
     * Asks each field in turn and sends them as one form; a control word or a command interrupts. Each field is
     * handed to the engine as it is typed, which keeps it with the flow: after an interruption, {@code /quit}, a
     * stopped process or a flow set aside, the form comes back with it offered (Enter keeps it).
     */
    private Action fillIn(Prompt.Form form) throws IOException {
        Map<String, String> values = new HashMap<>();
        terminal.out().println();
        for (Prompt.Field field : form.fields()) {
            if (!values.isEmpty()) {
                conversations.keepTyped(USER, values);
            }
            terminal.out().println(renderer.fieldQuestion(field));
            ConsoleInput.Typed typed = input.answer(field.length() == Prompt.TextLength.LONG);
            if (typed == null || !typed.block() && typed.text().strip().startsWith("/")) {
                return interpret(text(typed), Optional.of(form));
            }
            Optional<ControlAction> control = typed.block() ? Optional.empty() : ControlAction.read(words, typed.text());
            if (control.isPresent()) {
                return new Send(new Input.Control(control.get()));
            }
            values.put(field.id(), typed.text().isBlank() ? field.defaultValue() : typed.text());
        }
        return new Send(new Input.Form(values));
    }

    private Action interpret(String line, Optional<Prompt> prompt) {
        if (line == null) {
            return new Leave();
        }
        String typed = line.strip();
        if (typed.isEmpty()) {
            return prompt.map(ConsoleSession::onEnter).orElse(new Stay());
        }
        if (!typed.startsWith("/")) {
            return new Send(new Input.Answer(line));
        }
        if (LEAVE.contains(typed.toLowerCase(Locale.ROOT))) {
            return new Leave();
        }
        if (ControlAction.parse(typed).isPresent() && commands.find(typed).isEmpty()) {
            return new Send(new Input.Answer(typed));
        }
        TypedCommand command = parser.parse(typed);
        if (command instanceof TypedCommand.Send send) {
            Input.Command sent = send.command();
            try {
                Optional<CommandSpec> spec = commands.find(sent.path());
                if (spec.isPresent()) {
                    sent = files.withFiles(sent, spec.get());
                }
            } catch (IOException e) {
                return new Say(texts.get("console.file-unreadable", "reason", e.getMessage()));
            }
            // A server is simulated by the name given with server:, and the console user manages it.
            return new Send(sent.in(Place.simulated(sent.option(Place.SERVER_OPTION), USER.value())));
        }
        return new Say(explain(command));
    }

    /** Enter on an empty line: keep the default where there is one, go on past information, else wait. */
    private static Action onEnter(Prompt prompt) {
        if (prompt instanceof Prompt.Text text) {
            return new Send(new Input.Answer(text.defaultValue()));
        }
        if (prompt instanceof Prompt.Choice choice && !choice.selected().isEmpty()) {
            return new Send(new Input.Pick(choice.selected()));
        }
        if (prompt instanceof Prompt.Info) {
            return new Send(new Input.Answer(""));
        }
        return new Stay();
    }

    private String explain(TypedCommand command) {
        if (command instanceof TypedCommand.UnknownOption unknown) {
            return texts.get("console.unknown-option", "command", commands.names().path(unknown.spec()),
                    "option", unknown.option(), "usage", commands.usage(unknown.spec()));
        }
        if (command instanceof TypedCommand.RepeatedOption repeated) {
            return texts.get("console.repeated-option",
                    "option", commands.names().optionName(repeated.spec(), repeated.option()),
                    "usage", commands.usage(repeated.spec()));
        }
        TypedCommand.StrayText stray = (TypedCommand.StrayText) command;
        return texts.get("console.stray-text", "text", stray.text(), "usage", commands.usage(stray.spec()));
    }

    /** Whether the question asks for a long text, which may be typed over several lines between fences. */
    private static boolean longAnswer(Optional<Prompt> prompt) {
        return prompt.isPresent() && prompt.get() instanceof Prompt.Text text
                && text.length() == Prompt.TextLength.LONG;
    }

    /** What was typed, or {@code null} at the end of input. */
    private static String text(ConsoleInput.Typed typed) {
        return typed == null ? null : typed.text();
    }

    /** One round of the timer, when it runs: what fell due is printed now. A failed round is tried at the next line. */
    private void deliverDueFollowUps() {
        try {
            timer.ifPresent(FollowUpScheduler::catchUp);
        } catch (RuntimeException e) {
            LOG.error("a follow-up round failed; trying again before the next line", e);
        }
    }

    /** Prints a follow-up prompt in a paragraph of its own; whether it reached the terminal. */
    private boolean print(FollowUpPrompt prompt) {
        paragraphs.print(texts.get("console.follow-up", "text", prompt.text()));
        return !terminal.out().checkError();
    }

    private boolean print(Digest digest, Path chart) {
        paragraphs.print(texts.get("console.digest", "channel", digest.channel(), "title", digest.title(),
                "text", digest.text(), "chart", chart.toString()));
        return !terminal.out().checkError();
    }

    /** Prints a challenge's post: a simulated server's channels are the console itself. */
    private DigestSink.Outcome print(ChallengePost post) {
        paragraphs.print(texts.get("console.challenge", "text", post.text()));
        return terminal.out().checkError() ? new DigestSink.Failed("the console could not be written to")
                : new DigestSink.Posted();
    }

    private String dataLocation() {
        return config.databaseUrl().isEmpty()
                ? config.dataDir().toAbsolutePath().normalize().toString()
                : texts.get("console.where-external");
    }
}
