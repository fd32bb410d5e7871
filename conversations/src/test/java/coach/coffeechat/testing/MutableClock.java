package coach.coffeechat.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand; time never passes on its own. Thread-safe. */
public final class MutableClock extends Clock {
    private volatile Instant now;

    /** A clock stopped at the given instant. */
    public MutableClock(Instant start) {
        this.now = start;
    }

    /** A clock stopped at 2026-03-02T09:00:00Z, a Monday. */
    public static MutableClock atMondayMorning() {
        return new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    }

    /** Moves time forward. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests use UTC; convert with the user's zone explicitly");
    }
}
