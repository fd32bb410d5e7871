package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.engine.Attachment;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Input;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console writes a reply's files under {@code files/} in the data directory and says where, or why not. */
final class ConsoleFilesTest {
    @TempDir
    Path dataDir;

    @Test
    void eachFileIsWrittenUnderTheDataDirectoryAndItsPathPrinted() throws IOException {
        ConsoleFiles files = new ConsoleFiles(dataDir, InMemoryCoach.TEXTS);

        List<String> lines = files.save(List.of(new Attachment("pipeline.png", "image/png", new byte[] {1, 2, 3}),
                new Attachment("contacts.csv", "text/csv", "name\nAna Li\n".getBytes(StandardCharsets.UTF_8))));

        Path chart = dataDir.resolve("files").resolve("pipeline.png").toAbsolutePath().normalize();
        Path csv = dataDir.resolve("files").resolve("contacts.csv").toAbsolutePath().normalize();
        assertThat(lines).containsExactly(
                InMemoryCoach.TEXTS.get("console.file-saved", "file", "pipeline.png", "path", chart),
                InMemoryCoach.TEXTS.get("console.file-saved", "file", "contacts.csv", "path", csv));
        assertThat(Files.readAllBytes(chart)).containsExactly(1, 2, 3);
        assertThat(Files.readString(csv)).isEqualTo("name\nAna Li\n");
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedWithTheReasonAndNothingThrows() throws IOException {
        Path blocked = dataDir.resolve("blocked");
        Files.writeString(blocked, "a file where the data directory should be");

        List<String> lines = new ConsoleFiles(blocked, InMemoryCoach.TEXTS)
                .save(List.of(new Attachment("pipeline.png", "image/png", new byte[] {1})));

        assertThat(lines).singleElement().asString().startsWith("I could not save pipeline.png in "
                + blocked.resolve("files"));
    }

    @Test
    void aFileOptionTypedAsAPathReachesTheCommandAsTheFilesText() throws IOException {
        Path csv = dataDir.resolve("Connections.csv");
        Files.writeString(csv, "name\nZoë Müller\n");
        CommandSpec spec;
        try (InMemoryCoach coach = InMemoryCoach.open()) {
            spec = coach.coach().commands().find("contact import").orElseThrow();
        }
        ConsoleFiles files = new ConsoleFiles(dataDir, InMemoryCoach.TEXTS);

        Input.Command read = files.withFiles(new Input.Command("contact import", Map.of("file", csv.toString())),
                spec);

        assertThat(read.option("file")).isEqualTo("name\nZoë Müller");
        assertThatThrownBy(() -> files.withFiles(new Input.Command("contact import",
                Map.of("file", dataDir.resolve("missing.csv").toString())), spec))
                .isInstanceOf(IOException.class).hasMessageContaining("missing.csv");
    }

    @Test
    void anExportSavedByTheConsoleComesBackFromItsPathAfterForget() {
        try (InMemoryCoach coach = InMemoryCoach.open(InMemoryCoach.CLOCK,
                Map.of("COFFEECHAT_DATA_DIR", dataDir.toString()))) {
            Path export = dataDir.resolve("files").resolve("coffee-chat-export-2026-03-02.json").toAbsolutePath()
                    .normalize();

            String transcript = coach.converse(
                    "/contact add", "Ana Li", "UX researcher", "Acme Health", "She moved from teaching to UX",
                    "1", "friend", "ana@example.com", "yes",
                    "/privacy export",
                    "/privacy import file: " + export,
                    "/privacy forget", "yes",
                    "/privacy import file: " + export,
                    "/contact show contact: Ana Li");

            assertThat(transcript)
                    .contains(InMemoryCoach.TEXTS.get("console.file-saved", "file", export.getFileName(),
                            "path", export))
                    .contains(InMemoryCoach.TEXTS.get("privacy.import.not-empty", "contacts", 1, "meetings", 0))
                    .contains("Welcome back: I brought back 1 contact,")
                    .contains("She moved from teaching to UX", "ana@example.com");
        }
    }
}
