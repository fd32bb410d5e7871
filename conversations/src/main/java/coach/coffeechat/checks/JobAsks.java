package coach.coffeechat.checks;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds where a text asks the reader for a job ({@code asks-for-job.phrases}), skipping negated phrases such as
 * "I'm not looking for a job". One instance serves the request and the question checks. Thread-safe.
 */
final class JobAsks {
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s?.!\"')\\]]+$");

    private final Phrases phrases;

    JobAsks(CheckRules rules) {
        this.phrases = rules.jobAsks();
    }

    /** The first phrase in these sentences that asks for a job, as written; empty when there is none. */
    Optional<String> first(List<Sentence> sentences) {
        for (Sentence sentence : sentences) {
            for (Span match : phrases.findAll(sentence.text(), sentence.span())) {
                if (!sentence.negates(match.start())) {
                    return Optional.of(TRAILING_PUNCTUATION.matcher(match.of(sentence.text())).replaceAll(""));
                }
            }
        }
        return Optional.empty();
    }
}
