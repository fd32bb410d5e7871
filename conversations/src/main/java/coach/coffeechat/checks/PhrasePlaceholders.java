package coach.coffeechat.checks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the placeholders in the checks' phrase lists stand for: {@code {job}} (a job, post or role, with the words
 * that may come before it), {@code {i}} (the writer: "I", "we", "I'm really hoping to") and {@code {org}} (an
 * organisation: "your company", "the firm's", "Acme Health") and {@code {name}} (a capitalised name of up to three
 * words: "Joe Reyes"). The grammar is fixed here; the vocabulary comes from
 * the lists {@code asks-for-job.nouns} and {@code googleable.organisation-words}.
 *
 * <p>Each placeholder stands where a search starts again at every word of a text, so each reads a bounded stretch
 * and gives up early: runs of spaces and words are taken whole where nothing after them could use part of them, and
 * {@code {i}} looks back for "when" and the like only once it has seen the word "I" or "we".
 */
final class PhrasePlaceholders {
    private static final String DETERMINER = "(?:(?:a|an|any|the|this|that|your|some|another|one of the|one of your)"
            + "\\s++)?";
    private static final String FUNCTION_WORDS = "(?:in|on|at|to|for|of|with|by|from|into|about|like|as|and|or|but|my|"
            + "your|his|her|their|our|me|you|it|that|this|who|which|what|how|why|when|where|is|are|was|were|be|i|we|"
            + "they|he|she|a|an|the|not|no|so|if)";
    // A describing word is followed by spaces, never by more of itself, so the word and the spaces are taken whole.
    private static final String DESCRIBING_WORDS = "(?:(?!" + FUNCTION_WORDS + "(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}&'-]++"
            + "\\s++){0,3}";
    // The look back for "when" is the costly part, so it comes after "I" or "we" has been seen as a word of its own
    // ("I'm" and "we're" go on with an apostrophe): the writer is always followed by a space, an apostrophe or the end.
    private static final String WRITER = "(?=(?:i|we)(?![\\p{L}\\p{N}]))"
            + "(?<!(?:when|if|once|before|after|while|until|whenever|as|since)\\s{1,3})"
            + "(?:i'm|i am|i've|i have|i'd|i would|i was|i'll|i will|i|we're|we are|we)";
    // A helper word is always followed by a space or the end of the phrase, so it is a whole word: at most one of them
    // fits, and each helper with its spaces is taken whole (atomically); how many helpers is still tried every way.
    private static final String WRITER_HELPERS = "(?>\\s++(?:am|are|be|been|was|were|really|currently|also|now|actively|"
            + "just|still|would|could|can|might|may|will|like|love|to|hoping|hope|trying|writing|reaching|out|want|"
            + "wanted|wondering|if|whether|i|so|very|keen|eager|excited|seriously|genuinely|definitely|have|had|"
            + "therefore|hereby|now)(?![\\p{L}\\p{N}])){0,5}";
    private static final String ARTICLE_FOR_ORGANISATION = "(?:the|your|this|that|their|our)\\s++";
    private static final String NAME = "(?!I(?![\\p{L}\\p{N}]))(?-i:\\p{Lu})[\\p{L}\\p{N}&.-]*"
            + "(?:\\s++(?-i:\\p{Lu})[\\p{L}\\p{N}&.-]*){0,2}";

    /** The letters a placeholder's match can start with, where they are known: the writer is "I" or "we". */
    static final Map<String, Set<Character>> FIRST_LETTERS = Map.of("{i}", Set.of('i', 'w'));

    private PhrasePlaceholders() {
    }

    /**
     * Each placeholder and the regular expression it stands for, reading the two vocabulary lists from
     * {@code values}.
     */
    static Map<String, String> read(CheckSettingValues values) {
        Map<String, String> placeholders = new LinkedHashMap<>();
        placeholders.put("{job}", DETERMINER + DESCRIBING_WORDS
                + Phrases.alternation("asks-for-job.nouns", values.list("asks-for-job.nouns")));
        placeholders.put("{i}", WRITER + WRITER_HELPERS);
        placeholders.put("{name}", NAME);
        placeholders.put("{org}", "(?:" + ARTICLE_FOR_ORGANISATION + Phrases.alternation(
                "googleable.organisation-words", values.list("googleable.organisation-words")) + "|" + NAME + ")(?:'s)?");
        return placeholders;
    }
}
