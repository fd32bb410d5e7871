package coach.coffeechat.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the bot asks at a step. The set is closed so that every transport can render every kind:
 * Discord turns choices into buttons or selects and text into modals; the console prints them.
 */
public sealed interface Prompt {

    /** The most options a choice may offer (a Discord select holds 25). */
    int MAX_OPTIONS = 25;
    /** The most fields a form may hold (a Discord modal holds 5). */
    int MAX_FIELDS = 5;
    /** The longest label a text input may carry (Discord's modal label limit). */
    int MAX_LABEL = 45;
    /** The longest value any text answer may have (Discord's text input limit). */
    int MAX_TEXT = 4000;

    /** The question or explanation shown to the user. */
    String text();

    /**
     * This prompt with earlier answers (or retained, rejected input) shown as defaults.
     *
     * @param stepId the step's id, the key of a single answer
     * @param values answers by key
     */
    Prompt withDefaults(String stepId, Map<String, String> values);

    /**
     * Pick one of several options.
     *
     * @param text the question
     * @param options what can be picked, 1 to {@value #MAX_OPTIONS}
     * @param selected the id of the option picked earlier (or suggested), or empty
     * @param suggestion whether {@code selected} is the natural next step a menu suggests rather than an answer
     *     given earlier (see {@link Step#menu()})
     */
    record Choice(String text, List<Option> options, String selected, boolean suggestion) implements Prompt {
        public Choice {
            Objects.requireNonNull(text, "text");
            options = List.copyOf(options);
            if (options.isEmpty() || options.size() > MAX_OPTIONS) {
                throw new IllegalArgumentException(
                        "a choice needs 1 to " + MAX_OPTIONS + " options, got " + options.size());
            }
            selected = selected == null ? "" : selected;
        }

        /** A choice with the option picked earlier, or nothing picked yet. */
        public Choice(String text, List<Option> options, String selected) {
            this(text, options, selected, false);
        }

        /** A choice with nothing picked yet. */
        public Choice(String text, List<Option> options) {
            this(text, options, "");
        }

        /** This choice with its selected option offered as a suggestion, the natural next step of a menu. */
        public Choice asSuggestion() {
            return new Choice(text, options, selected, !selected.isEmpty());
        }

        @Override
        public Choice withDefaults(String stepId, Map<String, String> values) {
            String picked = values.get(stepId);
            return picked == null ? this : new Choice(text, options, picked, false);
        }
    }

    /**
     * A free-text answer, short (one line) or long (a paragraph).
     *
     * @param text the question
     * @param label a short label for the input box, at most {@value #MAX_LABEL} characters
     * @param length one line or a paragraph
     * @param maxLength the longest accepted answer
     * @param placeholder an example shown in an empty box, or empty
     * @param defaultValue the value shown in the box, or empty
     */
    record Text(String text, String label, TextLength length, int maxLength, String placeholder, String defaultValue)
            implements Prompt {
        public Text {
            Objects.requireNonNull(text, "text");
            requireLabel(label);
            Objects.requireNonNull(length, "length");
            requireMaxLength(maxLength);
            placeholder = placeholder == null ? "" : placeholder;
            defaultValue = defaultValue == null ? "" : defaultValue;
        }

        @Override
        public Text withDefaults(String stepId, Map<String, String> values) {
            return new Text(text, label, length, maxLength, placeholder, values.getOrDefault(stepId, defaultValue));
        }
    }

    /**
     * Several text fields answered together.
     *
     * @param text the explanation above the form
     * @param title the form's title, at most {@value #MAX_LABEL} characters
     * @param fields 1 to {@value #MAX_FIELDS} fields
     */
    record Form(String text, String title, List<Field> fields) implements Prompt {
        public Form {
            Objects.requireNonNull(text, "text");
            requireLabel(title);
            fields = List.copyOf(fields);
            if (fields.isEmpty() || fields.size() > MAX_FIELDS) {
                throw new IllegalArgumentException(
                        "a form needs 1 to " + MAX_FIELDS + " fields, got " + fields.size());
            }
        }

        @Override
        public Form withDefaults(String stepId, Map<String, String> values) {
            List<Field> filled = new ArrayList<>(fields.size());
            for (Field field : fields) {
                filled.add(field.withDefault(values.getOrDefault(field.id(), field.defaultValue())));
            }
            return new Form(text, title, filled);
        }
    }

    /**
     * A yes-or-no question.
     *
     * @param text the question
     * @param yesLabel what answering yes does, for example "Remove"
     * @param noLabel what answering no does, for example "Keep"
     */
    record Confirm(String text, String yesLabel, String noLabel) implements Prompt {
        public Confirm {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(yesLabel, "yesLabel");
            Objects.requireNonNull(noLabel, "noLabel");
        }

        @Override
        public Confirm withDefaults(String stepId, Map<String, String> values) {
            return this;
        }
    }

    /**
     * Something to read; any answer goes on.
     *
     * @param text what to read
     * @param continueLabel the label of the button that goes on
     */
    record Info(String text, String continueLabel) implements Prompt {
        public Info {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(continueLabel, "continueLabel");
        }

        @Override
        public Info withDefaults(String stepId, Map<String, String> values) {
            return this;
        }
    }

    /**
     * One option of a choice.
     *
     * @param id the stable value stored as the answer
     * @param label what the user sees, at most 80 characters
     * @param description a short hint, or empty
     */
    record Option(String id, String label, String description) {
        public Option {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            description = description == null ? "" : description;
        }

        /** An option without a description. */
        public static Option of(String id, String label) {
            return new Option(id, label, "");
        }
    }

    /**
     * One field of a form.
     *
     * @param id the key the answer is stored under
     * @param label the label, at most {@value #MAX_LABEL} characters
     * @param length one line or a paragraph
     * @param required whether an empty answer is refused
     * @param maxLength the longest accepted answer
     * @param placeholder an example, or empty
     * @param defaultValue the value shown in the box, or empty
     */
    record Field(String id, String label, TextLength length, boolean required, int maxLength, String placeholder,
                 String defaultValue) {
        public Field {
            Objects.requireNonNull(id, "id");
            requireLabel(label);
            Objects.requireNonNull(length, "length");
            requireMaxLength(maxLength);
            placeholder = placeholder == null ? "" : placeholder;
            defaultValue = defaultValue == null ? "" : defaultValue;
        }

        Field withDefault(String value) {
            return new Field(id, label, length, required, maxLength, placeholder, value);
        }
    }

    /** How much text an input takes. */
    enum TextLength {
        /** One line. */
        SHORT,
        /** A paragraph. */
        LONG
    }

    private static void requireLabel(String label) {
        Objects.requireNonNull(label, "label");
        if (label.isBlank() || label.length() > MAX_LABEL) {
            throw new IllegalArgumentException(
                    "a label must be 1 to " + MAX_LABEL + " characters, was " + label.length() + ": '" + label + "'");
        }
    }

    private static void requireMaxLength(int maxLength) {
        if (maxLength < 1 || maxLength > MAX_TEXT) {
            throw new IllegalArgumentException("maxLength must be 1 to " + MAX_TEXT + ", was " + maxLength);
        }
    }
}
