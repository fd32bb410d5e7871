package coach.coffeechat.engine;

import coach.coffeechat.config.Texts;
import coach.coffeechat.store.AfterCommit;
import coach.coffeechat.store.Database;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation engine's front door: {@code handle(user, input)} returns the reply, after the new state is
 * committed to the database. Work for one user is serialised; different users run in parallel. A write based
 * on a stale session (another process got there first) is detected by the session's version, and the input is
 * applied again to the fresh state, never lost; a typed answer whose question moved on elsewhere meanwhile is
 * refused kindly, as a stale button is. Caffeine keeps a bounded cache of sessions, used only after reading the
 * stored version, so the database stays the truth, also across processes and when a flow was left idle.
 * Thread-safe.
 */
public final class Conversations {
    private static final Logger LOG = LoggerFactory.getLogger(Conversations.class);
    private static final int MAX_WRITE_ATTEMPTS = 10;

    private final DataSource dataSource;
    private final Clock clock;
    private final Texts texts;
    private final Duration idleTimeout;
    private final Notices notices;
    private final Dialog dialog;
    private final IdleFlows idleFlows;
    private final DraftRepository drafts = new DraftRepository();
    private final KnownSessions sessions;
    private final LoadingCache<UserId, ReentrantLock> locks;

    private Conversations(Builder builder) {
        this.dataSource = Objects.requireNonNull(builder.dataSource, "dataSource");
        this.clock = Objects.requireNonNull(builder.clock, "clock");
        this.texts = Objects.requireNonNull(builder.texts, "texts");
        this.idleTimeout = builder.idleTimeout;
        this.notices = builder.notices;
        Map<String, Flow> flows = new HashMap<>();
        for (Flow flow : builder.flows) {
            if (flows.put(flow.id(), flow) != null) {
                throw new IllegalArgumentException("two flows share the id " + flow.id());
            }
        }
        this.dialog = new Dialog(flows, Objects.requireNonNull(builder.commands, "commands"), texts,
                builder.maxAttempts, drafts);
        this.idleFlows = new IdleFlows(new FlowCatalog(flows));
        this.sessions = new KnownSessions(builder.cacheSize, dialog::knows);
        // One lock per user while anyone holds or waits for it; weak values let idle users' locks be collected.
        this.locks = Caffeine.newBuilder().weakValues().build(user -> new ReentrantLock());
    }

    /** Starts configuring an engine. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Handles one input and returns the reply; the new state is committed before this returns. The reply to a
     * command also brings the follow-ups held for the user (prompts a DM could not deliver).
     * Never throws for bad input: a broken database yields a kind "try again" reply and an error log.
     */
    public Reply handle(UserId user, Input input) {
        if (input instanceof Input.Command) {
            return run(user, (seen, current, scope) -> dialog.handle(current, input, scope), true);
        }
        // A typed answer answers the question this process last showed (its cached session), or, with nothing
        // cached, the one asked when it arrived. When another process moved that question on meanwhile, the answer
        // is refused like a stale button rather than applied to whatever is asked now; a retry after a lost write
        // keeps the question of the first attempt.
        AtomicReference<Session.Position> answering = new AtomicReference<>();
        return run(user, (seen, current, scope) -> {
            Session.Position asked = answering.updateAndGet(known -> known == null ? seen.position() : known);
            return asked.equals(current.position()) ? dialog.handle(current, input, scope)
                    : dialog.showCurrent(current, List.of(texts.get("engine.moved-on")), scope);
        }, false);
    }

    /**
     * Handles input from a prompt the user saw at {@code seenVersion} (a button or modal). When the session has
     * moved on since, nothing changes and the reply says so and shows the current step: stale buttons and double
     * clicks are harmless.
     */
    public Reply handle(UserId user, Input input, long seenVersion) {
        return run(user, (seen, current, scope) -> seenVersion != current.version()
                ? dialog.showCurrent(current, List.of(texts.get("engine.stale")), scope)
                : dialog.handle(current, input, scope), false);
    }

