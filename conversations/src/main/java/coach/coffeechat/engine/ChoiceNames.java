package coach.coffeechat.engine;

import coach.coffeechat.config.CommandTexts;
import coach.coffeechat.config.ConfigException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fixed choices of the commands' options by every name they are typed as: the value itself and the choice's
 * name in English and in every language of the texts ({@code commands.properties}), compared as {@link
 * TypedWords#fold} leaves them, with a German umlaut also written out. A name means one value: {@link #of} refuses
 * a choice name equal to another value or another choice's name of the same option. Immutable and thread-safe.
 */
final class ChoiceNames {
    /** For each English path and option ({@code "contact stage|stage"}): every folded name, to its value. */
    private final Map<String, Map<String, String>> values;

    private ChoiceNames(Map<String, Map<String, String>> values) {
        this.values = values;
    }

    /**
     * Every choice name of these commands.
     *
     * @throws ConfigException when a name, in any language, stands for two values of one option
     */
    static ChoiceNames of(List<CommandSpec> specs, Optional<CommandTexts> texts) {
        List<Map.Entry<String, Map<String, String>>> languages = new ArrayList<>();
        texts.ifPresent(all -> {
            languages.add(Map.entry("en", all.english()));
            languages.addAll(new TreeMap<>(all.byLanguage()).entrySet());
        });
        Map<String, Map<String, String>> values = new HashMap<>();
        for (CommandSpec spec : specs) {
            for (CommandSpec.OptionSpec option : spec.options()) {
                if (option.choices().isEmpty()) {
                    continue;
                }
                Map<String, String> named = new HashMap<>();
                option.choices().forEach(choice -> put(named, choice.id(), choice.id(), "the value", spec, option));
                for (Prompt.Option choice : option.choices()) {
                    String key = CommandKeys.choice(spec.path(), option.name(), choice.id());
                    languages.forEach(language -> Optional.ofNullable(language.getValue().get(key)).ifPresent(
                            name -> put(named, name, choice.id(), key + " in " + language.getKey(), spec, option)));
                }
                values.put(spec.path() + "|" + option.name(), Map.copyOf(named));
            }
        }
        return new ChoiceNames(Map.copyOf(values));
    }

    private static void put(Map<String, String> named, String name, String value, String where, CommandSpec spec,
                            CommandSpec.OptionSpec option) {
        for (String form : List.of(TypedWords.fold(name), TypedWords.fold(
                name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")))) {
            String earlier = named.putIfAbsent(form, value);
            if (earlier != null && !earlier.equals(value)) {
                throw new ConfigException("Choice name '" + name + "' (" + where + ") names both " + earlier + " and "
                        + value + " of /" + spec.path() + " " + option.name() + ":; the console reads choices typed"
                        + " in any language, so a choice's name must mean one value");
            }
        }
    }

    /** The value {@code typed} stands for among the option's fixed choices; empty when none. */
    Optional<String> value(String path, String option, String typed) {
        return Optional.ofNullable(values.getOrDefault(path + "|" + option, Map.of()).get(TypedWords.fold(typed)));
    }
}
