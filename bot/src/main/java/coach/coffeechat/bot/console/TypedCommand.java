package coach.coffeechat.bot.console;

import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Input;
import java.util.Objects;

/**
 * A typed slash command, read: either a command to send to the engine, or a reason it cannot be read that the
 * console explains itself without bothering the engine.
 */
public sealed interface TypedCommand {

    /**
     * A command to send as typed. Unknown commands are sent too, so the engine answers them in its own words.
     *
     * @param command the path and options
     */
    record Send(Input.Command command) implements TypedCommand {
        public Send {
            Objects.requireNonNull(command, "command");
        }
    }

    /**
     * An option name the command does not have, typed where an option was expected.
     *
     * @param spec the command
     * @param option the name as typed
     */
    record UnknownOption(CommandSpec spec, String option) implements TypedCommand {
        public UnknownOption {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(option, "option");
        }
    }

    /**
     * An option given more than once.
     *
     * @param spec the command
     * @param option the option's name
     */
    record RepeatedOption(CommandSpec spec, String option) implements TypedCommand {
        public RepeatedOption {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(option, "option");
        }
    }

    /**
     * Text after the command that belongs to no option (the command has none, or several and none was named).
     *
     * @param spec the command
     * @param text the text, trimmed
     */
    record StrayText(CommandSpec spec, String text) implements TypedCommand {
        public StrayText {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(text, "text");
        }
    }
}
