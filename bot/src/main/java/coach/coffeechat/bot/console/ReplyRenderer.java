package coach.coffeechat.bot.console;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the engine's {@link Reply} into console text: each note as its own paragraph, then the prompt, then a hint
 * naming the control words that apply, such as {@code (back · skip · cancel · help)}. A form's fields are asked one
 * at a time by the console session, each introduced by {@link #fieldQuestion(Prompt.Field)}. Lines are separated
 * by {@code \n}. Immutable and thread-safe.
 */
public final class ReplyRenderer {
    private final Texts texts;

    /**
     * A renderer using these sentences for its hints.
     *
     * @param texts the console's sentences
     */
    public ReplyRenderer(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /**
     * The reply as text, paragraphs separated by a blank line; empty when the reply says nothing.
     *
     * @param reply what the engine answered
     */
    public String render(Reply reply) {
        List<String> paragraphs = new ArrayList<>();
        for (String note : reply.notes()) {
            if (!note.isBlank()) {
                paragraphs.add(note.strip());
            }
        }
        reply.prompt().ifPresent(prompt -> {
            List<String> lines = new ArrayList<>(prompt(prompt));
            if (!reply.controls().isEmpty()) {
                lines.add(controls(reply.controls()));
            }
            paragraphs.add(String.join("\n", lines));
        });
        return String.join("\n\n", paragraphs);
    }

    /**
     * The line that asks for one field of a form: its label, whether it is required, and its default (which Enter
     * keeps) or else its example.
     *
     * @param field the field
     */
    public String fieldQuestion(Prompt.Field field) {
        String need = texts.get(field.required() ? "console.required" : "console.optional");
        return valueHint(field.defaultValue(), field.placeholder())
                .map(hint -> texts.get("console.field-hinted", "label", field.label(), "need", need, "hint", hint))
                .orElseGet(() -> texts.get("console.field", "label", field.label(), "need", need));
    }

    /**
     * The hint naming the control words in the user's language (its first word for each; English is read too), for
     * example {@code (back · cancel · help)} or {@code (atrás · cancelar · ayuda)}.
     */
    String controls(List<ControlAction> controls) {
        return controls.stream().map(action -> texts.words("words." + action.word()).get(0))
                .collect(Collectors.joining(" \u00b7 ", "(", ")"));
    }

    private List<String> prompt(Prompt prompt) {
        List<String> lines = new ArrayList<>();
        if (!prompt.text().isBlank()) {
            lines.add(prompt.text().strip());
        }
        if (prompt instanceof Prompt.Choice choice) {
            lines.addAll(options(choice));
            selectedLabel(choice).ifPresent(label -> lines.add(inParentheses(
                    texts.get(choice.suggestion() ? "console.enter-for" : "console.keep", "value", label))));
        } else if (prompt instanceof Prompt.Text text) {
            valueHint(text.defaultValue(), text.placeholder()).ifPresent(hint -> lines.add(inParentheses(hint)));
            if (text.length() == Prompt.TextLength.LONG) {
                lines.add(texts.get("console.multiline", "fence", ConsoleInput.FENCE));
            }
        } else if (prompt instanceof Prompt.Confirm confirm) {
            lines.add(texts.get("console.confirm", "yes", confirm.yesLabel(), "no", confirm.noLabel()));
        } else if (prompt instanceof Prompt.Info) {
            lines.add(texts.get("console.continue"));
        }
        // A form's text stands alone here; its fields are asked one by one.
        return lines;
    }

    private List<String> options(Prompt.Choice choice) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < choice.options().size(); i++) {
            Prompt.Option option = choice.options().get(i);
            StringBuilder line = new StringBuilder("  ").append(i + 1).append(". ").append(option.label());
            if (!option.description().isBlank()) {
                line.append(" \u2014 ").append(option.description().strip());
            }
            if (option.id().equals(choice.selected())) {
                line.append(' ').append(texts.get(choice.suggestion() ? "console.suggested" : "console.current"));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static Optional<String> selectedLabel(Prompt.Choice choice) {
        return choice.options().stream()
                .filter(option -> option.id().equals(choice.selected()))
                .map(Prompt.Option::label)
                .findFirst();
    }

    /** "press Enter to keep: …" for a default, else "for example: …" for a placeholder, else nothing. */
    private Optional<String> valueHint(String defaultValue, String placeholder) {
        if (!defaultValue.isEmpty()) {
            return Optional.of(texts.get("console.keep", "value", defaultValue));
        }
        if (!placeholder.isBlank()) {
            return Optional.of(texts.get("console.example", "example", placeholder.strip()));
        }
        return Optional.empty();
    }

    private static String inParentheses(String hint) {
        return "(" + hint + ")";
    }
}
