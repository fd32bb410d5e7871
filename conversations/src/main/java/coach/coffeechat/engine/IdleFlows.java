package coach.coffeechat.engine;

import coach.coffeechat.store.Sql;
import java.sql.Connection;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's account of flows users have open, for the timer: which were left idle and not yet reminded of,
 * marking them reminded, and the title of the flow a user has open. The engine owns the {@code sessions} table;
 * features ask this instead of reading it. Every method works in the caller's transaction. Thread-safe.
 */
public final class IdleFlows {

    /**
     * A flow left untouched past the idle timeout.
     *
     * @param user whose flow it is
     * @param version the session's version when it was found; any later input clears the idle mark
     * @param flowTitle what the flow does, in the user's words ("adding a contact")
     */
    public record Idle(UserId user, long version, String flowTitle) {
    }

    /** Knows no flows: every title is empty. */
    static final IdleFlows NONE = new IdleFlows(new FlowCatalog(Map.of()));

    private final FlowCatalog flows;

    IdleFlows(FlowCatalog flows) {
        this.flows = flows;
    }

    /**
     * An account over these flows. The engine keeps its own ({@link Conversations#idleFlows()}); this is for a
     * timer run on its own, as tests and benchmarks do.
     */
    public static IdleFlows over(Collection<Flow> flows) {
        Map<String, Flow> byId = new HashMap<>();
        flows.forEach(flow -> byId.put(flow.id(), flow));
        return new IdleFlows(new FlowCatalog(byId));
    }

    /**
     * Flows idle since {@code now} or earlier and not reminded of in this idle spell, oldest first, locked for the
     * caller's transaction; rows another process holds are skipped.
     */
    public List<Idle> idleSince(Connection connection, Instant now, int limit) {
        return Sql.list(connection, "SELECT user_id, version, flow_id FROM sessions WHERE idle_at <= ?"
                        + " AND reminded_at IS NULL ORDER BY idle_at FETCH FIRST " + limit + " ROWS ONLY"
                        + " FOR UPDATE SKIP LOCKED",
                s -> Sql.setInstant(s, 1, now),
                row -> new Idle(new UserId(row.getString(1)), row.getLong(2), flows.titleOf(row.getString(3)).orElse("")));
    }

    /** Marks an idle flow as reminded of, unless the user has moved it on since it was found. */
    public void markReminded(Connection connection, Idle idle, Instant now) {
        Sql.update(connection, "UPDATE sessions SET reminded_at = ? WHERE user_id = ? AND version = ?", s -> {
            Sql.setInstant(s, 1, now);
            s.setString(2, idle.user().value());
            s.setLong(3, idle.version());
        });
    }

    /**
     * Whether a flow found idle is still left as it was: open, and untouched since, at the session version it was
     * found at (any input moves the version on and starts a new idle spell). A reminder of it is still wanted only
     * then.
     */
    public boolean stillIdle(Connection connection, UserId user, long version) {
        return Sql.one(connection, "SELECT 1 FROM sessions WHERE user_id = ? AND version = ? AND flow_id IS NOT NULL",
                s -> {
                    s.setString(1, user.value());
                    s.setLong(2, version);
                }, row -> true).orElse(false);
    }

    /** The language (a tag) the user's session was last written in, if it has been written since languages came. */
    public Optional<String> language(Connection connection, UserId user) {
        return Sql.one(connection, "SELECT language FROM sessions WHERE user_id = ?",
                s -> s.setString(1, user.value()), row -> Optional.ofNullable(row.getString(1))).flatMap(tag -> tag);
    }

    /** The title of the flow the user has open as stored, if any and if this version knows it. */
    public Optional<String> openFlowTitle(Connection connection, UserId user) {
        return Sql.one(connection, "SELECT flow_id FROM sessions WHERE user_id = ?",
                s -> s.setString(1, user.value()), row -> row.getString(1)).flatMap(flows::titleOf);
    }
}
