package coach.coffeechat.engine;

import coach.coffeechat.store.StoreException;
import coach.coffeechat.store.TableShape;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The import side of {@code /privacy export}: an export's rows written back for a user whose account is empty, table
 * by table, each by the feature that exported it ({@link PersonalData#restore}). Columns come from the database's
 * own description of each table ({@link TableShape}), so a column a later migration adds is written back without
 * being listed anywhere. The bot's ids are given afresh and every reference to them is followed: foreign keys
 * (found in the schema), the owner (the importing user), and ids inside values, which the owning feature rewrites
 * ({@link Rewrite}) or declares ({@link AnswerId}) for the flows set aside. Anything that does not fit is refused
 * with {@link Refused}, and the caller rolls the whole import back. Not thread-safe: one import, one instance.
 */
public final class Restore {
    private final UserId from;
    private final UserId user;
    private final Map<String, List<Map<String, Object>>> waiting;
    private final Map<String, Map<Long, Long>> ids = new HashMap<>();
    private final List<AnswerId> answerIds = new ArrayList<>();
    private final Map<String, Integer> leftOut = new LinkedHashMap<>();

    /**
     * Changes an exported row before it is written back, for ids kept inside a value (a follow-up's key, a flow's
     * answers). The row's own columns are still the exported ones; foreign keys are followed after.
     */
    @FunctionalInterface
    public interface Rewrite {
        /** No change. */
        Rewrite NONE = (row, restore) -> row;

        /** The row to write back instead of {@code row}. */
        Map<String, Object> rewrite(Map<String, Object> row, Restore restore);
    }

    /**
     * An answer of a flow set aside that names a row by its id, such as the contact a command handed its flow, so
     * that the flow resumes with the same row after an import.
     *
     * @param flowId the flow it is an answer of, or empty for every flow
     * @param answer the answer's key
     * @param table the table whose ids it holds
     * @param prefix what comes before the id in the value ({@code c} in {@code c42}), or empty
     */
    public record AnswerId(String flowId, String answer, String table, String prefix) {
        public AnswerId {
            Objects.requireNonNull(flowId, "flowId");
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(prefix, "prefix");
        }
    }

    /**
     * The file does not fit: nothing of it may be kept.
     *
     * @param key the message key, under {@code privacy.import.}
     * @param table the table it is about
     * @param row the row, counting from 1 (0 for the table as a whole)
     * @param column the column, or empty
     */
    public record Refusal(String key, String table, int row, String column) {
    }

    /** Thrown when the file does not fit; the caller rolls the import back. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Refusal refusal;

        /** @param refusal what does not fit */
        public Refused(Refusal refusal) {
            super(refusal.key() + " " + refusal.table() + " " + refusal.row() + " " + refusal.column(), null, false,
                    false);
            this.refusal = refusal;
        }

        /** What does not fit. */
        public Refusal refusal() {
            return refusal;
        }
    }

    /**
     * @param from whose export it is (the file's {@code user})
     * @param user whose account it goes into
     * @param tables the file's rows by table name
     */
    public Restore(UserId from, UserId user, Map<String, List<Map<String, Object>>> tables) {
        this.from = Objects.requireNonNull(from, "from");
        this.user = Objects.requireNonNull(user, "user");
        this.waiting = new LinkedHashMap<>(tables);
    }

    /** Whose export it is. */
    public UserId from() {
        return from;
    }

    /** Whose account it goes into. */
    public UserId user() {
        return user;
    }

    /**
     * Writes back every exported row of one table, as it is.
     *
     * @param ownerColumn the column naming the user, set to the importing user; or null for a table owned through
     *     another table's rows (a contact's stage changes)
     */
    public void rows(Connection connection, String table, String ownerColumn) {
        rows(connection, table, ownerColumn, Rewrite.NONE);
    }

    /**
     * Writes back every exported row of one table in its order, each changed by {@code rewrite} first. Generated ids
     * are given afresh and remembered ({@link #newId}); foreign keys to tables written back before are followed, a
     * table's references to itself once all its rows are in; a row referring to something outside the user's data
     * that this bot does not have (a coach's server) is left out and counted ({@link #leftOut()}); a column
     * naming the users table, or {@code ownerColumn}, gets the importing user.
     *
     * @throws Refused when a row has an unknown column or a value that does not fit its column
     */
    public void rows(Connection connection, String table, String ownerColumn, Rewrite rewrite) {
        List<Map<String, Object>> rows = waiting.remove(table);
        TableShape shape = TableShape.of(connection, table);
        RowWriter writer = new RowWriter(connection, shape, ownerColumn, this);
        for (int i = 0; rows != null && i < rows.size(); i++) {
            writer.write(rewrite.rewrite(rows.get(i), this), i + 1);
        }
        writer.finish();
    }

    /** The id a row got when it was written back, by its id in the file; empty when the file had no such row. */
    public OptionalLong newId(String table, long oldId) {
        Long id = ids.getOrDefault(table, Map.of()).get(oldId);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    /** Declares an answer of flows set aside that holds ids, to be followed when the drafts are written back. */
    public void answerIds(AnswerId answerId) {
        answerIds.add(answerId);
    }

    /** Every answer declared to hold ids. */
    public List<AnswerId> answerIds() {
        return List.copyOf(answerIds);
    }

    /** How many rows of each table were left out because what they refer to is not on this bot. */
    public Map<String, Integer> leftOut() {
        return Collections.unmodifiableMap(leftOut);
    }

    /**
     * Checks that every table of the file was written back by some feature.
     *
     * @throws Refused naming the first table no feature knows
     */
    public void finish() {
        for (Map.Entry<String, List<Map<String, Object>>> table : waiting.entrySet()) {
            if (!table.getValue().isEmpty()) {
                throw new Refused(new Refusal("unknown-table", table.getKey(), 0, ""));
            }
        }
    }

    boolean restored(String table) {
        return ids.containsKey(table);
    }

    void remember(String table, long oldId, long newId) {
        ids.computeIfAbsent(table, t -> new HashMap<>()).put(oldId, newId);
    }

    void started(String table) {
        ids.computeIfAbsent(table, t -> new HashMap<>());
    }

    void leftOut(String table) {
        leftOut.merge(table, 1, Integer::sum);
    }

    /** Whether the row {@code id} of an outside table exists on this bot. */
    static boolean exists(Connection connection, String table, String column, Object id) {
        String sql = "SELECT 1 FROM " + table + " WHERE " + column + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new StoreException("a reference could not be checked: " + sql, e);
        }
    }

}
