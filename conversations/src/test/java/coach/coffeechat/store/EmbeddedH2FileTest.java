package coach.coffeechat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is refused before H2 opens the embedded file, and what is left alone. */
final class EmbeddedH2FileTest {
    @TempDir
    Path dataDir;

    @Test
    void aZeroLengthFileIsRefusedByNameAndLeftAsItIs() throws Exception {
        Path file = Files.createFile(dataDir.resolve("coffeechat.mv.db"));

        assertThatThrownBy(() -> Database.openEmbedded(dataDir, 2, Clock.systemUTC()))
                .isInstanceOf(StartupRefusal.class)
                .hasMessageStartingWith("The database file " + file.toAbsolutePath() + " is empty (0 bytes)")
                .hasMessageNotContaining("\n");
        assertThat(file).isEmptyFile();
    }

    @Test
    void noFileYetIsAFirstStart() {
        try (Database database = Database.openEmbedded(dataDir, 2, Clock.systemUTC())) {
            boolean valid = database.inTransaction(connection -> connection.isValid(1));
            assertThat(valid).isTrue();
        }
        assertThat(dataDir.resolve("coffeechat.mv.db")).isNotEmptyFile();
    }

    @Test
    void aFileOpenInThisProcessIsNamedAsInUse() {
        try (Database running = Database.openEmbedded(dataDir, 2, Clock.systemUTC())) {
            assertThatThrownBy(() -> new EmbeddedH2File(dataDir).prepare())
                    .isInstanceOf(StartupRefusal.class)
                    .hasMessageContaining("is in use by another process");
        }
    }
}
