package coach.coffeechat.engine;

import coach.coffeechat.config.CommandTexts;
import coach.coffeechat.config.ConfigException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names of the commands and their options in every language ({@link CommandTexts}), both ways: what a typed
 * word means (any language's name, English's included, read as the English word the engine knows) and how a
 * command is written in the current language ({@link #usage}, for {@code /help} and the console's hints). A word
 * means one thing in every language: {@link CommandTexts#load} refuses a clash, and {@link #of} does too.
 * Options of kind {@link CommandSpec.OptionKind#SERVER} keep their English name everywhere. Immutable and
 * thread-safe.
 */
public final class CommandNames {
    /** For each English path prefix ({@code ""} for the first word): every typed word for the next, to English's. */
    private final Map<String, Map<String, String>> words;
    /** For each English path: every typed option name, to English's. */
    private final Map<String, Map<String, String>> options;
    private final ChoiceNames choices;
    private final Optional<CommandTexts> texts;

    private CommandNames(Map<String, Map<String, String>> words, Map<String, Map<String, String>> options,
                         ChoiceNames choices, Optional<CommandTexts> texts) {
        this.words = words;
        this.options = options;
        this.choices = choices;
        this.texts = texts;
    }

    /**
     * The names of these commands in English and every language of {@code texts}.
     *
     * @throws ConfigException when a name means two things, such as a language's name for an option equal to the
     *     console's {@code server:} or a choice's name equal to another choice's (the texts' own check refuses
     *     every other clash)
     */
    public static CommandNames of(List<CommandSpec> specs, CommandTexts texts) {
        return build(specs, Optional.of(texts));
    }

    /** The commands' English names only. */
    public static CommandNames english(List<CommandSpec> specs) {
        return build(specs, Optional.empty());
    }

    private static CommandNames build(List<CommandSpec> specs, Optional<CommandTexts> texts) {
        List<Map<String, String>> languages = texts.map(all -> List.copyOf(all.byLanguage().values())).orElse(List.of());
        Map<String, Map<String, String>> words = new HashMap<>();
        Map<String, Map<String, String>> options = new HashMap<>();
        for (CommandSpec spec : specs) {
            String[] path = spec.path().split(" ");
            for (int i = 0; i < path.length; i++) {
                String prefix = String.join(" ", List.of(path).subList(0, i));
                String english = path[i];
                String key = CommandKeys.name(String.join(" ", List.of(path).subList(0, i + 1)));
                Map<String, String> next = words.computeIfAbsent(prefix, p -> new HashMap<>());
                put(next, english, english, spec);
                languages.forEach(own -> put(next, own.getOrDefault(key, english), english, spec));
            }
            Map<String, String> named = options.computeIfAbsent(spec.path(), p -> new HashMap<>());
            for (CommandSpec.OptionSpec option : spec.options()) {
                String key = CommandKeys.optionName(spec.path(), option.name());
                put(named, option.name(), option.name(), spec);
                if (option.kind() != CommandSpec.OptionKind.SERVER) {
                    languages.forEach(own -> put(named, own.getOrDefault(key, option.name()), option.name(), spec));
                }
            }
        }
        return new CommandNames(freeze(words), freeze(options), ChoiceNames.of(specs, texts), texts);
    }

    private static void put(Map<String, String> names, String typed, String english, CommandSpec spec) {
        String earlier = names.putIfAbsent(typed.toLowerCase(Locale.ROOT), english);
        if (earlier != null && !earlier.equals(english)) {
            throw new ConfigException("Command name '" + typed + "' names both " + earlier + " and " + english
                    + " (in /" + spec.path() + "); a name must mean one thing in every language");
        }
    }

    private static Map<String, Map<String, String>> freeze(Map<String, Map<String, String>> names) {
        Map<String, Map<String, String>> frozen = new HashMap<>();
        names.forEach((key, value) -> frozen.put(key, Map.copyOf(value)));
        return Map.copyOf(frozen);
    }

    /**
     * The English word a typed word stands for, after these English words ({@code ""} for the first word), ignoring
     * case; empty when no command goes on with it in any language.
     */
    public Optional<String> word(String englishPrefix, String typed) {
        return Optional.ofNullable(words.getOrDefault(englishPrefix, Map.of()).get(typed.toLowerCase(Locale.ROOT)));
    }

    /** The English name of an option of this command typed in any language, ignoring case; empty when unknown. */
    public Optional<String> option(CommandSpec spec, String typed) {
        return Optional.ofNullable(options.getOrDefault(spec.path(), Map.of()).get(typed.toLowerCase(Locale.ROOT)));
    }

    /**
     * The value of a fixed choice of this command's option typed as its value or as its name in any language
     * ({@code ha respondido} is {@code replied}), ignoring case and accents; empty when the option has no fixed
     * choices or the text names none of them.
     */
    public Optional<String> choice(CommandSpec spec, String option, String typed) {
        return choices.value(spec.path(), option, typed);
    }

    /** The command's words in the current language ({@code contacto añadir}); English's where it gives none. */
    public String path(CommandSpec spec) {
        return pathIn(texts, spec.path());
    }

    /**
     * A command's words in the current language, from its English path, for a text that names it.
     *
     * @param texts the commands' texts in every language, or empty for English
     */
    public static String pathIn(Optional<CommandTexts> texts, String path) {
        String[] words = path.strip().split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String key = CommandKeys.name(String.join(" ", List.of(words).subList(0, i + 1)));
            out.append(i == 0 ? "" : " ").append(text(texts, key, words[i]));
        }
        return out.toString();
    }

    /**
     * An option's name in the current language, from the English path and option name.
     *
     * @param texts the commands' texts in every language, or empty for English
     */
    public static String optionIn(Optional<CommandTexts> texts, String path, String option) {
        return text(texts, CommandKeys.optionName(path, option), option);
    }

    /** How to type the command in the current language, for example {@code /contacto ver contacto:}. */
    public String usage(CommandSpec spec) {
        StringBuilder out = new StringBuilder("/").append(path(spec));
        for (CommandSpec.OptionSpec option : spec.options()) {
            String name = optionName(spec, option.name());
            out.append(' ').append(option.required() ? "" : "[").append(name).append(':')
                    .append(option.required() ? "" : "]");
        }
        return out.toString();
    }

    /** An option's name in the current language ({@code contacto}), from its English name. */
    public String optionName(CommandSpec spec, String english) {
        boolean server = spec.options().stream()
                .anyMatch(option -> option.name().equals(english) && option.kind() == CommandSpec.OptionKind.SERVER);
        return server ? english : optionIn(texts, spec.path(), english);
    }

    private static String text(Optional<CommandTexts> texts, String key, String english) {
        return texts.map(all -> all.text(key, english)).orElse(english);
    }
}
