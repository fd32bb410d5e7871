package coach.coffeechat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few JDBC moves every repository makes, written once: statements are closed, instants are stored as
 * TIMESTAMP WITH TIME ZONE in UTC (the same on H2 and PostgreSQL), and SQL errors become {@link StoreException}.
 */
public final class Sql {
    /** SQLState for a unique or primary key violation, the same on H2 and PostgreSQL. */
    public static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    /** Sets a statement's parameters. */
    @FunctionalInterface
    public interface Binder {
        /** Binds parameters to the statement. */
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        /** Maps the current row. */
        T map(ResultSet row) throws SQLException;
    }

    /** All rows of a query. */
    public static <T> List<T> list(Connection connection, String sql, Binder binder, RowMapper<T> mapper) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + firstWords(sql), e);
        }
    }

    /** The first row of a query, if any (and if the mapper made something of it). */
    public static <T> Optional<T> one(Connection connection, String sql, Binder binder, RowMapper<T> mapper) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(mapper.map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + firstWords(sql), e);
        }
    }

    /** Runs an insert, update or delete and returns the rows changed. */
    public static int update(Connection connection, String sql, Binder binder) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("update failed: " + firstWords(sql), e);
        }
    }

    /** Runs an insert and returns the generated {@code id}. */
    public static long insert(Connection connection, String sql, Binder binder) {
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            binder.bind(statement);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StoreException("insert returned no id: " + firstWords(sql), null);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("insert failed: " + firstWords(sql), e);
        }
    }

    /** Binds an instant (or null) as TIMESTAMP WITH TIME ZONE in UTC. */
    public static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, instant == null ? null : instant.atOffset(ZoneOffset.UTC));
    }

    /** Reads a TIMESTAMP WITH TIME ZONE column as an instant, or null. */
    public static Instant getInstant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Whether the failure is a unique or primary key violation. */
    public static boolean isUniqueViolation(StoreException e) {
        return e.getCause() instanceof SQLException cause && UNIQUE_VIOLATION.equals(cause.getSQLState());
    }

    /** Whether a connection is to PostgreSQL (the other database the bot runs on is H2). */
    public static boolean onPostgres(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
        } catch (SQLException e) {
            throw new StoreException("cannot tell which database this is", e);
        }
    }

    // Statements, not their parameters, go into messages: parameters may be a user's private notes.
    private static String firstWords(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 60) + "...";
    }
}
