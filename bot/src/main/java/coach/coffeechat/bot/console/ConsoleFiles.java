package coach.coffeechat.bot.console;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Attachment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The console's way with a reply's files (the {@code /pipeline} chart, a {@code /privacy export}): each is written
 * to the {@code files/} folder of the data directory, replacing an older one of the same name, and the user is told
 * where. Thread-safe.
 */
public final class ConsoleFiles {
    private final Path directory;
    private final Texts texts;

    /**
     * @param dataDir the data directory; files go under {@code files/} in it
     * @param texts the console's sentences
     */
    public ConsoleFiles(Path dataDir, Texts texts) {
        this.directory = Objects.requireNonNull(dataDir, "dataDir").resolve("files");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /**
     * Writes the files and says where each went, or that it could not be written and why.
     *
     * @return one line per file, in order
     */
    public List<String> save(List<Attachment> attachments) {
        List<String> lines = new ArrayList<>();
        for (Attachment attachment : attachments) {
            Path file = directory.resolve(attachment.fileName());
            try {
                Files.createDirectories(directory);
                Files.write(file, attachment.content());
                lines.add(texts.get("console.file-saved", "file", attachment.fileName(),
                        "path", file.toAbsolutePath().normalize()));
            } catch (IOException e) {
                lines.add(texts.get("console.file-failed", "file", attachment.fileName(), "folder", directory,
                        "reason", e.getMessage()));
            }
        }
        return lines;
    }
}
