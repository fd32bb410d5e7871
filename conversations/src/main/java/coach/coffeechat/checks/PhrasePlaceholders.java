package coach.coffeechat.checks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the placeholders in the checks' phrase lists stand for: {@code {job}} (a job, post or role, with the words
 * that may come before it), {@code {i}} (the writer: "I", "we", "I'm really hoping to") and {@code {org}} (an
 * organisation: "your company", "the firm's", "Acme Health") and {@code {name}} (a capitalised name of up to three
 * words: "Joe Reyes"). The grammar is fixed here; the vocabulary comes from a language's lists: the
 * {@code placeholder.*} keys, {@code asks-for-job.nouns} and {@code googleable.organisation-words}.
 *
 * <p>Each placeholder stands where a search starts again at every word of a text, so each reads a bounded stretch
 * and gives up early: runs of spaces and words are taken whole where nothing after them could use part of them, and
 * {@code {i}} looks back for "when" and the like only once it has seen the word "I" or "we".
 *
 * @param regexes each placeholder and the regular expression it stands for
 * @param firstLetters the letters a placeholder's match can start with, where they are known: {@code {i}}'s
 */
record PhrasePlaceholders(Map<String, String> regexes, Map<String, Set<Character>> firstLetters) {
    /** No placeholders: for lists that take none. */
    static final PhrasePlaceholders NONE = new PhrasePlaceholders(Map.of(), Map.of());
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";

    PhrasePlaceholders {
        regexes = Map.copyOf(regexes);
        firstLetters = Map.copyOf(firstLetters);
    }

    /**
     * A word of {@code asks-for-job.nouns}, or a compound ending in a word of {@code asks-for-job.noun-endings}
     * ("Praktikumsstelle", "Werkstudentenjob"). The compound is read whole, once, and only then is its end compared
     * with the endings (a look back of a bounded length), so a long word costs its length and not its length times
     * the endings.
     */
    private static String jobNoun(CheckSettingValues values) {
        String nouns = Phrases.alternation("asks-for-job.nouns", values.list("asks-for-job.nouns"));
        List<String> endings = values.wordList("asks-for-job.noun-endings");
        if (endings.isEmpty()) {
            return nouns;
        }
        return "(?:" + nouns + "|[\\p{L}\\p{N}][\\p{L}\\p{N}-]*+(?<=" + Phrases.alternation(
                "asks-for-job.noun-endings", endings) + "))";
    }

    /** Reads the vocabulary of every placeholder from {@code values}. */
    static PhrasePlaceholders read(CheckSettingValues values) {
        List<String> writer = values.list("placeholder.i.writer");
        // The words the writer's phrases start with ("i" of "i'm", "we" of "we are"): each is followed by a space, an
        // apostrophe or the end, so the costly look back waits until one of them has been seen as a word of its own.
        Set<String> heads = new TreeSet<>();
        writer.forEach(entry -> heads.add(entry.split("[\\s']", 2)[0]));
        String notAfter = values.wordList("placeholder.i.not-after").stream().map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String writerRegex = "(?=" + Phrases.alternation("placeholder.i.writer", List.copyOf(heads)) + WORD_END + ")"
                + (notAfter.isEmpty() ? "" : "(?<!(?:" + notAfter + ")\\s{1,3})")
                + Phrases.alternation("placeholder.i.writer", writer);
        // A helper word is always followed by a space or the end of the phrase, so it is a whole word: at most one of
        // them fits, and each helper with its spaces is taken whole (atomically); how many helpers is still tried
        // every way.
        String helpers = "(?>\\s++" + Phrases.alternation("placeholder.i.helpers",
                values.wordList("placeholder.i.helpers")) + WORD_END + "){0,5}";
        String determiner = "(?:" + Phrases.alternation("placeholder.job.determiners",
                values.list("placeholder.job.determiners")) + "\\s++)?";
        // A describing word is followed by spaces, never by more of itself, so the word and the spaces are taken whole.
        String describing = "(?:(?!" + Phrases.alternation("placeholder.job.not-describing",
                values.wordList("placeholder.job.not-describing")) + WORD_END
                + ")[\\p{L}\\p{N}&'-]++\\s++){0,3}";
        List<String> notNames = values.wordList("placeholder.name.not-names");
        String name = (notNames.isEmpty() ? "" : "(?!" + Phrases.alternation("placeholder.name.not-names", notNames)
                + WORD_END + ")") + "(?-i:\\p{Lu})[\\p{L}\\p{N}&.-]*(?:\\s++(?-i:\\p{Lu})[\\p{L}\\p{N}&.-]*){0,2}";

        Map<String, String> placeholders = new LinkedHashMap<>();
        placeholders.put("{job}", determiner + describing + jobNoun(values));
        placeholders.put("{i}", writerRegex + helpers);
        placeholders.put("{name}", name);
        placeholders.put("{org}", "(?:" + Phrases.alternation("placeholder.org.articles",
                values.list("placeholder.org.articles")) + "\\s++" + Phrases.alternation(
                "googleable.organisation-words", values.list("googleable.organisation-words")) + "|" + name
                + ")(?:'s)?");
        Set<Character> writerLetters = new TreeSet<>();
        heads.forEach(head -> writerLetters.add(head.charAt(0)));
        return new PhrasePlaceholders(placeholders, Map.of("{i}", writerLetters));
    }
}
