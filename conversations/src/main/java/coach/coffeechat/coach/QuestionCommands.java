package coach.coffeechat.coach;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.ServerMaterial;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.TextCleaner;
import coach.coffeechat.questions.QuestionFeature;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /coach questions}: a coach adds questions to the server's bank, lists and removes them. A question is
 * checked with the bank's and the question checks' rules before it is saved, and shown back; members who prepare
 * questions in the server see them first, as a topic of their own.
 */
final class QuestionCommands {
    /** The most questions a server adds: one topic's worth. */
    static final int MAX = 24;
    static final List<String> ACTIONS = List.of("list", "add", "remove");

    private final Texts texts;
    private final CoachAccess access;
    private final MaterialRepository material;
    private final QuestionFeature questions;

    QuestionCommands(Texts texts, CoachAccess access, MaterialRepository material, QuestionFeature questions) {
        this.texts = texts;
        this.access = access;
        this.material = material;
        this.questions = questions;
    }

    /** The command: list (the default), add or remove. */
    CommandHandler.Result handle(Input.Command command, StepContext context) {
        CoachAccess.Result checked = access.check(context.connection(), command.place());
        if (checked instanceof CoachAccess.Refused refused) {
            return refused.reply();
        }
        ServerSetup setup = ((CoachAccess.Allowed) checked).setup();
        String action = command.option("action").strip().toLowerCase(Locale.ROOT);
        return switch (action.isEmpty() ? "list" : action) {
            case "list" -> CommandHandler.respond(list(context, setup));
            case "add" -> add(command, context, setup);
            case "remove" -> remove(command, context, setup);
            default -> CommandHandler.respond(texts.get("coach.questions.action-unknown", "typed", action));
        };
    }

    private CommandHandler.Result add(Input.Command command, StepContext context, ServerSetup setup) {
        String text = TextCleaner.line(command.option("question"));
        if (text.isEmpty()) {
            return CommandHandler.respond(texts.get("coach.questions.question-needed"));
        }
        List<ServerMaterial.Question> held = material.questions(context.connection(), setup.serverId());
        if (held.size() >= MAX) {
            return CommandHandler.respond(texts.get("coach.questions.full", "max", MAX));
        }
        String typedTags = command.option("tags").isBlank() ? "insights" : command.option("tags");
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : typedTags.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
            if (tag.isEmpty()) {
                continue;
            }
            if (!QuestionFeature.tagIds().contains(tag)) {
                return CommandHandler.respond(texts.get("coach.questions.tag-unknown", "typed", tag,
                        "tags", String.join(", ", QuestionFeature.tagIds())), texts.get("coach.questions.not-added"));
            }
            tags.add(tag);
        }
        List<String> problems = questions.questionProblems(text,
                held.stream().map(ServerMaterial.Question::text).toList());
        if (!problems.isEmpty()) {
            List<String> notes = new ArrayList<>(problems);
            notes.add(texts.get("coach.questions.not-added"));
            return new CommandHandler.Respond(notes);
        }
        material.addQuestion(context.connection(), setup.serverId(), text, List.copyOf(tags), context.now());
        return CommandHandler.respond(texts.get("coach.questions.added", "server", setup.name(), "question", text,
                "tags", String.join(", ", tags)), list(context, setup));
    }

    private CommandHandler.Result remove(Input.Command command, StepContext context, ServerSetup setup) {
        List<ServerMaterial.Question> held = material.questions(context.connection(), setup.serverId());
        String typed = command.option("number").strip();
        if (!typed.matches("\\d{1,3}") || Integer.parseInt(typed) < 1 || Integer.parseInt(typed) > held.size()) {
            return CommandHandler.respond(held.isEmpty() ? texts.get("coach.questions.none", "server", setup.name())
                    : texts.get("coach.questions.number-unknown", "typed", typed, "count", held.size()));
        }
        ServerMaterial.Question gone = held.get(Integer.parseInt(typed) - 1);
        material.removeQuestion(context.connection(), setup.serverId(), gone.id());
        return CommandHandler.respond(texts.get("coach.questions.removed", "question", gone.text()),
                list(context, setup));
    }

    private String list(StepContext context, ServerSetup setup) {
        List<ServerMaterial.Question> held = material.questions(context.connection(), setup.serverId());
        if (held.isEmpty()) {
            return texts.get("coach.questions.none", "server", setup.name());
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            lines.add(texts.get("coach.questions.line", "number", i + 1, "question", held.get(i).text(),
                    "tags", String.join(", ", held.get(i).tagIds())));
        }
        return texts.get("coach.questions.list", "server", setup.name(), "count", held.size(),
                "lines", String.join("\n", lines));
    }
}
