package coach.coffeechat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes deleted data unreadable in the embedded database's file, for deletions that promise it is gone (such as
 * {@code /privacy forget}).
 *
 * <p>H2 never overwrites data in place: a delete writes new pages and leaves the old ones, with the deleted text, in
 * the file until their space happens to be reused or a clean shutdown compacts the file. After the deleting
 * transaction commits, the scrub rewrites the live pages of every chunk that still holds a dead page, then moves
 * the live chunks together at the start of the file and cuts the file where they end: no dead page, and so nothing
 * deleted, is left on disk. Other databases (PostgreSQL, H2 in memory) are left to their own means.
 */
public final class ErasedData {
    private static final Logger LOG = LoggerFactory.getLogger(ErasedData.class);

    private ErasedData() {
    }

    /**
     * Arranges for the file to be scrubbed once the connection's transaction commits (see {@link AfterCommit}); on a
     * database that is not an H2 file, does nothing.
     *
     * @param connection the connection of the deleting transaction
     */
    public static void scrubAfterCommit(Connection connection) {
        fileStoreOf(connection).ifPresent(store -> AfterCommit.run(() -> scrub(store)));
    }

    /** Rewrites what holds dead pages, packs the live chunks and cuts the file after them. */
    static void scrub(MVStore store) {
        if (store.isClosed() || !(store.getFileStore() instanceof RandomAccessStore file) || file.isReadOnly()) {
            return;
        }
        long started = System.nanoTime();
        long before = file.size();
        int retention = store.getRetentionTime();
        store.setRetentionTime(0);
        try {
            store.commit();
            // under the store's lock: on its own, compact gives up when a commit holds the lock for 10 ms
            store.executeFilestoreOperation(() -> file.compact(101, Integer.MAX_VALUE));
            store.commit();
            file.compactMoveChunks(101, Long.MAX_VALUE, store);
        } finally {
            store.setRetentionTime(retention);
        }
        LOG.info("scrubbed deleted data from the database file: {} bytes before, {} after, in {} ms", before,
                file.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private static Optional<MVStore> fileStoreOf(Connection connection) {
        try {
            if (!connection.isWrapperFor(JdbcConnection.class)
                    || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
                return Optional.empty();
            }
            MVStore store = session.getDatabase().getStore().getMvStore();
            FileStore<?> file = store.getFileStore();
            return file == null ? Optional.empty() : Optional.of(store);
        } catch (SQLException e) {
            throw new StoreException("cannot reach the database file to scrub it", e);
        }
    }
}
