package coach.coffeechat.checks;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds where a text asks the reader for a job ({@code asks-for-job.phrases}), skipping negated phrases such as
 * "I'm not looking for a job". One instance serves the request and the question checks. Thread-safe.
 */
final class JobAsks {
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s?.!\"')\\]]+$");

    private final Phrases phrases;
    private final Negation negation;

    JobAsks(CheckRules rules) {
        this.phrases = rules.jobAsks();
        this.negation = new Negation(rules.negations());
    }

    /** The first phrase in {@code text} that asks for a job, as written; empty when there is none. */
    Optional<String> first(CharSequence text) {
        for (Span sentence : Prose.sentences(text)) {
            for (Span match : phrases.findAll(text, sentence)) {
                if (!negation.negates(text, sentence, match.start())) {
                    return Optional.of(TRAILING_PUNCTUATION.matcher(match.of(text)).replaceAll(""));
                }
            }
        }
        return Optional.empty();
    }
}
