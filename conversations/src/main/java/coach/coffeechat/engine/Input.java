package coach.coffeechat.engine;

import java.util.Map;
import java.util.Objects;

/**
 * What a user sent: a command, an answer to the current prompt, a filled form, or a control word.
 * Transports translate their own events into these values; the engine never sees Discord types.
 */
public sealed interface Input {

    /**
     * A slash command such as {@code /contact add}, with its named options.
     *
     * @param path the command words without the slash, space separated, for example {@code "contact show"}
     * @param options option name to the value the user gave
     * @param place the server it was typed in, if any ({@link Place#NONE} when none; also for a stored command
     *     from before places existed)
     */
    record Command(String path, Map<String, String> options, Place place) implements Input {
        public Command {
            Objects.requireNonNull(path, "path");
            options = Map.copyOf(options);
            place = place == null ? Place.NONE : place;
        }

        /** A command typed outside any server. */
        public Command(String path, Map<String, String> options) {
            this(path, options, Place.NONE);
        }

        /** This command as typed in {@code place}. */
        public Command in(Place place) {
            return new Command(path, options, place);
        }

        /** A command with no options. */
        public static Command of(String path) {
            return new Command(path, Map.of());
        }

        /** The trimmed value of an option, or an empty string when it was not given. */
        public String option(String name) {
            String value = options.get(name);
            return value == null ? "" : value.strip();
        }
    }

    /**
     * A single answer as typed: text, or for a choice what the user sees of an option, its number in the list as
     * shown or its label (its id is read too, after those).
     *
     * @param text the raw text
     */
    record Answer(String text) implements Input {
        public Answer {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * An option picked by its id, as a click on a button or a select sends it: never read as a position in the
     * list, so an option whose id is a number is found wherever it is shown.
     *
     * @param optionId the id of the option picked
     */
    record Pick(String optionId) implements Input {
        public Pick {
            Objects.requireNonNull(optionId, "optionId");
        }
    }

    /**
     * The fields of a form prompt, keyed by field id.
     *
     * @param fields field id to raw value
     */
    record Form(Map<String, String> fields) implements Input {
        public Form {
            fields = Map.copyOf(fields);
        }
    }

    /**
     * A control word that the engine handles before the step itself.
     *
     * @param action which control
     */
    record Control(ControlAction action) implements Input {
        public Control {
            Objects.requireNonNull(action, "action");
        }
    }
}
