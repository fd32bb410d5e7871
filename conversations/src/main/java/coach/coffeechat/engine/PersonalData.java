package coach.coffeechat.engine;

import coach.coffeechat.store.Rows;
import coach.coffeechat.store.Sql;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * One kind of thing a feature stores about a user (their contacts, meetings, follow-ups ...), counted for the
 * confirmation of {@code /privacy forget} and erased by it, written out by {@code /privacy export} and written back by
 * {@code /privacy import}. Each feature covers its own tables, so a table added later is covered by the feature that
 * owns it.
 */
public interface PersonalData {

    /**
     * The rows of one table that belong to a user, counted and deleted by the column that names the owner. For the
     * owning feature's own table only.
     *
     * @param kind what is counted, as the privacy messages name it
     * @param table the table
     * @param ownerColumn the column holding the user id
     */
    static PersonalData ownedRows(String kind, String table, String ownerColumn) {
        return ownedRows(kind, table, ownerColumn, Restore.Rewrite.NONE);
    }

    /**
     * The rows of one table that belong to a user, as {@link #ownedRows(String, String, String)}, with ids kept
     * inside values followed by {@code rewrite} when they are written back.
     */
    static PersonalData ownedRows(String kind, String table, String ownerColumn, Restore.Rewrite rewrite) {
        String where = " FROM " + table + " WHERE " + ownerColumn + " = ?";
        return new PersonalData() {
            @Override
            public List<ExportedTable> export(Connection connection, UserId user) {
                return List.of(new ExportedTable(table,
                        Rows.read(connection, "SELECT *" + where + " ORDER BY 1", user.value())));
            }

            @Override
            public String kind() {
                return kind;
            }

            @Override
            public int count(Connection connection, UserId user) {
                return Sql.one(connection, "SELECT COUNT(*)" + where, s -> s.setString(1, user.value()),
                        row -> row.getInt(1)).orElse(0);
            }

            @Override
            public void erase(Connection connection, UserId user) {
                Sql.update(connection, "DELETE" + where, s -> s.setString(1, user.value()));
            }

            @Override
            public void restore(Connection connection, Restore restore) {
                restore.rows(connection, table, ownerColumn, rewrite);
            }
        };
    }

    /** What is counted, as the placeholder in the privacy messages uses it: {@code contacts}, {@code meetings}... */
    String kind();

    /** How many the user has, in the caller's transaction. */
    int count(Connection connection, UserId user);

    /**
     * Erases the user's data of this kind, in the caller's transaction. Erasures run in the reverse of the order
     * features are assembled in, so data that refers to another feature's goes first.
     */
    void erase(Connection connection, UserId user);

    /**
     * Every row of this kind about the user, table by table, in the caller's transaction: what {@code /privacy
     * export} writes.
     */
    List<ExportedTable> export(Connection connection, UserId user);

    /**
     * Writes back the tables {@link #export} wrote, from an export, for the user {@code restore} names, whose
     * account is empty, in the caller's transaction ({@link Restore#rows} does the work). Restores run in the order
     * features are assembled in, so data that refers to another feature's comes after it.
     *
     * @throws Restore.Refused when the file does not fit; the caller rolls everything back
     */
    void restore(Connection connection, Restore restore);

    /**
     * This kind, exporting one more table of the same feature that belongs to the user through this kind's rows
     * (a meeting's suggested people, a contact's stage changes), and writing it back after this kind's own tables;
     * counting and erasing stay as they are.
     *
     * @param table the other table's name
     * @param query its rows about the user: a query with the user's id as its one parameter, in a stable order
     */
    default PersonalData alsoExporting(String table, String query) {
        return new DelegatingData(this) {
            @Override
            public List<ExportedTable> export(Connection connection, UserId user) {
                List<ExportedTable> tables = new ArrayList<>(super.export(connection, user));
                tables.add(new ExportedTable(table, Rows.read(connection, query, user.value())));
                return tables;
            }

            @Override
            public void restore(Connection connection, Restore restore) {
                super.restore(connection, restore);
                restore.rows(connection, table, null);
            }
        };
    }

    /**
     * This kind, declaring answers of flows set aside that hold ids of its rows once they are written back, so that
     * the drafts follow them ({@link Restore#answerIds(Restore.AnswerId)}).
     */
    default PersonalData declaring(Restore.AnswerId... answers) {
        return new DelegatingData(this) {
            @Override
            public void restore(Connection connection, Restore restore) {
                super.restore(connection, restore);
                for (Restore.AnswerId answer : answers) {
                    restore.answerIds(answer);
                }
            }
        };
    }
}
