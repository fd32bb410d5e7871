package coach.coffeechat.engine;

import coach.coffeechat.config.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads raw input against the prompt it answers: picks the option, cleans and measures text, checks required
 * fields. What it refuses it keeps (up to {@link Prompt#MAX_TEXT} characters) so the user can correct it.
 */
final class AnswerReader {
    private final Texts texts;
    private final TypedWords words;

    AnswerReader(Texts texts) {
        this.texts = texts;
        this.words = new TypedWords(texts);
    }

    /** The outcome of reading: a validation, plus the raw text to keep when it was refused. */
    record Read(Validation validation, Map<String, String> retained) {
    }

    Read read(Prompt prompt, String stepId, boolean optional, Input input) {
        if (prompt instanceof Prompt.Form form) {
            return readForm(form, input);
        }
        if (input instanceof Input.Pick pick) {
            return readPick(prompt, stepId, pick);
        }
        String raw = singleValue(input, stepId);
        if (raw == null) {
            return refused(texts.get("engine.answer-needed"), Map.of());
        }
        if (prompt instanceof Prompt.Choice choice) {
            return readChoice(choice, stepId, raw);
        }
        if (prompt instanceof Prompt.Confirm confirm) {
            return readConfirm(confirm, stepId, raw);
        }
        if (prompt instanceof Prompt.Text text) {
            return readText(text, stepId, optional, raw);
        }
        return new Read(new Validation.Valid(Map.of()), Map.of());
    }

    private static String singleValue(Input input, String stepId) {
        if (input instanceof Input.Answer answer) {
            return answer.text();
        }
        if (input instanceof Input.Form form) {
            String value = form.fields().get(stepId);
            if (value == null && form.fields().size() == 1) {
                value = form.fields().values().iterator().next();
            }
            return value;
        }
        return null;
    }

    /**
     * A typed answer to a choice, read as the user sees the list: a number is the option shown at that number, before
     * anything else (an option's id may be a number too, a database id, which the user never sees); then a label,
     * then an id.
     */
    private Read readChoice(Prompt.Choice choice, String stepId, String raw) {
        String typed = TextCleaner.line(raw);
        List<Prompt.Option> options = choice.options();
        if (typed.matches("\\d{1,3}")) {
            int number = Integer.parseInt(typed);
            if (number >= 1 && number <= options.size()) {
                return accepted(stepId, options.get(number - 1).id());
            }
        }
        for (Prompt.Option option : options) {
            if (option.label().equalsIgnoreCase(typed)) {
                return accepted(stepId, option.id());
            }
        }
        for (Prompt.Option option : options) {
            if (option.id().equalsIgnoreCase(typed)) {
                return accepted(stepId, option.id());
            }
        }
        return refused(choiceInvalid(options), Map.of());
    }

    /**
     * A clicked option: found by its id alone on a choice; on a yes-or-no question read as a typed answer; on
     * something to read, it goes on. A text question has no option to click.
     */
    private Read readPick(Prompt prompt, String stepId, Input.Pick pick) {
        if (prompt instanceof Prompt.Choice choice) {
            for (Prompt.Option option : choice.options()) {
                if (option.id().equals(pick.optionId())) {
                    return accepted(stepId, option.id());
                }
            }
            return refused(choiceInvalid(choice.options()), Map.of());
        }
        if (prompt instanceof Prompt.Confirm confirm) {
            return readConfirm(confirm, stepId, pick.optionId());
        }
        if (prompt instanceof Prompt.Info) {
            return new Read(new Validation.Valid(Map.of()), Map.of());
        }
        return refused(texts.get("engine.answer-needed"), Map.of());
    }

    private String choiceInvalid(List<Prompt.Option> options) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            labels.add((i + 1) + ". " + options.get(i).label());
        }
        return texts.get("engine.choice-invalid", "options", String.join(", ", labels));
    }

    private Read readConfirm(Prompt.Confirm confirm, String stepId, String raw) {
        String typed = TextCleaner.line(raw);
        if (words.is("words.yes", typed) || typed.equalsIgnoreCase(confirm.yesLabel())) {
            return accepted(stepId, "yes");
        }
        if (words.is("words.no", typed) || typed.equalsIgnoreCase(confirm.noLabel())) {
            return accepted(stepId, "no");
        }
        return refused(texts.get("engine.confirm-invalid", "yes", confirm.yesLabel(), "no", confirm.noLabel()),
                Map.of());
    }

    private Read readText(Prompt.Text text, String stepId, boolean optional, String raw) {
        String problem = problem(text.label(), text.length(), !optional, text.maxLength(), raw);
        if (problem != null) {
            return refused(problem, Map.of(stepId, keepable(raw)));
        }
        return accepted(stepId, clean(text.length(), raw));
    }

    private Read readForm(Prompt.Form form, Input input) {
        if (!(input instanceof Input.Form submitted)) {
            return refused(texts.get("engine.form-needed", "title", form.title()), Map.of());
        }
        Map<String, String> values = new HashMap<>();
        Map<String, String> retained = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Prompt.Field field : form.fields()) {
            String raw = submitted.fields().getOrDefault(field.id(), "");
            String problem = problem(field.label(), field.length(), field.required(), field.maxLength(), raw);
            retained.put(field.id(), keepable(raw));
            if (problem != null) {
                problems.add(problem);
            } else {
                values.put(field.id(), clean(field.length(), raw));
            }
        }
        if (!problems.isEmpty()) {
            return refused(String.join(" ", problems), retained);
        }
        return new Read(new Validation.Valid(values), Map.of());
    }

    private String problem(String label, Prompt.TextLength length, boolean required, int maxLength, String raw) {
        String value = clean(length, raw);
        if (value.isEmpty() && required) {
            return texts.get("engine.required", "label", label);
        }
        int characters = value.codePointCount(0, value.length());
        if (characters > maxLength) {
            return texts.get("engine.too-long", "label", label, "max", maxLength, "length", characters);
        }
        return null;
    }

    private static String clean(Prompt.TextLength length, String raw) {
        return length == Prompt.TextLength.LONG ? TextCleaner.paragraph(raw) : TextCleaner.line(raw);
    }

    /** Raw text as it is kept for the user to correct: cleaned, and at most {@link Prompt#MAX_TEXT} characters. */
    static String keepable(String raw) {
        String cleaned = TextCleaner.paragraph(raw);
        if (cleaned.length() <= Prompt.MAX_TEXT) {
            return cleaned;
        }
        int end = Prompt.MAX_TEXT;
        if (Character.isHighSurrogate(cleaned.charAt(end - 1))) {
            end--;
        }
        return cleaned.substring(0, end);
    }

    private static Read accepted(String key, String value) {
        return new Read(Validation.valid(key, value), Map.of());
    }

    private static Read refused(String reason, Map<String, String> retained) {
        return new Read(Validation.invalid(reason), retained);
    }
}
