package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on storage it cannot use: a data directory it cannot write, a file that fills up while it runs,
 * an empty database file, a database another process holds. It stops with one line and exit code 2 at start, or
 * with exit code 1 while running, and never calls saved what was not saved.
 */
final class StorageTroubleIT {
    @TempDir
    Path work;

    @Test
    void aFileThatCannotGrowEndsTheBotWithExitCodeOneAndWhatWasConfirmedIsThereAfterARestart() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("full"));
        // GIVEN a database made without limit, then a bot whose files may not grow past 256 KB
        try (RunningJar jar = RunningJar.start(dataDir).awaitStarted()) {
            assertThat(jar.type("/quit").awaitEnd(RunningJar.ANSWER)).isZero();
        }
        List<String> confirmed = new ArrayList<>();
        String failed = null;
        try (RunningJar jar = RunningJar.startWithFilesUpTo(dataDir, 256).awaitStarted()) {
            // WHEN contacts are added until a write no longer fits
            for (int n = 0; n < 200 && failed == null; n++) {
                String name = DistinctNames.nth(n);
                jar.type("/contact add").type(name).type("").type("").type("").type("cold").type("LinkedIn")
                        .type("skip").type("yes");
                if (jar.awaitUnlessEnded("Saved " + name + ".", RunningJar.ANSWER).isPresent()) {
                    confirmed.add(name);
                } else {
                    failed = name;
                }
            }
            // THEN the failure is not called saved (the bot says something went wrong, or ends first), and the
            // process ends by itself with exit code 1
            assertThat(failed).as("a write failed before 200 contacts:\n" + jar.everything()).isNotNull();
            int code = jar.awaitEnd(RunningJar.START);
            assertThat(code).as(jar.everything()).isEqualTo(1);
            assertThat(jar.everything()).doesNotContain("Saved " + failed + ".");
        }
        assertThat(Files.readString(dataDir.resolve("logs/coffeechat.log")))
                .contains("the database can no longer write its file");

        // WHEN it is started again with room to write
        try (RunningJar jar = RunningJar.start(dataDir).awaitStarted()) {
            String list = jar.type("/contact list").type("/settings").await("Change any of them", RunningJar.ANSWER);
            // THEN every contact it confirmed is there, and it saves again
            for (String name : confirmed) {
                assertThat(list).contains(". " + name + " ");
            }
            jar.type("/settings linkedin: premium").await("LinkedIn premium (", RunningJar.ANSWER);
            assertThat(jar.type("/quit").awaitEnd(RunningJar.ANSWER)).isZero();
        }
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenStopsTheStartInOneLineWithExitCodeTwo() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("read-only"));
        boolean mounted = writableMount(dataDir);
        try {
            // GIVEN a database and its logs made as usual, then the directory turned read-only
            try (RunningJar jar = RunningJar.start(dataDir).awaitStarted()) {
                assertThat(jar.type("/quit").awaitEnd(RunningJar.ANSWER)).isZero();
            }
            readOnly(dataDir, mounted);

            // WHEN the bot starts on it
            try (RunningJar jar = RunningJar.start(dataDir)) {
                int code = jar.awaitEnd(RunningJar.START);

                // THEN it stops at once, saying so in one line
                assertThat(code).as(jar.everything()).isEqualTo(2);
                assertThat(jar.errors().strip()).startsWith("The data directory " + dataDir.toAbsolutePath())
                        .contains("cannot be written to").doesNotContain("\n");
            }
        } finally {
            if (mounted) {
                run("umount", dataDir.toString());
            }
        }
    }

    @Test
    void anEmptyDatabaseFileIsRefusedByNameInOneLineWithExitCodeTwo() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("empty"));
        Path file = Files.createFile(dataDir.resolve("coffeechat.mv.db"));
        try (RunningJar jar = RunningJar.start(dataDir)) {
            int code = jar.awaitEnd(RunningJar.START);

            assertThat(code).as(jar.everything()).isEqualTo(2);
            assertThat(jar.errors().strip()).startsWith("The database file " + file.toAbsolutePath() + " is empty")
                    .doesNotContain("\n");
        }
        assertThat(file).isEmptyFile();
    }

    @Test
    void aSecondBotOnTheSameDataDirectoryStopsInOneLineWithExitCodeTwo() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("shared"));
        try (RunningJar first = RunningJar.start(dataDir).awaitStarted();
             RunningJar second = RunningJar.start(dataDir)) {
            int code = second.awaitEnd(RunningJar.START);

            assertThat(code).as(second.everything()).isEqualTo(2);
            assertThat(second.errors().strip()).startsWith("The database file ")
                    .contains("is in use by another process").doesNotContain("\n");
            assertThat(first.type("/settings").await("Change any of them", RunningJar.ANSWER)).contains("LinkedIn");
        }
    }

    /**
     * For root, whom file modes do not stop, mounts a small file system of its own on the directory (skipped where
     * mounting is not allowed), which {@link #readOnly} then turns read-only; for an ordinary user, nothing.
     */
    private static boolean writableMount(Path directory) throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return false;
        }
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", directory.toString()) == 0,
                "mounting a file system is not allowed here");
        return true;
    }

    /** Makes the directory and what is in it unwritable: by remounting it read-only, or by the files' modes. */
    private static void readOnly(Path directory, boolean mounted) throws IOException, InterruptedException {
        if (mounted) {
            assertThat(run("mount", "-o", "remount,ro", directory.toString())).isZero();
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.forEach(path -> assertThat(path.toFile().setWritable(false, false)).isTrue());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
