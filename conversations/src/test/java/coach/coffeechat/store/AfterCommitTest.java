package coach.coffeechat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Work that waits for the commit of the transaction open on its thread. */
final class AfterCommitTest {
    private final List<String> ran = new ArrayList<>();

    @Test
    void withoutAnOpenTransactionTheWorkRunsAtOnce() {
        AfterCommit.run(() -> ran.add("now"));

        assertThat(ran).containsExactly("now");
    }

    @Test
    void insideATransactionTheWorkWaitsForTheCommitAndRunsInOrder() {
        try (AfterCommit.Scope scope = AfterCommit.open()) {
            AfterCommit.run(() -> ran.add("first"));
            AfterCommit.run(() -> ran.add("second"));
            assertThat(ran).isEmpty();

            scope.committed();
        }

        assertThat(ran).containsExactly("first", "second");
    }

    @Test
    void aTransactionThatRollsBackDropsItsWork() {
        try (AfterCommit.Scope scope = AfterCommit.open()) {
            AfterCommit.run(() -> ran.add("never"));
        }

        AfterCommit.run(() -> ran.add("after the scope"));
        assertThat(ran).containsExactly("after the scope");
    }

    @Test
    void aNestedTransactionRunsItsOwnWorkAtItsOwnCommit() {
        try (AfterCommit.Scope outer = AfterCommit.open()) {
            AfterCommit.run(() -> ran.add("outer"));
            try (AfterCommit.Scope inner = AfterCommit.open()) {
                AfterCommit.run(() -> ran.add("inner"));
                inner.committed();
            }
            assertThat(ran).containsExactly("inner");
            outer.committed();
        }

        assertThat(ran).containsExactly("inner", "outer");
    }

    @Test
    void workThatFailsDoesNotStopTheWorkAfterIt() {
        try (AfterCommit.Scope scope = AfterCommit.open()) {
            AfterCommit.run(() -> {
                throw new IllegalStateException("boom");
            });
            AfterCommit.run(() -> ran.add("still runs"));
            scope.committed();
        }

        assertThat(ran).containsExactly("still runs");
    }

    @Test
    void aDatabaseTransactionRunsItsWorkWhenOthersCanSeeWhatItWrote() {
        try (Database database = Database.open("jdbc:h2:mem:after-commit" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1", "", "", 2)) {
            List<Boolean> visibleToOthers = new ArrayList<>();
            database.inTransaction(connection -> Sql.update(connection, "CREATE TABLE marks (id INT)",
                    statement -> { }));
            database.inTransaction(connection -> {
                Sql.update(connection, "INSERT INTO marks VALUES (1)", statement -> { });
                AfterCommit.run(() -> visibleToOthers.add(database.inTransaction(other ->
                        Sql.one(other, "SELECT COUNT(*) FROM marks", statement -> { }, rows -> rows.getInt(1))
                                .orElse(0) == 1)));
                return null;
            });

            assertThat(visibleToOthers).containsExactly(true);
        }
    }
}
