package coach.coffeechat.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that must wait until the transaction open on this thread has committed, such as telling another thread
 * to read what the transaction wrote: told earlier, it would look before the rows are visible. Whoever commits
 * opens a {@link Scope} around the transaction; code inside calls {@link #run(Runnable)}. Without an open scope
 * the work runs at once. Per thread; scopes nest.
 */
public final class AfterCommit {
    private static final Logger LOG = LoggerFactory.getLogger(AfterCommit.class);
    private static final ThreadLocal<Deque<Scope>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);

    private AfterCommit() {
    }

    /** Runs {@code action} once the innermost open transaction on this thread commits, or now if none is open. */
    public static void run(Runnable action) {
        Scope scope = OPEN.get().peek();
        if (scope == null) {
            runLogged(action);
        } else {
            scope.actions.add(action);
        }
    }

    /** Opens a scope for a transaction about to start on this thread. */
    public static Scope open() {
        Scope scope = new Scope();
        OPEN.get().push(scope);
        return scope;
    }

    private static void runLogged(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("work after a commit failed; the transaction itself stands", e);
        }
    }

    /** One transaction's waiting work: run by {@link #committed()}, dropped by {@link #close()} otherwise. */
    public static final class Scope implements AutoCloseable {
        private final List<Runnable> actions = new ArrayList<>();

        private Scope() {
        }

        /** The transaction committed: runs the waiting work, in the order it was added. */
        public void committed() {
            List<Runnable> due = new ArrayList<>(actions);
            actions.clear();
            due.forEach(AfterCommit::runLogged);
        }

        /** Ends the scope; work still waiting (the transaction rolled back) is dropped. */
        @Override
        public void close() {
            actions.clear();
            Deque<Scope> open = OPEN.get();
            open.remove(this);
            if (open.isEmpty()) {
                OPEN.remove();
            }
        }
    }
}
