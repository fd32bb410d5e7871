package coach.coffeechat.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the embedded H2 file to the current schema so that no kill can leave it half-migrated.
 *
 * <p>H2 commits each DDL statement at once, so a process killed inside a migration used to leave part of it applied
 * with nothing in Flyway's history: the next start failed on "table exists", and Flyway refused every start after
 * ("detected failed migration"). Here the file is never migrated in place: the pending migrations run on a copy in
 * {@code migrating/}, which is closed and then renamed over the file in one atomic step. A kill before the rename
 * leaves the file as it was (the next start throws the copy away and begins again); after it, the file is fully
 * migrated. Before an upgrade replaces a file, the file as it was is kept in {@code backups/}.
 */
final class EmbeddedMigration {
    /** Where the copy is migrated, under the data directory. */
    static final String WORK = "migrating";
    /** Where the file is kept as it was before an upgrade, under the data directory. */
    static final String BACKUPS = "backups";
    private static final String PARTIAL = ".partial";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMigration.class);

    private EmbeddedMigration() {
    }

    /**
     * Applies any pending migration to the file by way of a copy; does nothing when none is pending.
     *
     * @param file the embedded file, already checked and recovered ({@link EmbeddedH2File#prepare()})
     * @param clock for the name of the backup
     * @throws StartupRefusal when migrating fails (usually over a migration an earlier version left half-way);
     *     the file is left as it was
     */
    static void run(EmbeddedH2File file, Clock clock) {
        Path dataDir = file.directory();
        Path work = dataDir.resolve(WORK);
        deleteRecursively(work);
        MigrationInfoService before = file.exists() ? Migrations.on(file.jdbcUrl()).info() : null;
        if (before != null && before.pending().length == 0 && failed(before).isEmpty()) {
            return;
        }
        EmbeddedH2File copy = new EmbeddedH2File(work);
        try {
            Files.createDirectories(work);
            if (before != null) {
                Files.copy(file.path(), copy.path());
            }
            migrate(copy, file, before);
            if (before != null) {
                keepBackup(file, dataDir.resolve(BACKUPS), version(before), clock);
            }
            Files.move(copy.path(), file.path(), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot migrate a copy of " + file.path(), e);
        } finally {
            deleteRecursively(work);
        }
        LOG.info("{} migrated to the current schema by way of a copy", file.path());
    }

    private static void migrate(EmbeddedH2File copy, EmbeddedH2File file, MigrationInfoService before) {
        try {
            Migrations.on(copy.jdbcUrl()).migrate();
        } catch (FlywayException e) {
            throw cannotMigrate(file, before, e);
        }
        shutDown(copy);
    }

    /** Closes the migrated copy, so that it is whole on disk before it is renamed into place. */
    private static void shutDown(EmbeddedH2File copy) {
        try (Connection connection = DriverManager.getConnection(copy.jdbcUrl(), "", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new StoreException("cannot close the migrated copy " + copy.path(), e);
        }
    }

    /**
     * Why the file cannot be migrated, and the exact way out. The usual cause is an earlier version of the bot,
     * which migrated in place, stopped half-way through a migration: without any completed migration the file holds
     * no data yet; with some, the file from before that start (a backup) is the way back.
     */
    private static StartupRefusal cannotMigrate(EmbeddedH2File file, MigrationInfoService before,
                                                FlywayException failure) {
        String reason = EmbeddedH2File.firstLine(failure.getMessage());
        if (before == null) {
            return new StartupRefusal("Creating the database file " + file.path() + " failed (" + reason + ")",
                    failure);
        }
        String version = version(before);
        if ("0".equals(version)) {
            return new StartupRefusal("The database file " + file.path() + " was left half-way through its first"
                    + " start by an earlier version of the bot (" + reason + "); it holds no data yet: delete "
                    + file.path() + " and start again", failure);
        }
        return new StartupRefusal("The database file " + file.path() + " cannot be migrated from version " + version
                + " (" + reason + "); an earlier version of the bot was probably stopped while upgrading it and left"
                + " part of the upgrade in it. The file was left as it was: put back the file from before that upgrade"
                + " (the newest copy in " + file.directory().resolve(BACKUPS) + ", or your own backup: see README,"
                + " \"If something goes wrong\") and start again", failure);
    }

    private static void keepBackup(EmbeddedH2File file, Path backups, String version, Clock clock)
            throws IOException {
        Files.createDirectories(backups);
        String name = EmbeddedH2File.NAME + "-v" + version + "-" + STAMP.format(clock.instant()
                .truncatedTo(ChronoUnit.SECONDS).atZone(clock.getZone().normalized())) + ".mv.db";
        Path partial = backups.resolve(name + PARTIAL);
        Files.copy(file.path(), partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, backups.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        LOG.info("kept {} as it was before the upgrade in {}", file.path(), backups.resolve(name));
    }

    /** The newest version the file completed, "0" for none. */
    private static String version(MigrationInfoService info) {
        return Arrays.stream(info.applied()).filter(m -> m.getVersion() != null && m.getState().isApplied()
                        && !m.getState().isFailed())
                .reduce((older, newer) -> newer).map(m -> m.getVersion().getVersion()).orElse("0");
    }

    private static Optional<MigrationInfo> failed(MigrationInfoService info) {
        return Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).findFirst();
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + directory, e);
        }
    }
}
