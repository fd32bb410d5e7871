package coach.coffeechat.checks;

import coach.coffeechat.config.Texts;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The request checks do work in proportion to the text, whatever it holds: counted in characters read, never timed.
 * The timeout is only a safety net for a check that would otherwise run for minutes.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class RequestCheckerWorkTest {
    private static final RequestChecker CHECKER = new RequestChecker(CheckRules.load(Optional.empty()),
            Texts.load(Optional.empty()));
    private static final int READS_PER_CHARACTER = 400;
    private static final int BYTES_PER_CHARACTER = 1_500;

    @Test
    void aNumberFollowedByALongRunOfSpacesIsReadOnce() {
        // "5", then spaces before a unit that never comes: "\s*-?\s*" between the number and its unit tried every split
        assertLinear("5 + spaces + x", length -> "5" + " ".repeat(length) + "x");
        assertLinear("5 to + spaces + x", length -> "5 to" + " ".repeat(length) + "x");
    }

    @Test
    void anAmountOfTimeFollowedByALongRunOfSpacesIsReadOnce() {
        // "5 minutes", then spaces before words that never say "a day" or "ago": the same split, looked for after it
        assertLinear("5 minutes + spaces + x", length -> "5 minutes" + " ".repeat(length) + "x");
        assertLinear("5 minutes + spaces and dashes + x", length -> "5 minutes" + " -".repeat(length / 2) + "x");
    }

    @Test
    void manyAmountsOfTimeInOneSentenceAreEachLookedBackFromOnce() {
        // each amount looked back to the start of its clause (for "spent", "not", "no more than") and did so again
        // for every rule that asks what time a sentence asks for
        assertLinear("'5 min ' repeated", length -> repeat("5 min ", length));
        assertLinear("'no more than 20 minutes ' repeated", length -> repeat("no more than 20 minutes ", length));
        assertLinear("'spent 5 minutes ' repeated", length -> repeat("spent 5 minutes ", length));
        assertLinear("'I won't need an hour ' repeated", length -> repeat("I won't need an hour ", length));
        assertLinear("'5min/' repeated", length -> repeat("5min/", length));
    }

    @Test
    void manyNegatedPhrasesInOneSentenceAreEachLookedBackFromOnce() {
        // a negated phrase is skipped, and the next one looked back from again, to the start of the clause
        assertLinear("'not hire me ' repeated", length -> repeat("not hire me ", length));
        assertLinear("'never lunch ' repeated", length -> repeat("never lunch ", length));
        assertLinear("'don't hire me ' repeated", length -> repeat("don't hire me ", length));
    }

    @Test
    void aLongWordBeforeAnAmountIsReadOnceForContractions() {
        // "n't" was looked for from every letter of the word, each time to its end
        assertLinear("a long word + ' 5 minutes'", length -> "a".repeat(length) + " 5 minutes");
        assertLinear("a long word + ' hire me'", length -> "a".repeat(length) + " hire me");
    }

    @Test
    void aJobAskWithLongRunsOfSpacesInsideIsQuotedInLinearWork() {
        // the quote drops closing punctuation at its end, which was sought from every space inside it
        assertLinear("'hire' + spaces + 'me'", length -> "hire" + " ".repeat(length) + "me");
        assertLinear("'refer me' + spaces and question marks", length -> "refer me" + " ?".repeat(length / 2));
    }

    @Test
    void everyInputBuiltFromThePatternsInTheChecksCodeIsCheckedInLinearWork() {
        SoftAssertions softly = new SoftAssertions();
        for (String seed : AdversarialInputs.CODE_SEEDS) {
            for (AdversarialInputs.Input input : AdversarialInputs.shapes("code", seed)) {
                Work.assertLinear(softly, input.name(), input.build(), READS_PER_CHARACTER, RequestCheckerWorkTest::check);
            }
        }
        softly.assertAll();
    }

    @Test
    void aTextOfManyShortSentencesAllocatesLittleForEach() {
        // each search of a word list made a new matcher, a few kilobytes for a long list, and every sentence is
        // searched by several lists: 64 KB of "?" after spaces allocated 289 MB
        SoftAssertions softly = new SoftAssertions();
        Work.assertLinear(softly, "' ?' repeated", length -> repeat(" ?", length), 2_000, Work.Measure.ALLOCATION,
                BYTES_PER_CHARACTER, RequestCheckerWorkTest::check);
        Work.assertLinear(softly, "'Hi Ana. ' repeated", length -> repeat("Hi Ana. ", length), 2_000,
                Work.Measure.ALLOCATION, BYTES_PER_CHARACTER, RequestCheckerWorkTest::check);
        softly.assertAll();
    }

    private static String repeat(String unit, int length) {
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    private static void assertLinear(String what, IntFunction<String> input) {
        Work.assertLinear(what, input, READS_PER_CHARACTER, RequestCheckerWorkTest::check);
    }

    /** An email reads the most: its subject line, then its body apart. */
    private static void check(CharSequence text) {
        CHECKER.check(new RequestDraft("", RequestFormat.EMAIL, "Sam Park", "Ana Li", LinkedInPlan.FREE), text);
    }
}
