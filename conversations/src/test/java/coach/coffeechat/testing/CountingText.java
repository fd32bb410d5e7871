package coach.coffeechat.testing;

/**
 * A text that counts every character read from it, through {@link #charAt} or by copying it with {@link #toString},
 * so that a test can tell how much work a check did: a regular expression that backtracks, or a check that rescans,
 * reads each character many times. Views made with {@link #subSequence} add to the same count. Not thread-safe.
 */
public final class CountingText implements CharSequence {
    private final String text;
    private final int start;
    private final int end;
    private final long[] reads;

    /** Counts the reads of {@code text}. */
    public CountingText(String text) {
        this(text, 0, text.length(), new long[1]);
    }

    private CountingText(String text, int start, int end, long[] reads) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.reads = reads;
    }

    /** Characters read so far, from this text and every view of it. */
    public long reads() {
        return reads[0];
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length()) {
            throw new IndexOutOfBoundsException("index " + index + " of " + length());
        }
        reads[0]++;
        return text.charAt(start + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        if (from < 0 || to > length() || from > to) {
            throw new IndexOutOfBoundsException("from " + from + " to " + to + " of " + length());
        }
        return new CountingText(text, start + from, start + to, reads);
    }

    @Override
    public String toString() {
        reads[0] += length();
        return text.substring(start, end);
    }
}