    /**
     * Keeps what the user has typed so far into the open form, before the form is sent: a transport that asks one
     * field at a time (the console) hands each field over as it is typed, so that a quit, a stopped process or a
     * flow set aside loses none of them. They come back as the form's defaults, as a refused answer's do; only the
     * form's own fields are kept, and nothing happens when no form is open. Committed before this returns.
     *
     * @param typed field id to what was typed
     */
    public void keepTyped(UserId user, Map<String, String> typed) {
        Map<String, String> fields = Map.copyOf(typed);
        run(user, (seen, current, scope) -> dialog.keepTyped(current, fields, scope), false);
    }

    /**
     * Where the user is now, as a reply (the open prompt, or nothing open), without changing anything: what a
     * transport shows when it needs the current prompt again, for example to open its modal.
     */
    public Reply current(UserId user) {
        ReentrantLock lock = locks.get(user);
        lock.lock();
        try {
            return Database.withConnection(dataSource, "cannot read where user " + user + " is", connection -> {
                Instant now = clock.instant();
                Session session = sessions.current(connection, user, now);
                return dialog.showCurrent(session, List.of(), new Dialog.Scope(user, now, connection, idleFlows))
                        .reply();
            });
        } catch (RuntimeException e) {
            LOG.error("reading where user {} is failed", user, e);
            return new Reply(List.of(texts.get("engine.error")), Optional.empty(), List.of(), -1, "");
        } finally {
            lock.unlock();
        }
    }

    /**
     * The user's session as stored, read from the database (not the cache); empty if never stored. A flow this
     * version no longer has is left out, as the engine itself would close it.
     */
    public Optional<Session> stored(UserId user) {
        return Database.withConnection(dataSource, "cannot read the session of " + user,
                connection -> sessions.stored(connection, user));
    }

    /** The engine's account of flows users left open, for the timer's reminders. */
    public IdleFlows idleFlows() {
        return idleFlows;
    }

    /**
     * A context outside any flow (no answers) for work a transport starts itself, such as a button's action, in
     * the caller's transaction.
     */
    public StepContext context(UserId user, Connection connection) {
        return new Dialog.Scope(user, clock.instant(), connection, idleFlows).context(Map.of());
    }

    /**
     * The flows users set aside to start something else, with what was typed in them: data the engine keeps. Written
     * back last, with the ids in their answers followed ({@link DraftIds}).
     */
    public static PersonalData setAsideFlows() {
        return PersonalData.ownedRows("drafts", "flow_drafts", "user_id", DraftIds::rewrite);
    }

    /** How many sessions the cache holds right now (an estimate). */
    public long cachedSessions() {
        return sessions.cached();
    }

    /**
     * One change to a user's session: the turn it makes from the current session, given also the session as this
     * process last knew it ({@code seen}; the same as {@code current} unless another process changed it since).
     */
    @FunctionalInterface
    private interface Move {
        Dialog.Turn apply(Session seen, Session current, Dialog.Scope scope);
    }

    private Reply run(UserId user, Move move, boolean withNotices) {
        ReentrantLock lock = locks.get(user);
        lock.lock();
        try {
            for (int attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
                Optional<Reply> reply = attempt(user, move, withNotices, attempt > 1);
                if (reply.isPresent()) {
                    return reply.get();
                }
                LOG.debug("session of {} changed elsewhere; applying the input again (attempt {})", user, attempt);
            }
            LOG.error("session of {} kept changing elsewhere; gave up after {} attempts", user, MAX_WRITE_ATTEMPTS);
        } catch (RuntimeException | SQLException e) {
            LOG.error("handling input for user {} failed", user, e);
        } finally {
            lock.unlock();
        }
        return new Reply(List.of(texts.get("engine.error")), Optional.empty(), List.of(), -1, "");
    }

