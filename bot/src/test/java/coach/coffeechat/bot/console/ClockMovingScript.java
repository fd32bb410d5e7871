package coach.coffeechat.bot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;

/**
 * A typed script that moves the test's clock once, as line {@code moveAtLine} (from 1) starts to be read: after the
 * console's timer round for that line, so that what falls due then shows before the next line is answered.
 */
final class ClockMovingScript extends BufferedReader {
    private final TestClock clock;
    private final int moveAtLine;
    private final Duration by;
    private int lineBreaks;
    private boolean moved;

    ClockMovingScript(String script, TestClock clock, int moveAtLine, Duration by) {
        super(new StringReader(script));
        this.clock = clock;
        this.moveAtLine = moveAtLine;
        this.by = by;
    }

    @Override
    public int read() throws IOException {
        if (lineBreaks == moveAtLine - 1 && !moved) {
            moved = true;
            clock.advance(by);
        }
        int c = super.read();
        lineBreaks += c == '\n' ? 1 : 0;
        return c;
    }
}
