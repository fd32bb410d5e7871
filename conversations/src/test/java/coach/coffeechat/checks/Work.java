package coach.coffeechat.checks;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.assertj.core.api.SoftAssertions;

/**
 * Measures how much of its input a check reads, counted in characters with {@link CountingText}, and asserts that
 * it grows linearly: at most {@code readsPerCharacter} reads per input character, and not much more per character on
 * an input four times as long than on the short one (a check that backtracks or rescans reads four times as much per
 * character there).
 * Nothing here looks at a clock.
 */
final class Work {
    /** The length of the short input; the long one is four times as long. */
    static final int SHORT = 500;
    static final int LONG = 4 * SHORT;

    private Work() {
    }

    /** How many characters {@code check} reads of {@code text}. */
    static long reads(String text, Consumer<CharSequence> check) {
        CountingText counting = new CountingText(text);
        check.accept(counting);
        return counting.reads();
    }

    /**
     * Asserts that {@code check} reads inputs built by {@code input} (given about how long to make it) in linear
     * work.
     *
     * @param what the input, for failure messages
     * @param input builds an input of about the given length
     * @param readsPerCharacter the most reads per input character allowed
     * @param check the work measured
     */
    static void assertLinear(String what, IntFunction<String> input, int readsPerCharacter,
                             Consumer<CharSequence> check) {
        SoftAssertions softly = new SoftAssertions();
        assertLinear(softly, what, input, readsPerCharacter, check);
        softly.assertAll();
    }

    /** As {@link #assertLinear(String, IntFunction, int, Consumer)}, collecting failures in {@code softly}. */
    static void assertLinear(SoftAssertions softly, String what, IntFunction<String> input, int readsPerCharacter,
                             Consumer<CharSequence> check) {
        String small = input.apply(SHORT);
        String large = input.apply(LONG);
        double smallPerCharacter = (double) reads(small, check) / Math.max(1, small.length());
        double largePerCharacter = (double) reads(large, check) / Math.max(1, large.length());
        softly.assertThat(largePerCharacter).as("reads per character of %s, %,d characters long", what, large.length())
                .isLessThanOrEqualTo(readsPerCharacter);
        softly.assertThat(largePerCharacter).as("reads per character of %s at %,d characters against %.1f at %,d",
                what, large.length(), smallPerCharacter, small.length())
                .isLessThanOrEqualTo(1.5 * smallPerCharacter + 2);
    }
}
