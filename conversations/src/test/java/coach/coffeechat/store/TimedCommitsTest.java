package coach.coffeechat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.testing.TestDatabases;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every commit through the wrapped pool is timed, whoever commits; a failed commit is timed as failed. */
final class TimedCommitsTest {
    private final Database database = TestDatabases.inMemory();
    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aTransactionsCommitIsTimed() {
        DataSource timed = TimedCommits.around(database.dataSource(), meters);

        Database.inTransaction(timed, connection -> Sql.update(connection, "CREATE TABLE t (x INT)", s -> { }));
        Database.inTransaction(timed, connection -> Sql.update(connection, "INSERT INTO t VALUES (1)", s -> { }));

        assertThat(meters.get(TimedCommits.COMMIT).tag("outcome", "committed").timer().count()).isEqualTo(2);
        assertThat(meters.get(TimedCommits.COMMIT).tag("outcome", "failed").timer().count()).isZero();
    }

    @Test
    void theTimeIsTheCommitsOwnOnTheRegistrysClock() throws SQLException {
        clock.add(1, TimeUnit.MINUTES);
        DataSource timed = TimedCommits.around(committingIn(Duration.ofMillis(40), false), meters);
        try (Connection connection = timed.getConnection()) {
            connection.setAutoCommit(false);
            clock.add(5, TimeUnit.SECONDS);
            connection.commit();
        }

        assertThat(meters.get(TimedCommits.COMMIT).tag("outcome", "committed").timer()
                .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(40);
    }

    @Test
    void aCommitThatFailsIsTimedAsFailedAndStillFails() throws SQLException {
        DataSource timed = TimedCommits.around(committingIn(Duration.ofMillis(7), true), meters);
        try (Connection connection = timed.getConnection()) {
            assertThatThrownBy(connection::commit).isInstanceOf(SQLException.class).hasMessage("disk full");
        }

        assertThat(meters.get(TimedCommits.COMMIT).tag("outcome", "failed").timer()
                .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(7);
        assertThat(meters.get(TimedCommits.COMMIT).tag("outcome", "committed").timer().count()).isZero();
    }

    /** A data source whose connections take {@code took} on the registry's clock to commit, or fail to. */
    private DataSource committingIn(Duration took, boolean fails) {
        Connection connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("commit")) {
                        clock.add(took);
                        if (fails) {
                            throw new SQLException("disk full");
                        }
                    }
                    return null;
                });
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> connection);
    }
}
