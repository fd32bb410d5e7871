package coach.coffeechat.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time in whole minutes, read the one way every command, flow and tool reads minutes: ASCII digits,
 * within the {@link Range} the caller allows. What differs between callers is only the range, the default and
 * the message each words its refusal with; the reading is the same everywhere.
 *
 * <p>A number may have at most one digit more than the range's largest value needs, so "05" and "060" read
 * but a run of zeros or digits does not (and no number overflows).
 *
 * @param count how many minutes
 */
public record Minutes(int count) {
    /** A number, then optionally a unit word and a full stop: {@code 15}, {@code 15m}, {@code 15 min.}. */
    private static final Pattern ANSWER = Pattern.compile("(\\d+)\\s*(?:m|min|mins|minutes)?\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    public Minutes {
        if (count < 0) {
            throw new IllegalArgumentException("minutes cannot be negative, was " + count);
        }
    }

    /**
     * The minutes a caller accepts, and what it takes when none are given.
     *
     * @param min the fewest, at least 1
     * @param max the most, at least {@code min}
     * @param byDefault taken when nothing is given, from {@code min} to {@code max}
     */
    public record Range(int min, int max, int byDefault) {
        public Range {
            if (min < 1 || max < min || byDefault < min || byDefault > max) {
                throw new IllegalArgumentException("minutes range must be 1 <= min <= default <= max, was "
                        + min + ", " + max + ", default " + byDefault);
            }
        }

        /** The default as minutes. */
        public Minutes defaultMinutes() {
            return new Minutes(byDefault);
        }

        /** This range taking {@code count} by default, held within it. */
        public Range withDefault(int count) {
            return new Range(min, max, Math.max(min, Math.min(max, count)));
        }

        /** Whether {@code count} minutes are allowed. */
        public boolean allows(int count) {
            return count >= min && count <= max;
        }

        /** How many digits a number may have: one more than the largest value needs. */
        private int maxDigits() {
            return Integer.toString(max).length() + 1;
        }
    }

    /**
     * Minutes typed in answer to "how long?": {@code 15}, {@code 15m}, {@code 15 min}, {@code 15 mins},
     * {@code 15 minutes}, any case, a full stop after. Empty when the text is not that (empty text included) or the
     * number is outside the range; the caller words the refusal and decides what an empty answer keeps.
     */
    public static Optional<Minutes> parse(String typed, Range range) {
        Matcher answer = ANSWER.matcher(typed.strip());
        return answer.matches() ? inRange(answer.group(1), range) : Optional.empty();
    }

    /**
     * Minutes given as a bare whole number, the way a command option or a command-line flag gives them; nothing
     * given means the range's default. Empty when the text is not a whole number or it is outside the range.
     */
    public static Optional<Minutes> parseNumber(String typed, Range range) {
        String number = typed.strip();
        if (number.isEmpty()) {
            return Optional.of(range.defaultMinutes());
        }
        return NUMBER.matcher(number).matches() ? inRange(number, range) : Optional.empty();
    }

    /**
     * Minutes a flow stored in one of its answers: the number when it is one within the range, else the default
     * (no answer yet, or one the range no longer allows).
     */
    public static Minutes stored(String answer, Range range) {
        return parseNumber(answer, range).orElse(range.defaultMinutes());
    }

    /** The minutes as a flow stores them in an answer. */
    public String answer() {
        return Integer.toString(count);
    }

    private static Optional<Minutes> inRange(String digits, Range range) {
        if (digits.length() > range.maxDigits()) {
            return Optional.empty();
        }
        // At most eleven digits: a long holds them, and a count the range allows fits an int.
        long count = Long.parseLong(digits);
        return count >= range.min() && count <= range.max() ? Optional.of(new Minutes((int) count))
                : Optional.empty();
    }
}
