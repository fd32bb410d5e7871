package coach.coffeechat.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database, one file ({@code coffeechat.mv.db}) under the data directory, checked and made whole
 * before anything else opens it.
 *
 * <p>Why the check after a kill: H2 (2.x, MVStore) writes each commit as a chunk, often into space freed inside the
 * file, and writes the file header (which says where the newest chunk is) only now and then, and then one chunk
 * late: when a chunk lands where its predecessor did not predict, the header it writes still names the
 * predecessor. Opening a file that was not closed, H2 follows the header, the predecessors' predictions and the
 * file's tail; a commit written into a hole it cannot reach that way is dropped without a word, although the bot
 * had confirmed it. So when the file was not closed cleanly, H2's own full scan (its recovery mode) finds the newest
 * complete commit first and records it in the header; H2 then opens the file as if it had been closed.
 */
public final class EmbeddedH2File {
    /** The database name in the JDBC URL; H2 adds {@code .mv.db}. */
    static final String NAME = "coffeechat";
    /** The settings every connection to the embedded file is opened with: each commit is written before it returns. */
    private static final String SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    /** The key H2 puts in the file header when the file was closed, or recovered, with nothing written since. */
    private static final String CLEAN = "clean";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedH2File.class);

    private final Path base;

    /**
     * @param directory the directory the file is in (the data directory)
     */
    public EmbeddedH2File(Path directory) {
        this.base = directory.toAbsolutePath().normalize().resolve(NAME);
    }

    /** The JDBC URL of the embedded database under {@code directory}, as the bot opens it. */
    public static String jdbcUrl(Path directory) {
        return new EmbeddedH2File(directory).jdbcUrl();
    }

    /** The JDBC URL of this file, as the bot opens it. */
    public String jdbcUrl() {
        return "jdbc:h2:file:" + base + SETTINGS;
    }

    /** The directory the file is in. */
    Path directory() {
        return base.getParent();
    }

    /** The file itself. */
    public Path path() {
        return base.resolveSibling(NAME + ".mv.db");
    }

    /** Whether the file exists yet (it does not before the first start). */
    boolean exists() {
        return Files.exists(path());
    }

    /**
     * Refuses a file that cannot be used, and recovers the newest complete commit of a file that was not closed.
     * Does nothing when there is no file yet.
     *
     * @throws StartupRefusal for an empty, read-only or locked file, naming it and what to do
     */
    public void prepare() {
        Path file = path();
        if (!Files.exists(file)) {
            return;
        }
        requireUsable(file);
        Header header = readHeader(file);
        if (!header.clean()) {
            recover(file, header.version());
        }
    }

    private static void requireUsable(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new StartupRefusal("Cannot read the database file " + file + " (" + DataDirectory.reason(e)
                    + "): make it readable for this user", e);
        }
        if (size == 0) {
            throw new StartupRefusal("The database file " + file + " is empty (0 bytes), so it holds no data the bot"
                    + " could read; it was cut short outside the bot: restore it from a backup, or delete it to start"
                    + " with an empty database");
        }
        if (!Files.isWritable(file)) {
            throw new StartupRefusal("The database file " + file + " is read-only: make it writable for this user,"
                    + " or the bot could save nothing");
        }
    }

    /** What the header says, read without writing anything (and as H2 itself would recover it). */
    private static Header readHeader(Path file) {
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            return new Header(store.getStoreHeader().containsKey(CLEAN), store.getCurrentVersion());
        } catch (MVStoreException e) {
            throw refusal(file, e);
        }
    }

    /** H2's full scan: the newest commit whose chunks are all complete, recorded in the header. */
    private static void recover(Path file, long quickVersion) {
        long started = System.nanoTime();
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).recoveryMode().autoCommitDisabled()
                .open()) {
            long version = store.getCurrentVersion();
            LOG.info("{} was not closed (the bot was stopped abruptly): a scan of the whole file found its newest "
                            + "complete commit, version {} ({} commit(s) past the header's guess), in {} ms", file,
                    version, Math.max(0, version - quickVersion), (System.nanoTime() - started) / 1_000_000);
        } catch (MVStoreException e) {
            throw refusal(file, e);
        }
    }

    /** The one line for a file H2 will not open: in use by another process, or damaged. */
    static StartupRefusal refusal(Path file, MVStoreException e) {
        if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
            return locked(file, e);
        }
        return new StartupRefusal("The database file " + file + " cannot be opened (" + firstLine(e.getMessage())
                + "): restore it from a backup (see README, \"If something goes wrong\")", e);
    }

    /**
     * The one line for a failure that says H2 found the file open in another process (its error 90020), if that is
     * what it says.
     */
    Optional<StartupRefusal> inUse(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                    || cause instanceof MVStoreException store && store.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                return Optional.of(locked(path(), failure));
            }
        }
        return Optional.empty();
    }

    /** The one line for a file another process holds open. */
    static StartupRefusal locked(Path file, Exception e) {
        return new StartupRefusal("The database file " + file + " is in use by another process (another bot on the"
                + " same data directory?): stop that one first, or give this one its own data.dir", e);
    }

    /** The first line of a library's message, which may run to several. */
    static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }

    /** The header's state: closed cleanly (nothing written since) or not, and the version H2 would open. */
    private record Header(boolean clean, long version) {
    }
}
