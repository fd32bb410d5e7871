package coach.coffeechat.checks;

/**
 * A stretch of a text, by character index.
 *
 * @param start the first character
 * @param end one past the last character
 */
record Span(int start, int end) {
    Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a span runs from 0 <= start <= end, was " + start + " to " + end);
        }
    }

    /** The characters of {@code text} this span covers. */
    String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** How many characters it covers. */
    int length() {
        return end - start;
    }
}
