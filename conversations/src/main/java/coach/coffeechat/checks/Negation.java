package coach.coffeechat.checks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a phrase is negated: a cue ({@code negation.words}, or any word ending in {@code n't}) earlier in the
 * same clause, as in "I'm not looking for a job" or "I won't ask for an hour". A comma, a dash or a "but" starts a
 * new clause, so "I'm not looking for a job, but is your team hiring?" still asks. Thread-safe.
 */
final class Negation {
    private static final Pattern CONTRACTION = Pattern.compile("[\\p{L}]+n't(?![\\p{L}\\p{N}])", Phrases.FLAGS);

    private final Phrases cues;

    Negation(Phrases cues) {
        this.cues = cues;
    }

    /**
     * Whether the clause around {@code position} negates it.
     *
     * @param text the whole text
     * @param sentence the sentence holding {@code position}; clauses never reach past its start
     * @param position where the phrase starts
     */
    boolean negates(CharSequence text, Span sentence, int position) {
        Span before = new Span(Prose.clauseStart(text, sentence.start(), position), position);
        if (cues.find(text, before).isPresent()) {
            return true;
        }
        Matcher contraction = CONTRACTION.matcher(text);
        contraction.region(before.start(), before.end());
        return contraction.find();
    }
}
