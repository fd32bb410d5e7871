package coach.coffeechat.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rows read as plain values, column by column, for a user's export: numbers, booleans and text as they are,
 * instants as ISO-8601 in UTC ({@code 2026-03-02T09:00:00Z}), dates and times as ISO-8601, NULL as null. Column
 * names are lower case. The same on H2 and PostgreSQL. Stateless.
 */
public final class Rows {
    private Rows() {
    }

    /**
     * Every row a query gives, in its order.
     *
     * @param sql a query with one parameter, the user's id
     * @param userId the user's id
     */
    public static List<Map<String, Object>> read(Connection connection, String sql, String userId) {
        return Sql.list(connection, sql, s -> s.setString(1, userId), Rows::row);
    }

    private static Map<String, Object> row(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = localTimestamp(meta, i) ? rows.getObject(i, LocalDateTime.class) : rows.getObject(i);
            row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), plain(value));
        }
        return row;
    }

    /**
     * Whether a column is a TIMESTAMP without a zone (a wall-clock time such as a repeating prompt's): read as such,
     * not as an instant in the JVM's zone.
     */
    private static boolean localTimestamp(ResultSetMetaData meta, int column) throws SQLException {
        String type = meta.getColumnTypeName(column).toLowerCase(Locale.ROOT);
        return meta.getColumnType(column) == Types.TIMESTAMP && !type.contains("zone") && !type.contains("tz");
    }

    /** A column's value as JSON can hold it. */
    static Object plain(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof OffsetDateTime at) {
            return at.toInstant().toString();
        }
        if (value instanceof ZonedDateTime at) {
            return at.toInstant().toString();
        }
        if (value instanceof Timestamp at) {
            return at.toInstant().toString();
        }
        if (value instanceof Date day) {
            return day.toLocalDate().toString();
        }
        if (value instanceof Time time) {
            return time.toLocalTime().toString();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return String.valueOf(value);
    }
}
