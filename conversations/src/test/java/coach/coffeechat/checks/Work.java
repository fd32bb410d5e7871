package coach.coffeechat.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Measures how much of its input a check reads, counted in characters with {@link CountingText}, and asserts that
 * it grows linearly: at most {@code readsPerCharacter} reads per input character, and no more per character on an
 * input eight times as long than on the short one (a check that backtracks or rescans reads quadratically more).
 * Nothing here looks at a clock.
 */
final class Work {
    /** The length of the short input; the long one is eight times as long. */
    static final int SHORT = 2_000;
    static final int LONG = 8 * SHORT;

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
        String small = input.apply(SHORT);
        String large = input.apply(LONG);
        double smallPerCharacter = (double) reads(small, check) / Math.max(1, small.length());
        double largePerCharacter = (double) reads(large, check) / Math.max(1, large.length());
        assertThat(largePerCharacter).as("reads per character of %s, %,d characters long", what, large.length())
                .isLessThanOrEqualTo(readsPerCharacter)
                .as("reads per character of %s at %,d characters against %.1f at %,d", what, large.length(),
                        smallPerCharacter, small.length())
                .isLessThanOrEqualTo(1.5 * smallPerCharacter + 2);
    }
}
