package coach.coffeechat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The two ways the stores use a connection: a transaction, and a plain connection for reads. */
final class DatabaseTest {
    private final Database database = TestDatabases.inMemory();

    @BeforeEach
    void createTable() {
        database.inTransaction(connection -> Sql.update(connection, "CREATE TABLE marks (id INT)", s -> { }));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void withConnectionReturnsWhatTheWorkReturns() {
        insertMark(1);

        int marks = Database.withConnection(database.dataSource(), "cannot count", this::countMarks);

        assertThat(marks).isEqualTo(1);
    }

    @Test
    void withConnectionRunsInAutoCommitAndClosesTheConnection() {
        List<Connection> used = new ArrayList<>();
        boolean autoCommit = Database.withConnection(database.dataSource(), "cannot look", connection -> {
            used.add(connection);
            Sql.update(connection, "INSERT INTO marks VALUES (7)", s -> { });
            return connection.getAutoCommit();
        });

        assertThat(autoCommit).isTrue();
        assertThat(used).allSatisfy(connection -> assertThat(connection.isClosed()).isTrue());
        assertThat(database.inTransaction(this::countMarks)).isEqualTo(1);
    }

    @Test
    void withConnectionTurnsAnSqlErrorIntoAStoreExceptionSayingWhatFailed() {
        SQLException broken = new SQLException("broken");

        assertThatThrownBy(() -> Database.withConnection(database.dataSource(), "cannot read the marks",
                connection -> {
                    throw broken;
                }))
                .isInstanceOf(StoreException.class).hasMessage("cannot read the marks").hasCause(broken);
    }

    @Test
    void withConnectionLetsAnUncheckedFailureThroughAsItIs() {
        IllegalStateException failure = new IllegalStateException("bug");

        assertThatThrownBy(() -> Database.withConnection(database.dataSource(), "cannot read the marks",
                connection -> {
                    throw failure;
                }))
                .isSameAs(failure);
    }

    @Test
    void aTransactionThatThrowsIsRolledBack() {
        assertThatThrownBy(() -> database.inTransaction(connection -> {
            Sql.update(connection, "INSERT INTO marks VALUES (1)", s -> { });
            throw new IllegalStateException("changed my mind");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Database.withConnection(database.dataSource(), "cannot count", this::countMarks)).isZero();
    }

    private void insertMark(int id) {
        database.inTransaction(connection -> Sql.update(connection, "INSERT INTO marks VALUES (?)",
                s -> s.setInt(1, id)));
    }

    private int countMarks(Connection connection) {
        return Sql.one(connection, "SELECT COUNT(*) FROM marks", s -> { }, rows -> rows.getInt(1)).orElse(0);
    }
}
