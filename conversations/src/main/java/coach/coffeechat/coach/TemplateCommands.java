package coach.coffeechat.coach;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.TextCleaner;
import coach.coffeechat.engine.Validation;
import coach.coffeechat.followup.FollowUpDrafts;
import coach.coffeechat.request.RequestFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /coach template name: action:}: a coach shows a request template or follow-up draft as the server's members
 * get it, edits it (a text box holding the current text; the new text is checked with the rules the shipped
 * templates keep before it is saved, and shown back), or resets it to the shipped one. Only the server's members
 * get the server's text, and only for requests drafted in the server and the follow-ups after them.
 */
final class TemplateCommands {
    static final String FLOW = "coach-template";
    static final List<String> ACTIONS = List.of("edit", "show", "reset");
    private static final String SERVER = "server";
    private static final String SERVER_NAME = "server-name";
    private static final String NAME = "name";
    private static final String TEXT = "text";

    private final Texts texts;
    private final CoachAccess access;
    private final MaterialRepository material;
    private final RequestFeature requests;
    private final FollowUpDrafts drafts;

    TemplateCommands(Texts texts, CoachAccess access, MaterialRepository material, RequestFeature requests,
                     FollowUpDrafts drafts) {
        this.texts = texts;
        this.access = access;
        this.material = material;
        this.requests = requests;
        this.drafts = drafts;
    }

    /** Every name a coach may use: the request templates, then the follow-up drafts. */
    List<String> names() {
        List<String> names = new ArrayList<>(RequestFeature.templateNames());
        names.addAll(drafts.names());
        return names;
    }

    /** The command: edit (the default), show or reset. */
    CommandHandler.Result handle(Input.Command command, StepContext context) {
        CoachAccess.Result checked = access.check(context.connection(), command.place());
        if (checked instanceof CoachAccess.Refused refused) {
            return refused.reply();
        }
        ServerSetup setup = ((CoachAccess.Allowed) checked).setup();
        String name = command.option(NAME).strip().toLowerCase(Locale.ROOT);
        if (!names().contains(name)) {
            return CommandHandler.respond(texts.get("coach.template.name-unknown", "typed", command.option(NAME),
                    "names", String.join(", ", names())));
        }
        String action = command.option("action").strip().toLowerCase(Locale.ROOT);
        switch (action.isEmpty() ? "edit" : action) {
            case "show":
                return CommandHandler.respond(shown(context, setup, name));
            case "reset":
                boolean had = material.removeTemplate(context.connection(), setup.serverId(), name);
                return CommandHandler.respond(texts.get(had ? "coach.template.reset" : "coach.template.was-shipped",
                        "name", name, "server", setup.name()));
            case "edit":
                String current = material.template(context.connection(), setup.serverId(), name)
                        .orElseGet(() -> shipped(name));
                return new CommandHandler.Launch(FLOW, Map.of(SERVER, setup.serverId(), SERVER_NAME, setup.name(),
                        NAME, name, TEXT, current), List.of());
            default:
                return CommandHandler.respond(texts.get("coach.template.action-unknown", "typed", action));
        }
    }

    /** The text box, checked before the text is saved. */
    Flow flow() {
        Step text = Step.named(TEXT)
                .prompt(context -> new Prompt.Text(texts.get("coach.template.edit", "name", context.answer(NAME),
                        "server", context.answer(SERVER_NAME)), texts.get("coach.template.label"),
                        Prompt.TextLength.LONG, Prompt.MAX_TEXT, "", ""))
                .check((values, context) -> {
                    String typed = TextCleaner.paragraph(values.getOrDefault(TEXT, ""));
                    List<String> problems = problems(context.answer(NAME), typed);
                    if (!problems.isEmpty()) {
                        return Validation.invalid(String.join("\n\n", problems) + "\n\n"
                                + texts.get("coach.template.not-saved"));
                    }
                    return Validation.valid(TEXT, typed);
                })
                .help(() -> texts.get("coach.template.help"))
                .next(context -> Next.finish())
                .build();
        return Flow.of(FLOW, () -> texts.get("coach.template.title"), List.of(text), this::save);
    }

    private Completion save(StepContext context) {
        String server = context.answer(SERVER);
        String name = context.answer(NAME);
        if (material.template(context.connection(), server, name).isEmpty()
                && context.answer(TEXT).equals(TextCleaner.paragraph(shipped(name)))) {
            return Completion.of(texts.get("coach.template.unchanged", "name", name));
        }
        material.saveTemplate(context.connection(), server, name, context.answer(TEXT), context.now());
        return Completion.of(texts.get("coach.template.saved", "name", name, "server", context.answer(SERVER_NAME),
                "text", context.answer(TEXT)));
    }

    private List<String> problems(String name, String text) {
        return RequestFeature.templateNames().contains(name) ? requests.templateProblems(name, text)
                : drafts.problems(name, text);
    }

    private String shipped(String name) {
        return RequestFeature.templateNames().contains(name) ? requests.shippedTemplate(name) : drafts.shipped(name);
    }

    private String shown(StepContext context, ServerSetup setup, String name) {
        return material.template(context.connection(), setup.serverId(), name)
                .map(own -> texts.get("coach.template.show.own", "name", name, "server", setup.name(), "text", own))
                .orElseGet(() -> texts.get("coach.template.show.shipped", "name", name, "server", setup.name(),
                        "text", shipped(name)));
    }
}
