package coach.coffeechat.engine;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One question of a flow: how to ask it, how to check the answer, and where to go next.
 * The engine reads the raw answer against the prompt first (length, required fields, option ids), then
 * hands the cleaned values to the step's own {@link Check}.
 *
 * @param id the step's id, unique in its flow, and the key of a single-valued answer
 * @param prompt builds the prompt from what is known so far
 * @param check refines or refuses the cleaned answer
 * @param optional whether the user may skip it
 * @param helpText what {@code help} says at this step, worded when asked (in the current language)
 * @param next chooses the next step once the answer is kept
 * @param menu whether the step is a menu of actions rather than a question of fact: its answer is what the user
 *     just did, so coming back to it never offers that again as the default; the prompt's own default (the natural
 *     next step) is offered instead
 */
public record Step(String id, Function<StepContext, Prompt> prompt, Check check, boolean optional,
                   Supplier<String> helpText,
                   Function<StepContext, Next> next, boolean menu) {

    public Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(helpText, "helpText");
        Objects.requireNonNull(next, "next");
    }

    /** What {@code help} says at this step, in the current language; empty for the engine's general help. */
    public String help() {
        return helpText.get();
    }

    /** Starts describing a step. */
    public static Builder named(String id) {
        return new Builder(id);
    }

    /** A step's own rule for an answer that already passed the prompt's basic checks. */
    @FunctionalInterface
    public interface Check {
        /** Accepts every cleaned answer as it is. */
        Check ACCEPT = (values, context) -> new Validation.Valid(values);

        /**
         * Accepts, refines or refuses the values.
         *
         * @param values the cleaned values, by key
         * @param context what is known so far
         */
        Validation check(Map<String, String> values, StepContext context);
    }

    /** Fluent construction of a {@link Step}; every step needs a prompt and a next. */
    public static final class Builder {
        private final String id;
        private Function<StepContext, Prompt> prompt;
        private Check check = Check.ACCEPT;
        private boolean optional;
        private boolean menu;
        private Supplier<String> help = () -> "";
        private Function<StepContext, Next> next;

        private Builder(String id) {
            this.id = id;
        }

        /** The prompt, built from what is known so far. */
        public Builder prompt(Function<StepContext, Prompt> prompt) {
            this.prompt = prompt;
            return this;
        }

        /** The step's own rule for the answer. */
        public Builder check(Check check) {
            this.check = check;
            return this;
        }

        /** Lets the user skip this step. */
        public Builder optional() {
            this.optional = true;
            return this;
        }

        /** Makes the step a menu of actions (see {@link Step#menu()}). */
        public Builder menu() {
            this.menu = true;
            return this;
        }

        /** What help says here. */
        public Builder help(String help) {
            this.help = () -> help;
            return this;
        }

        /** What help says here, worded when asked: {@code help(() -> texts.get(key))} speaks the user's language. */
        public Builder help(Supplier<String> help) {
            this.help = help;
            return this;
        }

        /** Where to go once the answer is kept. */
        public Builder next(Function<StepContext, Next> next) {
            this.next = next;
            return this;
        }

        /** The step. */
        public Step build() {
            return new Step(id, prompt, check, optional, help, next, menu);
        }
    }
}
