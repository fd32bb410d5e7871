package coach.coffeechat.checks;

import coach.coffeechat.testing.CountingText;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.assertj.core.api.SoftAssertions;

/**
 * Measures how much work a check does on an input, counted rather than timed, and asserts that it grows linearly
 * with the input: at most a given amount per input character, and not much more per character on an input four
 * times as long than on the short one (a check that backtracks or rescans does four times as much per character
 * there). Two counts: characters read through {@link CountingText}, for the patterns and passes over the text; and
 * bytes allocated by the thread, for work on words copied out of it (comparing questions word by word).
 */
final class Work {
    /** The length of the short input, unless a test asks for another; the long one is four times as long. */
    static final int SHORT = 500;
    static final int LONGER = 4;

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** What is counted. */
    enum Measure {
        /** Characters read from the input. */
        READS("reads"),
        /** Bytes allocated by the checking thread. */
        ALLOCATION("bytes allocated");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        long of(String text, Consumer<CharSequence> check) {
            if (this == READS) {
                return reads(text, check);
            }
            long before = THREADS.getCurrentThreadAllocatedBytes();
            check.accept(text);
            return THREADS.getCurrentThreadAllocatedBytes() - before;
        }
    }

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
        assertLinear(softly, what, input, SHORT, Measure.READS, readsPerCharacter, check);
    }

    /**
     * Asserts that {@code measure} of {@code check} grows linearly from inputs of about {@code shortLength}
     * characters to four times as long, collecting failures in {@code softly}.
     */
    static void assertLinear(SoftAssertions softly, String what, IntFunction<String> input, int shortLength,
                             Measure measure, long perCharacter, Consumer<CharSequence> check) {
        String small = input.apply(shortLength);
        String large = input.apply(LONGER * shortLength);
        measure.of(small, check);
        double smallPerCharacter = (double) measure.of(small, check) / Math.max(1, small.length());
        double largePerCharacter = (double) measure.of(large, check) / Math.max(1, large.length());
        softly.assertThat(largePerCharacter).as("%s per character of %s, %,d characters long", measure.label, what,
                large.length()).isLessThanOrEqualTo(perCharacter);
        softly.assertThat(largePerCharacter).as("%s per character of %s at %,d characters against %.1f at %,d",
                measure.label, what, large.length(), smallPerCharacter, small.length())
                .isLessThanOrEqualTo(1.5 * smallPerCharacter + 2);
    }
}
