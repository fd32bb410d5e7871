package coach.coffeechat.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words that negate a phrase after them in the same clause: a cue ({@code negation.words}, or any word
 * ending in one of {@code negation.word-endings}, such as {@code n't}), as in "I'm not looking for a job" or "I won't
 * ask for an hour". A comma, a dash or a "but" starts a new clause ({@link Sentence#negates}), so "I'm not looking
 * for a job, but is your team hiring?" still asks. Thread-safe.
 */
final class Negation {
    private final Phrases cues;
    private final Pattern contraction;

    /**
     * @param cues the words and phrases that negate
     * @param endings the endings that make a word negate ("n't"); none for a language without them
     */
    Negation(Phrases cues, List<String> endings) {
        this.cues = cues;
        // From the start of a word only: looked for from every letter, "n't" was sought to the end of the word each
        // time.
        this.contraction = endings.isEmpty() ? null : Pattern.compile("(?<![\\p{L}])[\\p{L}]+"
                + Phrases.alternation("negation.word-endings", endings) + "(?![\\p{L}\\p{N}])", Phrases.FLAGS);
    }

    /** The words and phrases that negate ({@code negation.words}). */
    Phrases cues() {
        return cues;
    }

    /** Every negation in one sentence of {@code text}, cues first, then contractions, each left to right. */
    List<Span> in(CharSequence text, Span sentence) {
        List<Span> found = new ArrayList<>(cues.findAll(text, sentence));
        if (contraction == null) {
            return found;
        }
        Matcher matcher = contraction.matcher(text);
        matcher.region(sentence.start(), sentence.end());
        while (matcher.find()) {
            found.add(new Span(matcher.start(), matcher.end()));
        }
        return found;
    }
}
