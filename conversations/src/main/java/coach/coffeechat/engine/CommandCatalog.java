package coach.coffeechat.engine;

import coach.coffeechat.config.CommandTexts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every command the bot knows, with its handler, in the order {@code /help} lists them. Built once at start-up,
 * then read-only and thread-safe.
 */
public final class CommandCatalog {
    /** The commands the engine itself answers, listed after the features' own. */
    static final List<CommandSpec> BUILT_IN = List.of(
            CommandSpec.of("resume", "Pick up the flow you left, exactly where you left it"),
            CommandSpec.of("cancel", "Stop the flow in progress"),
            CommandSpec.of("help", "What I can do, and how to do it"));

    private final Map<String, Entry> entries;
    private final Optional<CommandTexts> texts;
    private final CommandNames names;

    private CommandCatalog(Map<String, Entry> entries, Optional<CommandTexts> texts) {
        this.entries = Collections.unmodifiableMap(entries);
        this.texts = texts;
        List<CommandSpec> specs = specs();
        this.names = texts.map(all -> CommandNames.of(specs, all)).orElseGet(() -> CommandNames.english(specs));
    }

    /** A registered command; built-in ones have no handler because the engine answers them. */
    record Entry(CommandSpec spec, CommandHandler handler) {
    }

    /** Starts an empty catalog. */
    public static Builder builder() {
        return new Builder();
    }

    /** The specs in registration order. */
    public List<CommandSpec> specs() {
        List<CommandSpec> specs = new ArrayList<>();
        entries.values().forEach(entry -> specs.add(entry.spec()));
        return specs;
    }

    /**
     * What a command does, as {@code /help} lists it: in the current language when the catalog was built with the
     * commands' texts in every language ({@link Builder#describedBy}), else as the spec says.
     */
    public String description(CommandSpec spec) {
        return texts.map(all -> all.text(CommandKeys.description(spec.path()), spec.description()))
                .orElse(spec.description());
    }

    /**
     * How to type a command, as {@code /help} and the console's hints show it: in the current language when the
     * catalog was built with the commands' texts ({@link Builder#describedBy}), else in English.
     */
    public String usage(CommandSpec spec) {
        return names.usage(spec);
    }

    /** The commands' names in every language, for reading typed commands. */
    public CommandNames names() {
        return names;
    }

    /** The command with this path, ignoring case, slash and extra spaces. */
    public Optional<CommandSpec> find(String path) {
        Entry entry = entries.get(normalise(path));
        return entry == null ? Optional.empty() : Optional.of(entry.spec());
    }

    Optional<CommandHandler> handler(String path) {
        Entry entry = entries.get(normalise(path));
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.handler());
    }

    /** A path as stored: lower case, no slash, single spaces. */
    public static String normalise(String path) {
        String trimmed = path.strip().toLowerCase(Locale.ROOT);
        if (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        return trimmed.replaceAll("\\s+", " ");
    }

    /** Collects commands. */
    public static final class Builder {
        private final Map<String, Entry> entries = new LinkedHashMap<>();
        private Optional<CommandTexts> texts = Optional.empty();

        private Builder() {
        }

        /** Adds a command. */
        public Builder add(CommandSpec spec, CommandHandler handler) {
            if (entries.putIfAbsent(spec.path(), new Entry(spec, handler)) != null) {
                throw new IllegalArgumentException("/" + spec.path() + " is registered twice");
            }
            return this;
        }

        /** Describes and names the commands in every language ({@link CommandCatalog#description}, {@link CommandCatalog#usage}). */
        public Builder describedBy(CommandTexts commandTexts) {
            this.texts = Optional.of(commandTexts);
            return this;
        }

        /** The catalog. */
        public CommandCatalog build() {
            Map<String, Entry> all = new LinkedHashMap<>(entries);
            for (CommandSpec spec : BUILT_IN) {
                if (all.putIfAbsent(spec.path(), new Entry(spec, null)) != null) {
                    throw new IllegalArgumentException("/" + spec.path() + " is built into the engine");
                }
            }
            return new CommandCatalog(all, texts);
        }
    }
}
