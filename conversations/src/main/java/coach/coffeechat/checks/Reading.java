package coach.coffeechat.checks;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the checks of one language read a text, beyond its word lists: where sentences end (the full stop of an
 * abbreviation such as "Dr." ends none), which words start a new clause ({@code reading.clause-breaks}), which words
 * negate ({@link Negation}), which titles to skip in a person's name, how an email's subject line is labelled
 * ({@code missing-subject.labels}), how a postscript is marked ({@code late-referrer.postscripts}) and the amounts of
 * time a sentence names ({@link TimeMentions}). Built from the settings once; immutable and thread-safe.
 *
 * @param abbreviations words whose full stop ends no sentence, lower case
 * @param longestAbbreviation the length of the longest of them
 * @param clauseBreak a clause break: punctuation, or one of the words that turn a sentence around
 * @param nameTitles titles left out of a person's name, folded
 * @param negation the words that negate what follows them
 * @param subject an email's subject line, its text in group 1
 * @param postscript the mark that opens a postscript
 * @param times the amounts of time a sentence names
 */
record Reading(Set<String> abbreviations, int longestAbbreviation, Pattern clauseBreak, Set<String> nameTitles,
               Negation negation, Pattern subject, Pattern postscript, TimeMentions times) {

    /** Reads and checks the settings. */
    static Reading read(CheckSettingValues values) {
        Set<String> abbreviations = values.words("reading.abbreviations");
        // Clause breaks: punctuation that starts a new thought, and the words that turn it around.
        Pattern clauseBreak = Pattern.compile("[,;:()\\u2013\\u2014]|\\s-\\s|(?<![\\p{L}\\p{N}])"
                + Phrases.alternation("reading.clause-breaks", values.list("reading.clause-breaks"))
                + "(?![\\p{L}\\p{N}])", Phrases.FLAGS);
        Set<String> titles = Set.copyOf(values.words("reading.name-titles").stream().map(Prose::fold).toList());
        Negation negation = new Negation(values.phrases("negation.words", PhrasePlaceholders.NONE),
                values.list("negation.word-endings"));
        List<String> labels = values.wordList("missing-subject.labels");
        Pattern subject = Pattern.compile((labels.isEmpty() ? "(?!)" : "(?:" + String.join("|",
                labels.stream().map(Pattern::quote).toList()) + ")") + "\\s*:(.*)", Phrases.FLAGS);
        Pattern postscript = Pattern.compile(values.wordList("late-referrer.postscripts").stream()
                .map(Reading::postscriptMark).reduce((a, b) -> a + "|" + b).map(marks -> "(?:" + marks + ")")
                .orElse("(?!)") + "(?![\\p{L}\\p{N}])", Phrases.FLAGS);
        int longest = abbreviations.stream().mapToInt(String::length).max().orElse(0);
        return new Reading(abbreviations, longest, clauseBreak, titles, negation, subject, postscript,
                TimeMentions.read(values));
    }

    /** "ps" as "p\.?\s?s": each letter perhaps followed by a full stop and a space. */
    private static String postscriptMark(String letters) {
        List<String> quoted = letters.codePoints().mapToObj(Character::toString).map(Pattern::quote).toList();
        return String.join("\\.?\\s?", quoted);
    }

    /** The sentences of a text, as {@link Prose#sentences} finds them with these abbreviations. */
    List<Span> sentences(CharSequence text) {
        return Prose.sentences(text, abbreviations, longestAbbreviation);
    }

    /** A person's name, for finding it in a text, with this language's titles left out. */
    Names name(String fullName) {
        return Names.of(fullName, nameTitles);
    }
}
