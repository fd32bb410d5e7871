package coach.coffeechat.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A table's columns and foreign keys as the database describes them (its metadata, not a list kept by hand), so
 * that rows read by {@link Rows} can be written back column by column: a column added by a later migration is
 * covered without anyone listing it. Names are lower case. Immutable.
 *
 * @param table the table's name
 * @param columns every column by name, in the table's order
 * @param references each foreign key column with the table and column it refers to
 */
public record TableShape(String table, Map<String, Column> columns, Map<String, Reference> references) {

    /**
     * What a foreign key column refers to.
     *
     * @param table the other table
     * @param column its column
     */
    public record Reference(String table, String column) {
    }

    /**
     * One column.
     *
     * @param name its name
     * @param sqlType its {@link Types} code
     * @param typeName the database's name for its type ({@code TIMESTAMP WITH TIME ZONE}, {@code timestamptz})
     * @param size the most characters of a text column
     * @param nullable whether it may hold NULL
     * @param generated whether the database makes its value (an identity {@code id})
     */
    public record Column(String name, int sqlType, String typeName, int size, boolean nullable, boolean generated) {
    }

    public TableShape {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
    }

    /** The shape of {@code table} in the connection's schema. */
    public static TableShape of(Connection connection, String table) {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            String schema = connection.getSchema();
            Map<String, Column> columns = new LinkedHashMap<>();
            try (ResultSet rows = meta.getColumns(null, schema, name, null)) {
                while (rows.next()) {
                    String column = rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    columns.put(column, new Column(column, rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME"),
                            rows.getInt("COLUMN_SIZE"), rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                            "YES".equals(rows.getString("IS_AUTOINCREMENT"))));
                }
            }
            Map<String, Reference> references = new LinkedHashMap<>();
            try (ResultSet keys = meta.getImportedKeys(null, schema, name)) {
                while (keys.next()) {
                    references.put(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT), new Reference(
                            keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                            keys.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
                }
            }
            if (columns.isEmpty()) {
                throw new StoreException("no such table: " + table, null);
            }
            return new TableShape(table, columns, references);
        } catch (SQLException e) {
            throw new StoreException("the columns of " + table + " could not be read", e);
        }
    }

    /** The column the database numbers itself, if there is one. */
    public Optional<Column> generatedColumn() {
        return columns.values().stream().filter(Column::generated).findFirst();
    }

    /**
     * A value as it appears in an export (JSON: number, boolean, string, null) turned into what this column
     * stores, or empty when it does not fit the column (wrong type, too long, not a valid instant or date).
     */
    public Optional<Object> value(String column, Object exported) {
        Column shape = columns.get(column);
        if (shape == null) {
            return Optional.empty();
        }
        if (exported == null) {
            return shape.nullable() ? Optional.of(NULL) : Optional.empty();
        }
        try {
            return Optional.ofNullable(convert(shape, exported));
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** Stands for SQL NULL in what {@link #value} gives. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "NULL";
        }
    };

    private static Object convert(Column shape, Object exported) {
        String type = shape.typeName().toLowerCase(Locale.ROOT);
        switch (shape.sqlType()) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.CLOB:
                return exported instanceof String text && text.length() <= shape.size() ? text : null;
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT:
                return whole(exported, shape.sqlType() == Types.BIGINT ? Long.MAX_VALUE : Integer.MAX_VALUE);
            case Types.BOOLEAN, Types.BIT:
                return exported instanceof Boolean ? exported : null;
            case Types.DATE:
                return exported instanceof String text ? LocalDate.parse(text) : null;
            case Types.TIME:
                return exported instanceof String text ? LocalTime.parse(text) : null;
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return exported instanceof String text ? Instant.parse(text).atOffset(ZoneOffset.UTC) : null;
            case Types.TIMESTAMP:
                if (!(exported instanceof String text)) {
                    return null;
                }
                return type.contains("tz") || type.contains("time zone")
                        ? Instant.parse(text).atOffset(ZoneOffset.UTC) : LocalDateTime.parse(text);
            default:
                return null;
        }
    }

    private static Object whole(Object exported, long max) {
        if (exported instanceof Integer || exported instanceof Long || exported instanceof Short) {
            long value = ((Number) exported).longValue();
            return Math.abs(value) <= max ? value : null;
        }
        if (exported instanceof BigInteger || exported instanceof BigDecimal) {
            return new BigDecimal(exported.toString()).longValueExact();
        }
        return null;
    }
}
