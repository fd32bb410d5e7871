package coach.coffeechat.bot.console;

import java.io.Reader;
import java.util.Arrays;

/**
 * Input with one line of {@code length} characters in the middle, made as it is read and never held whole: what a
 * runaway pipe or a file pasted by mistake sends.
 */
public final class EndlessLine extends Reader {
    private final String before;
    private final String after;
    private int beforeAt;
    private long left;
    private int afterAt;

    /**
     * @param before the text read first, line breaks included
     * @param length how many characters the long part has
     * @param after the text read last, starting with the long line's line break
     */
    public EndlessLine(String before, long length, String after) {
        this.before = before;
        this.left = length;
        this.after = after;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (beforeAt < before.length()) {
            int count = Math.min(before.length() - beforeAt, length);
            before.getChars(beforeAt, beforeAt + count, buffer, offset);
            beforeAt += count;
            return count;
        }
        if (left > 0) {
            int count = (int) Math.min(left, length);
            Arrays.fill(buffer, offset, offset + count, 'x');
            left -= count;
            return count;
        }
        if (afterAt >= after.length()) {
            return -1;
        }
        int count = Math.min(after.length() - afterAt, length);
        after.getChars(afterAt, afterAt + count, buffer, offset);
        afterAt += count;
        return count;
    }

    @Override
    public void close() {
        beforeAt = before.length();
        left = 0;
        afterAt = after.length();
    }
}
