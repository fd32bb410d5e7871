package coach.coffeechat.bot.discord.fake;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues Discord snowflake ids whose timestamp part is read from a {@link Clock}.
 *
 * <p>JDA derives an interaction's 15-minute expiry from its id, so ids must be fresh;
 * {@link #at(Instant)} makes back-dated ids for expiry tests. Thread-safe.
 */
public final class Snowflakes {

    /** The Discord epoch, 2015-01-01T00:00:00Z, in epoch milliseconds. */
    public static final long DISCORD_EPOCH_MILLIS = 1420070400000L;

    private static final long COUNTER_MASK = (1L << 22) - 1;

    private final Clock clock;
    private final AtomicLong counter = new AtomicLong();

    /**
     * Creates a source of ids stamped with the given clock.
     *
     * @param clock where the timestamp part of every id comes from
     */
    public Snowflakes(Clock clock) {
        this.clock = clock;
    }

    /** Returns a new id stamped with the clock's current instant. */
    public long next() {
        return at(clock.instant());
    }

    /**
     * Returns a new id stamped with {@code instant}, for example 16 minutes ago to
     * make an interaction whose token JDA already considers expired.
     *
     * @param instant the creation time the id encodes, not before the Discord epoch
     */
    public long at(Instant instant) {
        long millis = instant.toEpochMilli();
        if (millis < DISCORD_EPOCH_MILLIS) {
            throw new IllegalArgumentException("instant " + instant + " is before the Discord epoch (2015-01-01)");
        }
        return ((millis - DISCORD_EPOCH_MILLIS) << 22) | (counter.incrementAndGet() & COUNTER_MASK);
    }
}
