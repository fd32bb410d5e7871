package coach.coffeechat.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One sentence of a text, read once for the checks that look back from a phrase to the start of its clause: where
 * each clause starts, and where a word that negates what follows it stands. Both are found in one pass over the
 * sentence the first time they are asked for, so looking back from every phrase in a long sentence reads it once
 * rather than once per phrase. Also keeps the amounts of time the sentence asks for once they are found. One per
 * check; not thread-safe.
 */
final class Sentence {
    private final CharSequence text;
    private final Span span;
    private final Reading reading;
    private int[] clauseBreakEnds;
    private int[] negationEnds;
    private int[] latestNegationStarts;
    private List<TimeMentions.Mention> askedTimes;

    Sentence(CharSequence text, Span span, Reading reading) {
        this.text = text;
        this.span = span;
        this.reading = reading;
    }

    /** The sentences of {@code text}, in order, each to be read when first asked. */
    static List<Sentence> allIn(CharSequence text, Reading reading) {
        List<Sentence> sentences = new ArrayList<>();
        for (Span span : reading.sentences(text)) {
            sentences.add(new Sentence(text, span, reading));
        }
        return sentences;
    }

    /** The whole text the sentence is part of. */
    CharSequence text() {
        return text;
    }

    /** Where the sentence stands in {@link #text()}. */
    Span span() {
        return span;
    }

    /** Where the clause holding {@code position} starts: after the last clause break before it in the sentence. */
    int clauseStart(int position) {
        if (clauseBreakEnds == null) {
            clauseBreakEnds = Prose.clauseBreakEnds(text, span, reading.clauseBreak());
        }
        int index = lastAtMost(clauseBreakEnds, position);
        return index < 0 ? span.start() : clauseBreakEnds[index];
    }

    /**
     * Whether the clause around {@code position} negates what starts there: a negation ({@link Negation}) stands
     * wholly between the start of the clause and {@code position}.
     */
    boolean negates(int position) {
        if (negationEnds == null) {
            readNegations();
        }
        int index = lastAtMost(negationEnds, position);
        return index >= 0 && latestNegationStarts[index] >= clauseStart(position);
    }

    /** The amounts of time the sentence asks for, found the first time they are asked for. */
    List<TimeMentions.Mention> askedTimes() {
        if (askedTimes == null) {
            askedTimes = reading.times().asked(this);
        }
        return askedTimes;
    }

    private void readNegations() {
        List<Span> found = new ArrayList<>(reading.negation().in(text, span));
        found.sort((a, b) -> Integer.compare(a.end(), b.end()));
        negationEnds = new int[found.size()];
        latestNegationStarts = new int[found.size()];
        int latest = -1;
        for (int i = 0; i < found.size(); i++) {
            latest = Math.max(latest, found.get(i).start());
            negationEnds[i] = found.get(i).end();
            latestNegationStarts[i] = latest;
        }
    }

    /** The index of the last value in ascending {@code values} that is at most {@code limit}, or -1. */
    private static int lastAtMost(int[] values, int limit) {
        int index = Arrays.binarySearch(values, limit);
        if (index >= 0) {
            while (index + 1 < values.length && values[index + 1] == limit) {
                index++;
            }
            return index;
        }
        return -index - 2;
    }
}
