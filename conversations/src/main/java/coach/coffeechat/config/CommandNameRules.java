package coach.coffeechat.config;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's rules for a language's command texts ({@code commands.properties}): every key is one of English's; a
 * name is lower case, 1 to 32 letters, digits, {@code -}, {@code _} or {@code '} (Devanagari and Thai too); a
 * description or a choice's name is 1 to 100 characters; and after localization, top-level command names stay
 * unique, subcommand names stay unique within their command and option names within theirs. Each refusal is one
 * line naming the file, the key and the rule.
 */
public final class CommandNameRules {
    /** What Discord accepts as a command, subcommand or option name. */
    public static final Pattern NAME = Pattern.compile("^[-_'\\p{Ll}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$");
    /** The longest description or choice name Discord accepts. */
    public static final int MAX_DESCRIPTION = 100;
    private static final Pattern COMMAND = Pattern.compile("^([^.]+)\\.name$");
    private static final Pattern SUBCOMMAND = Pattern.compile("^([^.]+)\\.([^.]+)\\.name$");
    private static final Pattern OPTION = Pattern.compile("^(.+)\\.option\\.([^.]+)\\.name$");
    private static final Pattern CHOICE = Pattern.compile("^.+\\.option\\.[^.]+\\.choice\\.[^.]+$");

    private CommandNameRules() {
    }

    /**
     * Refuses a key English does not have, a name Discord would refuse, or a description or choice name of the wrong
     * length.
     *
     * @param source the file, for the message
     */
    public static void checkKeys(String source, Map<String, String> values, Map<String, String> english) {
        for (Map.Entry<String, String> entry : new TreeMap<>(values).entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue();
            if (!english.containsKey(key)) {
                throw new ConfigException("Command text " + key + " in " + source + " is not a key of config/"
                        + CommandTexts.FILE + " (every key of a language must be one of English's)");
            }
            boolean name = key.endsWith(".name") && !CHOICE.matcher(key).matches();
            if (name && !NAME.matcher(value).matches()) {
                throw new ConfigException("Command name " + key + "=" + value + " in " + source + " breaks Discord's"
                        + " rules: 1 to 32 lower-case letters, digits, - _ or ', no spaces");
            }
            if (!name && (value.isEmpty() || value.length() > MAX_DESCRIPTION)) {
                throw new ConfigException("Command text " + key + " in " + source + " has " + value.length()
                        + " characters; Discord takes 1 to " + MAX_DESCRIPTION);
            }
        }
    }

    /**
     * Refuses names that clash once localized: two commands, two subcommands of one command or two options of one
     * command with the same name (a key the language leaves out keeps its English name).
     *
     * @param what the language and its files, for the message
     */
    public static void checkNames(String what, Map<String, String> localized, Map<String, String> english) {
        Map<String, Set<String>> seen = new HashMap<>();
        for (String key : new TreeMap<>(english).keySet()) {
            String sibling = siblings(key);
            if (sibling == null) {
                continue;
            }
            String name = localized.getOrDefault(key, english.get(key));
            if (!seen.computeIfAbsent(sibling, s -> new HashSet<>()).add(name)) {
                throw new ConfigException("Command name '" + name + "' (" + key + ") in " + what + " is taken by"
                        + " another name among " + sibling + "; Discord needs them unique after localization");
            }
        }
    }

    /**
     * Refuses a name that means one command (subcommand, option) in one language and another in a second language,
     * English included: the console reads a command typed in any language, so every name must point to one thing.
     * The same name for the same command in several languages is fine.
     *
     * @param localized each language's own texts, by tag (English not among them)
     */
    public static void checkAcrossLanguages(Map<String, Map<String, String>> localized, Map<String, String> english) {
        Map<String, Map<String, String>> owners = new HashMap<>();
        Map<String, Map<String, String>> languages = new TreeMap<>(localized);
        for (String key : new TreeMap<>(english).keySet()) {
            String sibling = siblings(key);
            if (sibling != null) {
                owners.computeIfAbsent(sibling, s -> new HashMap<>()).put(english.get(key), key + " in en");
            }
        }
        languages.forEach((tag, texts) -> new TreeMap<>(texts).forEach((key, name) -> {
            String sibling = siblings(key);
            if (sibling == null) {
                return;
            }
            String owner = owners.computeIfAbsent(sibling, s -> new HashMap<>()).putIfAbsent(name, key + " in " + tag);
            if (owner != null && !owner.startsWith(key + " in ")) {
                throw new ConfigException("Command name '" + name + "' is " + key + " in " + tag + " but " + owner
                        + " (among " + sibling + "); a name must mean one thing in every language, as the console"
                        + " reads commands typed in any of them");
            }
        }));
    }

    /** Which names a name must differ from: the group it belongs to, or null for a key that is no name. */
    private static String siblings(String key) {
        Matcher option = OPTION.matcher(key);
        if (option.matches()) {
            return "the options of " + option.group(1);
        }
        Matcher subcommand = SUBCOMMAND.matcher(key);
        if (subcommand.matches()) {
            return "the subcommands of " + subcommand.group(1);
        }
        Matcher command = COMMAND.matcher(key);
        return command.matches() ? "the commands" : null;
    }
}
