package coach.coffeechat.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A person's name, for finding it in a text: the first name counts in any case ("ana" or "Ana"), other parts of the
 * name only when capitalised ("Park", not "park"), accents ignored, possessives allowed ("Ana's"). Immutable.
 */
final class Names {
    private final String firstAsWritten;
    private final String first;
    private final List<String> others;

    private Names(String firstAsWritten, String first, List<String> others) {
        this.firstAsWritten = firstAsWritten;
        this.first = first;
        this.others = List.copyOf(others);
    }

    /**
     * The parts of a full name; an empty or blank name yields one that never matches.
     *
     * @param titles titles to leave out ({@code reading.name-titles}), folded
     */
    static Names of(String fullName, Set<String> titles) {
        String prepared = Prose.prepare(fullName);
        String firstAsWritten = "";
        String first = "";
        List<String> others = new ArrayList<>();
        for (Span span : Prose.wordSpans(prepared)) {
            String word = span.of(prepared);
            String folded = Prose.fold(word);
            if (folded.length() < 2 || titles.contains(folded)) {
                continue;
            }
            if (first.isEmpty()) {
                firstAsWritten = word;
                first = folded;
            } else {
                others.add(folded);
            }
        }
        return new Names(firstAsWritten, first, others);
    }

    /** Whether there is a name to look for. */
    boolean isEmpty() {
        return first.isEmpty();
    }

    /** The first name as written, for messages. */
    String firstName() {
        return firstAsWritten;
    }

    /** How often the name (any part of it) appears in {@code text}. */
    int mentions(CharSequence text) {
        if (isEmpty()) {
            return 0;
        }
        int count = 0;
        for (Span span : Prose.wordSpans(text)) {
            if (isPartOf(span.of(text))) {
                count++;
            }
        }
        return count;
    }

    /** Whether one word, as written, is a part of the name (possessive allowed). */
    boolean isPartOf(String word) {
        if (isEmpty()) {
            return false;
        }
        String bare = word.endsWith("'s") || word.endsWith("'S") ? word.substring(0, word.length() - 2) : word;
        String folded = Prose.fold(bare);
        return folded.equals(first) || (others.contains(folded) && Character.isUpperCase(bare.codePointAt(0)));
    }
}
