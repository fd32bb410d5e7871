package coach.coffeechat.bot;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The process's arguments, read: {@code [subcommand] [its options] [--config DIR]} in any order, or {@code --help}.
 * Options are {@code --name value} or {@code --name=value}. Every {@link Subcommand} is accepted by its word and
 * declares its own options, so a new one needs no change here.
 */
sealed interface CommandLine {

    /**
     * Run a command.
     *
     * @param subcommand the subcommand named, or empty when none was (then the console runs)
     * @param command what to run, with its options read
     * @param configDir the directory given with {@code --config}, or empty
     */
    record Run(Optional<Subcommand> subcommand, Command command, Optional<Path> configDir) implements CommandLine {
        public Run {
            Objects.requireNonNull(subcommand, "subcommand");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(configDir, "configDir");
        }
    }

    /**
     * Print usage and stop.
     *
     * @param subcommand the subcommand asked about, or empty for all of them
     */
    record Help(Optional<Subcommand> subcommand) implements CommandLine {
        public Help {
            Objects.requireNonNull(subcommand, "subcommand");
        }

        /** The usage lines to print. */
        List<String> lines() {
            return subcommand.map(s -> List.of(s.usage())).orElseGet(CommandLine::usageLines);
        }
    }

    /**
     * Arguments that cannot be used.
     *
     * @param problem one sentence naming the offending argument
     * @param usage the usage line that helps most: the subcommand's, or the general one
     */
    record Mistake(String problem, String usage) implements CommandLine {
        public Mistake {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(usage, "usage");
        }

        /** The one line to print on standard error. */
        String line() {
            return problem + " " + usage;
        }
    }

    /** The short usage line, naming every subcommand. */
    static String usage() {
        String subcommands = Arrays.stream(Subcommand.values()).map(Subcommand::word).collect(Collectors.joining("|"));
        return "Usage: java -jar coffeechat.jar [" + subcommands + "] [options] [--config DIR]; --help lists the options";
    }

    /** One usage line per subcommand, with its options. */
    static List<String> usageLines() {
        return Arrays.stream(Subcommand.values()).map(Subcommand::usage).toList();
    }

    /**
     * Reads the arguments.
     *
     * @param args as given to {@code main}
     */
    static CommandLine parse(List<String> args) {
        Optional<Subcommand> mentioned = args.stream().map(Subcommand::named).flatMap(Optional::stream).findFirst();
        String usage = mentioned.map(Subcommand::usage).orElse(usage());
        if (args.contains("--help") || args.contains("-h")) {
            return new Help(mentioned);
        }
        Optional<Subcommand> subcommand = Optional.empty();
        Optional<String> configDir = Optional.empty();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--config") || arg.startsWith("--config=")) {
                if (configDir.isPresent()) {
                    return new Mistake("--config was given twice.", usage);
                }
                String dir = arg.equals("--config") ? (i + 1 < args.size() ? args.get(++i) : "") : arg.substring(9);
                if (dir.isBlank()) {
                    return new Mistake("--config needs a directory.", usage);
                }
                configDir = Optional.of(dir);
            } else if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                Optional<Subcommand.Option> option = Subcommand.option(name);
                if (option.isEmpty()) {
                    return new Mistake("Unknown option '" + name + "'.", usage);
                }
                String value = equals >= 0 ? arg.substring(equals + 1)
                        : i + 1 < args.size() && !args.get(i + 1).startsWith("--") ? args.get(++i) : "";
                if (value.isBlank()) {
                    return new Mistake(name + " needs a value: " + option.get().value() + ".", usage);
                }
                if (options.putIfAbsent(name, value) != null) {
                    return new Mistake(name + " was given twice.", usage);
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                return new Mistake("Unknown option '" + arg + "'.", usage);
            } else {
                Optional<Subcommand> named = Subcommand.named(arg);
                if (named.isEmpty()) {
                    return new Mistake("Unknown subcommand '" + arg + "'.", usage);
                }
                if (subcommand.isPresent()) {
                    return new Mistake("Only one subcommand at a time; got '" + subcommand.get().word() + "' and '"
                            + arg + "'.", usage);
                }
                subcommand = named;
            }
        }
        Subcommand chosen = subcommand.orElse(Subcommand.CONSOLE);
        for (String name : options.keySet()) {
            if (!chosen.takes(name)) {
                String owner = Subcommand.taking(name).map(Subcommand::word).orElseThrow();
                return new Mistake(subcommand.isPresent()
                        ? chosen.word() + " takes no option " + name + "; it belongs to " + owner + "."
                        : name + " belongs to " + owner + "; name that subcommand first.", usage);
            }
        }
        Optional<Path> configPath;
        try {
            configPath = configDir.map(Path::of);
        } catch (InvalidPathException e) {
            return new Mistake("--config " + configDir.get() + " is not a usable path.", usage);
        }
        Subcommand.Reading reading = chosen.read(options);
        if (reading instanceof Subcommand.Reading.Refused refused) {
            return new Mistake(refused.problem(), chosen.usage());
        }
        return new Run(subcommand, ((Subcommand.Reading.Ready) reading).command(), configPath);
    }
}
