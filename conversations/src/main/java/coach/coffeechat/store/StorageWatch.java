package coach.coffeechat.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;

/**
 * Notices when the embedded database has lost its file for good. When a write to the file fails (a full disk, a
 * file system turned read-only), H2 closes the database, and every later use fails with "database closed": the
 * process could go on answering, but it could save nothing again, and reopening in place would skip the recovery of
 * {@link EmbeddedH2File}. The watch sees the failure on any connection of the pool and tells its listener once, so
 * that the process can end and be started again (which recovers the file when the disk allows).
 *
 * <p>Thread-safe. {@link #stop()} before closing the pool: failures during a shutdown are no loss.
 */
final class StorageWatch {
    /** H2's errors that mean its store is closed or its file cannot be written or read. */
    private static final Set<Integer> STORAGE_LOST = Set.of(ErrorCode.DATABASE_IS_CLOSED,
            ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_CORRUPTED_1,
            ErrorCode.DATABASE_CALLED_AT_SHUTDOWN);

    private final AtomicReference<Runnable> listener = new AtomicReference<>(() -> { });
    private final AtomicBoolean told = new AtomicBoolean();
    private volatile boolean stopped;

    /** The data source, whose connections report a lost store to this watch. */
    DataSource watching(DataSource target) {
        return watched(target, DataSource.class);
    }

    /** Who to tell when the store is lost; told at most once. */
    void onLost(Runnable action) {
        listener.set(action);
    }

    /** Stops watching: the pool is about to close. */
    void stop() {
        stopped = true;
    }

    /** Whether a failure means the store is gone (not a mistake in one statement, such as a duplicate key). */
    static boolean meansStorageLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MVStoreException
                    || cause instanceof SQLException sql && STORAGE_LOST.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    private <T> T watched(T target, Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> {
                    try {
                        Object result = method.invoke(target, arguments);
                        return result instanceof Connection connection && method.getReturnType() == Connection.class
                                ? watched(connection, Connection.class) : result;
                    } catch (InvocationTargetException e) {
                        Throwable failure = e.getCause();
                        if (!stopped && meansStorageLost(failure) && told.compareAndSet(false, true)) {
                            listener.get().run();
                        }
                        throw failure;
                    }
                }));
    }
}
