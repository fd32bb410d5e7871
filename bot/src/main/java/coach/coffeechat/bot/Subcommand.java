package coach.coffeechat.bot;

import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.engine.Minutes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the process does, chosen by the first word on the command line. Each subcommand declares the options it
 * takes (every option has a value) and turns their values into a {@link Command}.
 */
enum Subcommand {
    /** Talk to the coach in this terminal, as the one local user; the default when no subcommand is given. */
    CONSOLE("console", List.of(), "") {
        @Override
        Reading read(Map<String, String> options) {
            return new Reading.Ready(new ConsoleCommand());
        }
    },

    /** Check a draft request read from standard input and print the report as JSON. */
    CHECK_REQUEST("check-request", List.of(
            new Option("--format", "email|linkedin|phone"),
            new Option("--referrer", "NAME"),
            new Option("--recipient", "NAME"),
            new Option("--linkedin-plan", "free|premium"), CheckLanguage.OPTION), " < draft.txt") {
        @Override
        Reading read(Map<String, String> options) {
            String format = options.getOrDefault("--format", RequestFormat.EMAIL.id());
            Optional<RequestFormat> parsedFormat = RequestFormat.fromId(format);
            if (parsedFormat.isEmpty()) {
                return new Reading.Refused("--format must be email, linkedin or phone, not '" + format + "'.");
            }
            String plan = options.getOrDefault("--linkedin-plan", LinkedInPlan.FREE.id());
            Optional<LinkedInPlan> parsedPlan = LinkedInPlan.fromId(plan);
            if (parsedPlan.isEmpty()) {
                return new Reading.Refused("--linkedin-plan must be free or premium, not '" + plan + "'.");
            }
            return new Reading.Ready(new CheckRequestCommand(parsedFormat.get(),
                    options.getOrDefault("--referrer", "").strip(), options.getOrDefault("--recipient", "").strip(),
                    parsedPlan.get(), language(options)));
        }
    },

    /** Check a list of questions read from standard input, one per line, and print the report as JSON. */
    CHECK_QUESTIONS("check-questions", List.of(new Option("--minutes", "N"), CheckLanguage.OPTION),
            " < questions.txt") {
        @Override
        Reading read(Map<String, String> options) {
            Minutes.Range range = CheckQuestionsCommand.MINUTES;
            String minutes = options.getOrDefault("--minutes", range.defaultMinutes().answer());
            Optional<Minutes> parsed = Minutes.parseNumber(minutes, range);
            if (parsed.isPresent()) {
                return new Reading.Ready(new CheckQuestionsCommand(parsed.get().count(), language(options)));
            }
            return new Reading.Refused("--minutes must be a whole number from " + range.min() + " to " + range.max()
                    + ", not '" + minutes + "'.");
        }
    };

    /**
     * An option a subcommand takes; every option has a value.
     *
     * @param name such as {@code --format}
     * @param value what the value looks like in the usage line, such as {@code email|linkedin|phone}
     */
    record Option(String name, String value) {
        Option {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }

        String usage() {
            return "[" + name + " " + value + "]";
        }
    }

    /** The options a subcommand was given, read: a command to run, or why there is none. */
    sealed interface Reading {
        /** The options make this command. */
        record Ready(Command command) implements Reading {
        }

        /** An option's value cannot be used; {@code problem} is one sentence naming it. */
        record Refused(String problem) implements Reading {
        }
    }

    private final String word;
    private final List<Option> options;
    private final String input;

    Subcommand(String word, List<Option> options, String input) {
        this.word = word;
        this.options = options;
        this.input = input;
    }

    /** The word that names it on the command line. */
    String word() {
        return word;
    }

    /** The options it takes. */
    List<Option> options() {
        return options;
    }

    /** Whether it takes the option named so. */
    boolean takes(String optionName) {
        return options.stream().anyMatch(option -> option.name().equals(optionName));
    }

    /** Its usage line, with every option it takes. */
    String usage() {
        String optionUsage = options.stream().map(option -> option.usage() + " ").collect(Collectors.joining());
        String named = this == CONSOLE ? "[" + word + "] " : word + " ";
        return "Usage: java -jar coffeechat.jar " + named + optionUsage + "[--config DIR]" + input;
    }

    /**
     * Turns the given option values into the command to run.
     *
     * @param options option values by name, such as {@code --format -> linkedin}; only options it takes
     */
    abstract Reading read(Map<String, String> options);

    /** The language tag given with {@code --language}, English's when none was. */
    private static String language(Map<String, String> options) {
        return options.getOrDefault(CheckLanguage.OPTION.name(), "en").strip();
    }

    /** The subcommand named by a word, ignoring case. */
    static Optional<Subcommand> named(String word) {
        for (Subcommand subcommand : values()) {
            if (subcommand.word.equals(word.toLowerCase(Locale.ROOT))) {
                return Optional.of(subcommand);
            }
        }
        return Optional.empty();
    }

    /** The option named so, whichever subcommand takes it. */
    static Optional<Option> option(String name) {
        for (Subcommand subcommand : values()) {
            for (Option option : subcommand.options) {
                if (option.name().equals(name)) {
                    return Optional.of(option);
                }
            }
        }
        return Optional.empty();
    }

    /** The subcommand that takes an option. */
    static Optional<Subcommand> taking(String optionName) {
        for (Subcommand subcommand : values()) {
            if (subcommand.takes(optionName)) {
                return Optional.of(subcommand);
            }
        }
        return Optional.empty();
    }
}
