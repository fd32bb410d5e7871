package coach.coffeechat.bot;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The process's arguments, read: {@code [subcommand] [--config DIR]} in any order, or {@code --help}. Every
 * {@link Subcommand} is accepted by its word, so a new one needs no change here.
 */
sealed interface CommandLine {

    /**
     * Run a subcommand.
     *
     * @param subcommand the one named, or empty when none was (then the default applies)
     * @param configDir the directory given with {@code --config}, or empty
     */
    record Run(Optional<Subcommand> subcommand, Optional<Path> configDir) implements CommandLine {
        public Run {
            Objects.requireNonNull(subcommand, "subcommand");
            Objects.requireNonNull(configDir, "configDir");
        }
    }

    /** Print the usage line and stop. */
    record Help() implements CommandLine {
    }

    /**
     * Arguments that cannot be used.
     *
     * @param problem one sentence naming the offending argument
     */
    record Mistake(String problem) implements CommandLine {
        public Mistake {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** The usage line, naming every subcommand. */
    static String usage() {
        String subcommands = Arrays.stream(Subcommand.values()).map(Subcommand::word).collect(Collectors.joining("|"));
        return "Usage: java -jar coffeechat.jar [" + subcommands + "] [--config DIR]";
    }

    /**
     * Reads the arguments.
     *
     * @param args as given to {@code main}
     */
    static CommandLine parse(List<String> args) {
        Optional<Subcommand> subcommand = Optional.empty();
        Optional<String> configDir = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Help();
            }
            if (arg.equals("--config") || arg.startsWith("--config=")) {
                if (configDir.isPresent()) {
                    return new Mistake("--config was given twice.");
                }
                String dir = arg.equals("--config") ? (i + 1 < args.size() ? args.get(++i) : "") : arg.substring(9);
                if (dir.isBlank()) {
                    return new Mistake("--config needs a directory.");
                }
                configDir = Optional.of(dir);
                continue;
            }
            if (arg.startsWith("-")) {
                return new Mistake("Unknown option '" + arg + "'.");
            }
            Optional<Subcommand> named = Subcommand.named(arg);
            if (named.isEmpty()) {
                return new Mistake("Unknown subcommand '" + arg + "'.");
            }
            if (subcommand.isPresent()) {
                return new Mistake("Only one subcommand at a time; got '" + subcommand.get().word() + "' and '"
                        + arg + "'.");
            }
            subcommand = named;
        }
        try {
            return new Run(subcommand, configDir.map(Path::of));
        } catch (InvalidPathException e) {
            return new Mistake("--config " + configDir.get() + " is not a usable path.");
        }
    }
}