    /**
     * One attempt: empty when the session was changed by someone else first. The first attempt is optimistic
     * (cached state; a change is written only if the version is still the one it was based on, and a turn that
     * changes nothing checks the stored version before it is shown); a retry reads the row with a lock so that it
     * cannot lose again. Follow-ups held for the user are taken into the reply only {@code withNotices}: the reply
     * to a command, so that an answer within a flow carries on with it and costs no look-up.
     */
    private Optional<Reply> attempt(UserId user, Move move, boolean withNotices, boolean lockRow)
            throws SQLException {
        try (Connection connection = dataSource.getConnection(); AfterCommit.Scope afterCommit = AfterCommit.open()) {
            connection.setAutoCommit(false);
            try {
                Instant now = clock.instant();
                Dialog.Scope scope = new Dialog.Scope(user, now, connection, idleFlows);
                Optional<Session> seen = sessions.lastShown(user);
                Session current = lockRow ? sessions.locked(connection, user, now)
                        : sessions.cachedOrStored(connection, user, now);
                Dialog.Turn turn = move.apply(seen.orElse(current), current, scope);
                Session next = turn.session();
                if (next == current && !lockRow && seen.isPresent() && !sessions.stillStored(connection, current)) {
                    // Nothing to write, so no conditional write finds out: the cached session was changed by
                    // another process. Read it again (with the row lock) rather than show the old one.
                    connection.rollback();
                    sessions.forget(user);
                    return Optional.empty();
                }
                Reply reply = withNotices ? withNotices(turn.reply(), notices.take(scope.context(Map.of())))
                        : turn.reply();
                if (next != current) {
                    Instant idleAt = dialog.idles(next) ? now.plus(idleTimeout) : null;
                    if (!sessions.write(connection, current.version(), next, idleAt)) {
                        connection.rollback();
                        sessions.forget(user);
                        return Optional.empty();
                    }
                }
                connection.commit();
                if (next != current) {
                    sessions.committed(next);
                }
                afterCommit.committed();
                return Optional.of(reply);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                sessions.forget(user);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static Reply withNotices(Reply reply, List<String> waiting) {
        if (waiting.isEmpty()) {
            return reply;
        }
        List<String> notes = new ArrayList<>(waiting);
        notes.addAll(reply.notes());
        return reply.withNotes(notes);
    }

    /** Configures a {@link Conversations}. */
    public static final class Builder {
        private DataSource dataSource;
        private Clock clock = Clock.systemUTC();
        private Texts texts;
        private CommandCatalog commands;
        private Collection<Flow> flows = List.of();
        private int cacheSize = 10_000;
        private int maxAttempts = 3;
        private Duration idleTimeout = Duration.ofHours(24);
        private Notices notices = Notices.NONE;

        private Builder() {
        }

        /** Messages waiting for a user's next interaction, shown before its reply. */
        public Builder notices(Notices notices) {
            this.notices = Objects.requireNonNull(notices, "notices");
            return this;
        }

        /** Where sessions live; required. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        /** The clock every timestamp comes from. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** The messages; required. */
        public Builder texts(Texts texts) {
            this.texts = texts;
            return this;
        }

        /** The commands; required. */
        public Builder commands(CommandCatalog commands) {
            this.commands = commands;
            return this;
        }

        /** The flows commands may start. */
        public Builder flows(Collection<Flow> flows) {
            this.flows = List.copyOf(flows);
            return this;
        }

        /** The most sessions kept in memory. */
        public Builder cacheSize(int cacheSize) {
            if (cacheSize < 1) {
                throw new IllegalArgumentException("cache size must be positive, was " + cacheSize);
            }
            this.cacheSize = cacheSize;
            return this;
        }

        /** Failed answers to one step before skip or cancel is offered. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("max attempts must be positive, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** How long an untouched flow waits before it counts as idle (the timer reminds then). */
        public Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
            return this;
        }

        /** The engine. */
        public Conversations build() {
            return new Conversations(this);
        }
    }
}
