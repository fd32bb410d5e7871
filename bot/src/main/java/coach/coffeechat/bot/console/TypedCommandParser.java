package coach.coffeechat.bot.console;

import coach.coffeechat.engine.CommandNames;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Input;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed slash command such as {@code /contact stage contact: Ana Li stage: met} against the command
 * catalog, the way Discord would fill in a slash command's options.
 *
 * <ul>
 *   <li>The command is the longest catalog path matching the leading words, ignoring case. Each word may be the
 *       command's name in any language the bot speaks ({@link CommandNames}: {@code /contacto añadir} is
 *       {@code /contact add}); the command is sent with its English path.</li>
 *   <li>Options are {@code name: value} or {@code name:value}, using the command's option names in any language
 *       (any case), sent with their English names. An option with fixed choices takes a choice's value or its name
 *       in any language ({@code etapa: ha respondido} is {@code stage: replied}), ignoring case and accents. A
 *       value runs until the next known option or the end of the line, so it may hold spaces and colons. Quotes
 *       around a whole value ({@code "Ana Li"}, {@code 'met'}, {@code \u201cAna Li\u201d}) are not part of it.</li>
 *   <li>A command with exactly one option takes text typed without a name as that option's value
 *       ({@code /contact show Ana Li}).</li>
 *   <li>A word ending in a colon where an option is expected, that is not one of the command's options, is an
 *       unknown option; further on it is part of the value.</li>
 *   <li>A command the catalog does not know is still sent, path and options as typed, so the engine can answer.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class TypedCommandParser {
    /** A word ending in a colon, at the start or after a space; {@code https://} is a link, not an option. */
    private static final Pattern OPTION_NAME = Pattern.compile("(?<!\\S)([\\p{L}\\p{N}_'-]+):(?!//)");
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** Opening quotes and the quote that closes each. */
    private static final Map<Character, Character> QUOTES =
            Map.of('"', '"', '\'', '\'', '\u201c', '\u201d', '\u2018', '\u2019');

    private final Map<String, CommandSpec> byPath;
    private final CommandNames names;

    /**
     * A parser for these commands, by their English names only.
     *
     * @param specs every command, for example {@code CommandCatalog.specs()}
     */
    public TypedCommandParser(List<CommandSpec> specs) {
        this(specs, CommandNames.english(specs));
    }

    /**
     * A parser for these commands, by their names in every language.
     *
     * @param specs every command, for example {@code CommandCatalog.specs()}
     * @param names their names, for example {@code CommandCatalog.names()}
     */
    public TypedCommandParser(List<CommandSpec> specs, CommandNames names) {
        Map<String, CommandSpec> paths = new HashMap<>();
        specs.forEach(spec -> paths.put(spec.path(), spec));
        this.byPath = Map.copyOf(paths);
        this.names = names;
    }

    /**
     * Reads one typed line.
     *
     * @param line the line, starting with a slash (leading spaces are fine)
     */
    public TypedCommand parse(String line) {
        String text = line.strip();
        if (text.startsWith("/")) {
            text = text.substring(1).strip();
        }
        List<Word> typed = words(text);
        CommandSpec longest = null;
        int end = 0;
        String path = "";
        for (Word word : typed) {
            Optional<String> next = names.word(path, word.text());
            if (next.isEmpty()) {
                break;
            }
            path = path.isEmpty() ? next.get() : path + " " + next.get();
            if (byPath.containsKey(path)) {
                longest = byPath.get(path);
                end = word.end();
            }
        }
        return longest == null ? unknownCommand(text, typed) : parseOptions(longest, text.substring(end));
    }

    private TypedCommand parseOptions(CommandSpec spec, String rest) {
        List<Marker> known = new ArrayList<>();
        for (Marker typed : markers(rest)) {
            Optional<String> name = names.option(spec, typed.typed());
            if (name.isPresent()) {
                known.add(typed.named(name.get()));
            } else if (known.isEmpty() && rest.substring(0, typed.start()).isBlank()
                    && Character.isLetter(typed.typed().codePointAt(0))) {
                return new TypedCommand.UnknownOption(spec, typed.typed());
            }
        }
        Set<String> seen = new HashSet<>();
        for (Marker marker : known) {
            if (!seen.add(marker.name())) {
                return new TypedCommand.RepeatedOption(spec, marker.name());
            }
        }
        Map<String, String> options = new LinkedHashMap<>();
        String leading = (known.isEmpty() ? rest : rest.substring(0, known.get(0).start())).strip();
        if (!leading.isEmpty()) {
            if (spec.options().size() != 1 || !known.isEmpty()) {
                return new TypedCommand.StrayText(spec, leading);
            }
            options.put(spec.options().get(0).name(), unquoted(leading));
        }
        options.putAll(values(rest, known));
        options.replaceAll((option, value) -> names.choice(spec, option, value).orElse(value));
        return new TypedCommand.Send(new Input.Command(spec.path(), options));
    }

    /** The words before the first {@code name:} as the path, and every {@code name: value} after them. */
    private static TypedCommand unknownCommand(String text, List<Word> typed) {
        List<String> path = new ArrayList<>();
        int optionsFrom = text.length();
        for (Word word : typed) {
            if (OPTION_NAME.matcher(word.text()).lookingAt()) {
                optionsFrom = word.start();
                break;
            }
            path.add(word.text().toLowerCase(Locale.ROOT));
        }
        String rest = text.substring(optionsFrom);
        return new TypedCommand.Send(new Input.Command(String.join(" ", path), values(rest, markers(rest))));
    }

    /** Each option's value: from its marker to the next marker or the end, trimmed; a later repeat wins. */
    private static Map<String, String> values(String rest, List<Marker> markers) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < markers.size(); i++) {
            int end = i + 1 < markers.size() ? markers.get(i + 1).start() : rest.length();
            values.put(markers.get(i).name(), unquoted(rest.substring(markers.get(i).valueStart(), end).strip()));
        }
        return values;
    }

    /** The value without the quotes around it, when it is wrapped in a matching pair; else as it is. */
    private static String unquoted(String value) {
        if (value.length() < 2) {
            return value;
        }
        Character closing = QUOTES.get(value.charAt(0));
        return closing != null && value.charAt(value.length() - 1) == closing
                ? value.substring(1, value.length() - 1).strip() : value;
    }

    private static List<Marker> markers(String rest) {
        List<Marker> markers = new ArrayList<>();
        Matcher name = OPTION_NAME.matcher(rest);
        while (name.find()) {
            markers.add(new Marker(name.group(1), name.start(), name.end()));
        }
        return markers;
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(new Word(word.group(), word.start(), word.end()));
        }
        return words;
    }

    /** A word of the typed line and where it ends. */
    private record Word(String text, int start, int end) {
    }

    /**
     * A {@code name:} in the typed line: the name as typed, where it starts and where its value starts, and the
     * option's English name once known (else the typed name in lower case).
     */
    private record Marker(String typed, int start, int valueStart, String name) {
        Marker(String typed, int start, int valueStart) {
            this(typed, start, valueStart, typed.toLowerCase(Locale.ROOT));
        }

        Marker named(String english) {
            return new Marker(typed, start, valueStart, english);
        }
    }
}
