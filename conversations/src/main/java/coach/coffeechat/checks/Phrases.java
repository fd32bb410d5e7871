package coach.coffeechat.checks;

import coach.coffeechat.config.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word list from {@code config/checks.properties}, compiled once into one pattern. Entries match whole words,
 * ignoring case, with the small syntax that file documents: {@code a/b} alternatives, a hyphen that also matches a
 * space or nothing, {@code *} for zero to five words, {@code $} for the end of the question, and {placeholders}.
 *
 * <p>A search reads each character a bounded number of times, however the text is made: every run of spaces, word or
 * run of closing marks is taken whole (possessively) where what follows it can never be part of it, so the engine
 * never tries the ways of splitting a long run, and the start of a word is checked once for all entries rather than
 * once per entry (a space is no start at all), after which only the entries that can start with its first letter are
 * tried ({@link FirstLetters}). Thread-safe: each thread searches with a matcher of its own, kept for its next search.
 */
final class Phrases {
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern WORD_PART = Pattern.compile("[\\p{L}\\p{N}'&.\\-]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    // A phrase starts with a word, not a space; only a word written with a leading hyphen ("-mail") may take the space
    // before it ([-\s]?), and a list with one is searched from every position, spaces included.
    private static final String NOT_A_SPACE = "(?=\\S)";
    private static final String LEADING_HYPHEN = Pattern.quote("") + "[-\\s]?";
    // Between two words: every space, which the next word never starts with.
    private static final String SEPARATOR = "\\s++";
    // Each of up to five words is a word and all the spaces after it; how many of them is still tried every way.
    private static final String ANY_WORDS = "\\s++(?:\\S++\\s++){0,5}";
    // Spaces, closing marks and spaces, each run whole: splitting a run of spaces two ways made it quadratic.
    private static final String END_OF_QUESTION = "\\s*+[?.!\"')\\]]*+\\s*+$";

    private final List<String> entries;
    private final Pattern pattern;
    private final ThreadLocal<Matcher> matchers;

    private Phrases(List<String> entries, Pattern pattern) {
        this.entries = List.copyOf(entries);
        this.pattern = pattern;
        this.matchers = pattern == null ? null : ThreadLocal.withInitial(() -> pattern.matcher(""));
    }

    /**
     * Compiles a list.
     *
     * @param key the setting it comes from, named in errors
     * @param entries the entries, already split and trimmed
     * @param placeholders what each {placeholder} stands for, as a regular expression, and the letters it may start with
     * @throws ConfigException naming the key and the entry that cannot be used
     */
    static Phrases compile(String key, List<String> entries, PhrasePlaceholders placeholders) {
        if (entries.isEmpty()) {
            return new Phrases(entries, null);
        }
        String alternatives = FirstLetters.alternation(entries.stream().map(entry -> new FirstLetters.Entry(
                "(?:" + body(key, entry, placeholders.regexes()) + AFTER + ")",
                FirstLetters.of(Prose.prepare(entry).split("\\s+")[0], placeholders.firstLetters()))).toList());
        String start = alternatives.contains(LEADING_HYPHEN) ? BEFORE : BEFORE + NOT_A_SPACE;
        return new Phrases(entries, Pattern.compile(start + alternatives, FLAGS));
    }

    /**
     * The regular expression for a plain word list (no placeholders), to embed in a larger one.
     *
     * @throws ConfigException naming the key and the entry that cannot be used
     */
    static String alternation(String key, List<String> entries) {
        if (entries.isEmpty()) {
            return "(?!)";
        }
        return entries.stream().map(entry -> "(?:" + body(key, entry, Map.of()) + ")")
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String body(String key, String entry, Map<String, String> placeholders) {
        String[] tokens = Prose.prepare(entry).split("\\s+");
        StringBuilder regex = new StringBuilder();
        boolean separatorDue = false;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            boolean first = i == 0;
            boolean last = i == tokens.length - 1;
            if (token.equals("*")) {
                if (first || last) {
                    throw bad(key, entry, "a * must stand between two words");
                }
                regex.append(ANY_WORDS);
                separatorDue = false;
                continue;
            }
            if (token.equals("$")) {
                if (!last || first) {
                    throw bad(key, entry, "a $ may only end a phrase");
                }
                regex.append(END_OF_QUESTION);
                continue;
            }
            if (separatorDue) {
                regex.append(SEPARATOR);
            }
            regex.append(token(key, entry, token, placeholders));
            separatorDue = true;
        }
        return regex.toString();
    }

    private static String token(String key, String entry, String token, Map<String, String> placeholders) {
        List<String> alternatives = new ArrayList<>();
        for (String alternative : token.split("/", -1)) {
            alternatives.add(alternative(key, entry, token, alternative, placeholders));
        }
        return alternatives.size() == 1 ? alternatives.get(0) : "(?:" + String.join("|", alternatives) + ")";
    }

    private static String alternative(String key, String entry, String token, String alternative,
                                      Map<String, String> placeholders) {
        if (PLACEHOLDER.matcher(alternative).matches()) {
            String replacement = placeholders.get(alternative);
            if (replacement == null) {
                throw bad(key, entry, "unknown placeholder " + alternative + (placeholders.isEmpty()
                        ? " (this list takes none)" : "; known: " + String.join(", ", placeholders.keySet())));
            }
            return "(?:" + replacement + ")";
        }
        if (alternative.isEmpty() || alternative.replace("-", "").isEmpty()) {
            throw bad(key, entry, "'" + token + "' has an empty alternative");
        }
        if (!WORD_PART.matcher(alternative).matches()) {
            throw bad(key, entry, "use letters, digits, spaces, ' - & . / and * $ {placeholders} only");
        }
        List<String> parts = new ArrayList<>();
        for (String part : alternative.split("-", -1)) {
            parts.add(Pattern.quote(part));
        }
        return String.join("[-\\s]?", parts);
    }

    private static ConfigException bad(String key, String entry, String why) {
        return new ConfigException("Check setting " + key + " has the entry '" + entry + "', which cannot be used: "
                + why);
    }

    /** The entries as configured. */
    List<String> entries() {
        return entries;
    }

    /** The first match inside {@code region} of {@code text}, if any. */
    Optional<Span> find(CharSequence text, Span region) {
        if (pattern == null) {
            return Optional.empty();
        }
        return search(text, region, matcher -> matcher.find() ? Optional.of(new Span(matcher.start(), matcher.end()))
                : Optional.empty());
    }

    /** The first match in {@code text}, if any. */
    Optional<Span> find(CharSequence text) {
        return find(text, new Span(0, text.length()));
    }

    /** Whether anything in the list occurs in {@code text}. */
    boolean in(CharSequence text) {
        return find(text).isPresent();
    }

    /** Every match inside {@code region} of {@code text}, left to right, not overlapping. */
    List<Span> findAll(CharSequence text, Span region) {
        List<Span> found = new ArrayList<>();
        if (pattern == null) {
            return found;
        }
        return search(text, region, matcher -> {
            while (matcher.find()) {
                found.add(new Span(matcher.start(), matcher.end()));
                if (matcher.end() == matcher.start()) {
                    break;
                }
            }
            return found;
        });
    }

    /**
     * Runs a search with this thread's matcher, then lets go of the text. A matcher of a long list holds a few
     * kilobytes of state; making one per search made a text of many short sentences allocate kilobytes per character.
     */
    private <T> T search(CharSequence text, Span region, Function<Matcher, T> work) {
        Matcher matcher = matchers.get().reset(text);
        try {
            matcher.region(region.start(), region.end());
            // Word boundaries look past the region, so a region that starts mid-word does not match there.
            matcher.useTransparentBounds(true);
            return work.apply(matcher);
        } finally {
            matcher.reset("");
        }
    }
}
