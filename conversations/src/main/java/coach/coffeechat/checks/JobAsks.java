package coach.coffeechat.checks;

import java.util.List;
import java.util.Optional;

/**
 * Finds where a text asks the reader for a job ({@code asks-for-job.phrases}), skipping negated phrases such as
 * "I'm not looking for a job". One instance serves the request and the question checks. Thread-safe.
 */
final class JobAsks {
    // What "\s" matches, and the marks that close a question.
    private static final String TRAILING_PUNCTUATION = " \t\n\u000B\f\r?.!\"')]";

    private final Phrases phrases;

    JobAsks(CheckRules rules) {
        this.phrases = rules.jobAsks();
    }

    /** The first phrase in these sentences that asks for a job, as written; empty when there is none. */
    Optional<String> first(List<Sentence> sentences) {
        for (Sentence sentence : sentences) {
            for (Span match : phrases.findAll(sentence.text(), sentence.span())) {
                if (!sentence.negates(match.start())) {
                    return Optional.of(withoutTrailingPunctuation(sentence.text(), match).of(sentence.text()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The phrase without the spaces and closing marks a "$" entry ends with. Read from the end, once: sought with a
     * pattern, they were tried from every space inside the phrase, each time to its end.
     */
    private static Span withoutTrailingPunctuation(CharSequence text, Span match) {
        int end = match.end();
        while (end > match.start() && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return new Span(match.start(), end);
    }
}
