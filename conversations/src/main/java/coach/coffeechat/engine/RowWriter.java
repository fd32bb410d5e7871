package coach.coffeechat.engine;

import coach.coffeechat.store.StoreException;
import coach.coffeechat.store.TableShape;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Writes exported rows back into one table for {@link Restore}: each value checked against its column, ids given
 * afresh, references followed. Not thread-safe: one table, one instance.
 */
final class RowWriter {
    private final Connection connection;
    private final TableShape shape;
    private final String ownerColumn;
    private final Restore restore;
    private final Optional<TableShape.Column> generated;
    private final List<Deferred> deferred = new ArrayList<>();

    /** A reference of a table to itself, set once all its rows are in. */
    private record Deferred(long rowId, String column, long oldTarget, int row) {
    }

    RowWriter(Connection connection, TableShape shape, String ownerColumn, Restore restore) {
        this.connection = connection;
        this.shape = shape;
        this.ownerColumn = ownerColumn;
        this.restore = restore;
        this.generated = shape.generatedColumn();
        restore.started(shape.table());
    }

    /** Writes one row back, or leaves it out when it refers to something this bot does not have. */
    void write(Map<String, Object> row, int number) {
        for (String column : row.keySet()) {
            if (!shape.columns().containsKey(column)) {
                throw refused("unknown-column", number, column);
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Long> selfReferences = new LinkedHashMap<>();
        Object oldId = null;
        for (TableShape.Column column : shape.columns().values()) {
            String name = column.name();
            if (!row.containsKey(name)) {
                continue;
            }
            Object value = shape.value(name, row.get(name)).orElseThrow(() -> refused("bad-value", number, name));
            if (generated.isPresent() && generated.get().name().equals(name)) {
                oldId = value;
                continue;
            }
            TableShape.Reference reference = shape.references().get(name);
            if (name.equals(ownerColumn) || reference != null && "users".equals(reference.table())) {
                values.put(name, restore.user().value());
            } else if (reference == null || value == TableShape.NULL) {
                values.put(name, value);
            } else if (reference.table().equals(shape.table())) {
                selfReferences.put(name, ((Number) value).longValue());
                values.put(name, TableShape.NULL);
            } else if (restore.restored(reference.table())) {
                OptionalLong target = restore.newId(reference.table(), ((Number) value).longValue());
                if (target.isEmpty() && !column.nullable()) {
                    throw refused("dangling", number, name);
                }
                values.put(name, target.isPresent() ? (Object) target.getAsLong() : TableShape.NULL);
            } else if (Restore.exists(connection, reference.table(), reference.column(), value)) {
                values.put(name, value);
            } else {
                restore.leftOut(shape.table());
                return;
            }
        }
        long newId = insert(values, number);
        if (oldId != null && oldId != TableShape.NULL) {
            restore.remember(shape.table(), ((Number) oldId).longValue(), newId);
        }
        selfReferences.forEach((column, target) -> deferred.add(new Deferred(newId, column, target, number)));
    }

    /** Sets the references of the table to itself. */
    void finish() {
        for (Deferred reference : deferred) {
            OptionalLong target = restore.newId(shape.table(), reference.oldTarget());
            if (target.isEmpty() || generated.isEmpty()) {
                continue;
            }
            String sql = "UPDATE " + shape.table() + " SET " + reference.column() + " = ? WHERE "
                    + generated.get().name() + " = ?";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, target.getAsLong());
                statement.setLong(2, reference.rowId());
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("a restored reference could not be set: " + sql, e);
            }
        }
    }

    private long insert(Map<String, Object> values, int number) {
        String sql = "INSERT INTO " + shape.table() + " (" + String.join(", ", values.keySet()) + ") VALUES ("
                + String.join(", ", values.keySet().stream().map(c -> "?").toList()) + ")";
        String[] keys = generated.map(column -> new String[] {column.name()}).orElse(new String[0]);
        try (PreparedStatement statement = connection.prepareStatement(sql, keys)) {
            int index = 1;
            for (Map.Entry<String, Object> value : values.entrySet()) {
                if (value.getValue() == TableShape.NULL) {
                    statement.setNull(index++, shape.columns().get(value.getKey()).sqlType());
                } else {
                    statement.setObject(index++, value.getValue());
                }
            }
            statement.executeUpdate();
            if (generated.isEmpty()) {
                return 0;
            }
            try (ResultSet generatedKeys = statement.getGeneratedKeys()) {
                generatedKeys.next();
                return generatedKeys.getLong(1);
            }
        } catch (SQLException e) {
            // A row the schema refuses (a duplicate, a missing required value) makes the file unfit as a whole.
            throw refused("does-not-fit", number, "");
        }
    }

    private Restore.Refused refused(String key, int row, String column) {
        return new Restore.Refused(new Restore.Refusal(key, shape.table(), row, column));
    }
}
