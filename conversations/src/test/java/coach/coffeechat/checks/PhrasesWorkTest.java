package coach.coffeechat.checks;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every word list in {@code config/checks.properties}, searched in text built from each of its entries to make it
 * backtrack ({@link AdversarialInputs}), reads each character a bounded number of times: counted, never timed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
final class PhrasesWorkTest {
    private static final CheckRules RULES = CheckRules.load(Optional.empty());
    private static final int READS_PER_CHARACTER = 100;

    static Stream<Arguments> lists() {
        return AdversarialInputs.lists(RULES).entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aListReadsEveryInputBuiltFromItsEntriesInLinearWork(String key, Phrases list) {
        SoftAssertions softly = new SoftAssertions();
        for (String seed : AdversarialInputs.seeds(list)) {
            for (AdversarialInputs.Input input : AdversarialInputs.shapes(key, seed)) {
                Work.assertLinear(softly, input.name(), input.build(), READS_PER_CHARACTER,
                        text -> list.findAll(text, new Span(0, text.length())));
            }
        }
        softly.assertAll();
    }
}
