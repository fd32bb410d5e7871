package coach.coffeechat.engine;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A command as users see it in every transport: Discord registers it as a slash command, the console parses
 * it, {@code /help} lists it.
 *
 * @param path the command words, for example {@code "contact add"}; each word is a valid Discord command name
 * @param description what it does, 1 to 100 characters
 * @param options its options, at most 25
 */
public record CommandSpec(String path, String description, List<OptionSpec> options) {
    /**
     * The most bytes a transport reads of a {@link OptionKind#FILE} option: 10 MiB (the largest file the bot attaches
     * to a Discord reply, so any export it gave can come back) and one byte more, so a command can tell a file over
     * its own limit.
     */
    public static final int FILE_READ_LIMIT = 10 * 1024 * 1024 + 1;
    private static final Pattern WORD = Pattern.compile("^[-_'\\p{Ll}\\p{N}]{1,32}$");

    public CommandSpec {
        Objects.requireNonNull(path, "path");
        for (String word : path.split(" ")) {
            if (!WORD.matcher(word).matches()) {
                throw new IllegalArgumentException("command word '" + word + "' must be 1 to 32 lower-case letters,"
                        + " digits, - or _");
            }
        }
        if (description.isEmpty() || description.length() > 100) {
            throw new IllegalArgumentException("the description of /" + path + " must be 1 to 100 characters, was "
                    + description.length());
        }
        options = List.copyOf(options);
        if (options.size() > 25) {
            throw new IllegalArgumentException("/" + path + " has " + options.size() + " options; at most 25");
        }
    }

    /** A command without options. */
    public static CommandSpec of(String path, String description) {
        return new CommandSpec(path, description, List.of());
    }

    /** How a user types it in English, for example {@code /contact show contact:} ({@link CommandNames#usage}). */
    public String usage() {
        return CommandNames.english(List.of(this)).usage(this);
    }

    /**
     * One option of a command.
     *
     * @param name the option's name, as typed before the colon
     * @param description what to give, 1 to 100 characters
     * @param required whether the command needs it
     * @param kind what sort of value it takes
     * @param choices the fixed values it accepts, or none
     */
    public record OptionSpec(String name, String description, boolean required, OptionKind kind,
                             List<Prompt.Option> choices) {
        public OptionSpec {
            if (!WORD.matcher(name).matches()) {
                throw new IllegalArgumentException("option name '" + name + "' is not a valid Discord option name");
            }
            if (description.isEmpty() || description.length() > 100) {
                throw new IllegalArgumentException("the description of option " + name + " must be 1 to 100 characters");
            }
            Objects.requireNonNull(kind, "kind");
            choices = List.copyOf(choices);
        }

        /** A required option naming one of the user's contacts. */
        public static OptionSpec contact(String description) {
            return new OptionSpec("contact", description, true, OptionKind.CONTACT, List.of());
        }
    }

    /** What an option's value is, so each transport can offer the right input and autocomplete. */
    public enum OptionKind {
        /** Free text. */
        TEXT,
        /** One of the user's own contacts, matched by name. */
        CONTACT,
        /** A whole number. */
        INTEGER,
        /** One of a fixed list of choices. */
        CHOICE,
        /** An IANA time zone. */
        TIME_ZONE,
        /** A channel of the server: picked from the server's channels on Discord, a name in the console. */
        CHANNEL,
        /** A role of the server: picked from the server's roles on Discord, a name in the console. */
        ROLE,
        /**
         * A file: attached on Discord, a path in the console. The command receives its text (UTF-8); a transport
         * reads at most {@link #FILE_READ_LIMIT} bytes, so that a command can refuse a file that is too big.
         */
        FILE,
        /**
         * The server a command is for: the console's name of a simulated server ({@link Place#SERVER_OPTION}).
         * Discord does not show it: there the server is the one the command is typed in.
         */
        SERVER
    }
}
