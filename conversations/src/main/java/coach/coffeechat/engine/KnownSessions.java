package coach.coffeechat.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sessions as this process knows them: the stored rows, with a bounded Caffeine cache of the last state this
 * process read or wrote. The cache is used only after reading the stored version (one indexed read of a number):
 * another process sharing the database may have changed the session since, so it is never trusted alone. What the
 * cache held before that check is what this process last showed the user ({@link #lastShown}). A session naming a
 * flow or step this version no longer has (after an upgrade) is read as closed.
 */
final class KnownSessions {
    private static final Logger LOG = LoggerFactory.getLogger(KnownSessions.class);

    private final SessionRepository sessions = new SessionRepository();
    private final Cache<UserId, Session> cache;
    private final Predicate<List<Frame>> knownFlows;

    /**
     * @param cacheSize the most sessions kept in memory
     * @param knownFlows whether this version has every flow and step of a stack of frames
     */
    KnownSessions(int cacheSize, Predicate<List<Frame>> knownFlows) {
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
        this.knownFlows = knownFlows;
    }

    /** The session as this process last read or wrote it, if it still remembers. */
    Optional<Session> lastShown(UserId user) {
        return Optional.ofNullable(cache.getIfPresent(user));
    }

    /** The session as stored now: the cached one while its version is the stored one, else read again. */
    Session current(Connection connection, UserId user, Instant now) {
        Session cached = cache.getIfPresent(user);
        if (cached != null && stillStored(connection, cached)) {
            return cached;
        }
        Session stored = read(connection, user, now, false);
        cache.put(user, stored);
        return stored;
    }

    /**
     * The session this process last read or wrote, or, when it remembers none, as stored now. Cheaper than
     * {@link #current} by one read, for a change whose conditional write checks the version anyway; a turn that
     * writes nothing must ask {@link #stillStored} before it is shown.
     */
    Session cachedOrStored(Connection connection, UserId user, Instant now) {
        Session cached = cache.getIfPresent(user);
        return cached != null ? cached : current(connection, user, now);
    }

    /** Whether a session is still the stored version (one indexed read of a number). */
    boolean stillStored(Connection connection, Session session) {
        return session.version() == sessions.version(connection, session.user());
    }

    /**
     * The session as stored, holding its row lock until the transaction ends: after an optimistic write lost, so
     * that the retry is sure to make progress.
     */
    Session locked(Connection connection, UserId user, Instant now) {
        return read(connection, user, now, true);
    }

    /** The session as stored, bypassing the cache; empty if never stored. */
    Optional<Session> stored(Connection connection, UserId user) {
        return sessions.find(connection, user, false).map(this::withoutUnknownFlows);
    }

    /** Stores the next version of a session; false when another writer got there first (see the repository). */
    boolean write(Connection connection, long expectedVersion, Session next, Instant idleAt) {
        return sessions.write(connection, expectedVersion, next, idleAt);
    }

    /** Remembers a state that is now committed. */
    void committed(Session session) {
        cache.put(session.user(), session);
    }

    /** Forgets what this process knew of a user's session, after a write that did not commit. */
    void forget(UserId user) {
        cache.invalidate(user);
    }

    /** How many sessions the cache holds right now (an estimate). */
    long cached() {
        return cache.estimatedSize();
    }

    private Session read(Connection connection, UserId user, Instant now, boolean lockRow) {
        return sessions.find(connection, user, lockRow).map(this::withoutUnknownFlows)
                .orElseGet(() -> Session.empty(user, now));
    }

    // A flow or step this version no longer has (after an upgrade): start clean rather than fail on every input.
    private Session withoutUnknownFlows(Session session) {
        if (knownFlows.test(session.frames())) {
            return session;
        }
        LOG.warn("session of {} names a flow or step this version does not have; closing it", session.user());
        return new Session(session.user(), session.version(), List.of(), null, session.updatedAt());
    }
}
