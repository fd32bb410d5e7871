package coach.coffeechat.checks;

import coach.coffeechat.config.Texts;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
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
    private static final int READS_PER_CHARACTER = 4_000;

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

    private static void assertLinear(String what, IntFunction<String> input) {
        Work.assertLinear(what, input, READS_PER_CHARACTER, text -> {
            for (RequestFormat format : RequestFormat.values()) {
                CHECKER.check(new RequestDraft("", format, "Sam Park", "Ana Li", LinkedInPlan.FREE), text);
            }
        });
    }
}
