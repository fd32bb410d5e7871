package coach.coffeechat.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words that negate a phrase after them in the same clause: a cue ({@code negation.words}, or any word
 * ending in {@code n't}), as in "I'm not looking for a job" or "I won't ask for an hour". A comma, a dash or a "but"
 * starts a new clause ({@link Sentence#negates}), so "I'm not looking for a job, but is your team hiring?" still
 * asks. Thread-safe.
 */
final class Negation {
    // From the start of a word only: looked for from every letter, "n't" was sought to the end of the word each time.
    private static final Pattern CONTRACTION = Pattern.compile("(?<![\\p{L}])[\\p{L}]+n't(?![\\p{L}\\p{N}])",
            Phrases.FLAGS);

    private final Phrases cues;

    Negation(Phrases cues) {
        this.cues = cues;
    }

    /** Every negation in one sentence of {@code text}, cues first, then contractions, each left to right. */
    List<Span> in(CharSequence text, Span sentence) {
        List<Span> found = new ArrayList<>(cues.findAll(text, sentence));
        Matcher contraction = CONTRACTION.matcher(text);
        contraction.region(sentence.start(), sentence.end());
        while (contraction.find()) {
            found.add(new Span(contraction.start(), contraction.end()));
        }
        return found;
    }
}
