package coach.coffeechat.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of {@code config/commands.properties} (and of each language's {@code config/lang/TAG/commands.properties}):
 * the names and descriptions of every command, subcommand, option and fixed choice as Discord shows them. The
 * English file mirrors the {@link CommandCatalog} exactly (the catalog in Java is the source; {@link #english}
 * gives what the file must hold, and a test keeps the two equal); other languages localize the same keys.
 *
 * <pre>
 * contact.name / contact.description                    a top-level command (or the parent of subcommands)
 * contact.add.name / contact.add.description            a subcommand
 * draft.option.format.name / .description               an option
 * draft.option.format.choice.email                      the name shown for a fixed choice (the value never changes)
 * </pre>
 *
 * Options of kind {@link CommandSpec.OptionKind#SERVER} are console-only and have no keys. Stateless.
 */
public final class CommandKeys {
    private CommandKeys() {
    }

    /** The key of a command's (or subcommand's) name: {@code contact.add.name}. */
    public static String name(String path) {
        return prefix(path) + ".name";
    }

    /** The key of a command's (or subcommand's) description: {@code contact.add.description}. */
    public static String description(String path) {
        return prefix(path) + ".description";
    }

    /** The key of an option's name: {@code draft.option.format.name}. */
    public static String optionName(String path, String option) {
        return prefix(path) + ".option." + option + ".name";
    }

    /** The key of an option's description: {@code draft.option.format.description}. */
    public static String optionDescription(String path, String option) {
        return prefix(path) + ".option." + option + ".description";
    }

    /** The key of the name shown for a fixed choice: {@code draft.option.format.choice.email}. */
    public static String choice(String path, String option, String value) {
        return prefix(path) + ".option." + option + ".choice." + value;
    }

    /**
     * The description of a command that only groups subcommands (Discord needs one, users rarely see it): the
     * command word and its subcommands' names, {@code contact: add, list, show}.
     */
    public static String groupDescription(String word, List<String> subcommands) {
        return word + ": " + String.join(", ", subcommands);
    }

    /**
     * The commands by their first word, in the order of each first word's first command: what Discord registers
     * as one command (with subcommands when the paths have two words).
     */
    public static Map<String, List<CommandSpec>> byFirstWord(CommandCatalog catalog) {
        Map<String, List<CommandSpec>> byName = new LinkedHashMap<>();
        for (CommandSpec spec : catalog.specs()) {
            byName.computeIfAbsent(spec.path().split(" ")[0], name -> new ArrayList<>()).add(spec);
        }
        return byName;
    }

    /**
     * Every key with its English text, in catalog order: what {@code config/commands.properties} holds. Choice names
     * are the choices' labels (their values when a label is blank), descriptions stripped.
     */
    public static Map<String, String> english(CommandCatalog catalog) {
        Map<String, String> keys = new LinkedHashMap<>();
        byFirstWord(catalog).forEach((word, specs) -> {
            keys.put(name(word), word);
            boolean group = specs.size() > 1 || specs.get(0).path().contains(" ");
            if (!group) {
                keys.put(description(word), specs.get(0).description().strip());
                options(specs.get(0), keys);
                return;
            }
            List<String> words = specs.stream().map(spec -> spec.path().substring(word.length() + 1)).toList();
            keys.put(description(word), groupDescription(word, words));
            for (CommandSpec spec : specs) {
                keys.put(name(spec.path()), spec.path().substring(word.length() + 1));
                keys.put(description(spec.path()), spec.description().strip());
                options(spec, keys);
            }
        });
        return keys;
    }

    private static void options(CommandSpec spec, Map<String, String> keys) {
        for (CommandSpec.OptionSpec option : spec.options()) {
            if (option.kind() == CommandSpec.OptionKind.SERVER) {
                continue;
            }
            keys.put(optionName(spec.path(), option.name()), option.name());
            keys.put(optionDescription(spec.path(), option.name()), option.description().strip());
            for (Prompt.Option choice : option.choices()) {
                keys.put(choice(spec.path(), option.name(), choice.id()),
                        choice.label().isBlank() ? choice.id() : choice.label().strip());
            }
        }
    }

    private static String prefix(String path) {
        return path.strip().replace(' ', '.');
    }
}
