package coach.coffeechat.bot.console;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Attachment;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Input;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The console's way with files. A reply's files (the {@code /pipeline} chart, a {@code /privacy export}) are
 * written to the {@code files/} folder of the data directory, replacing older ones of the same name, and the user
 * is told where. A command's file option ({@code /contact import file:Connections.csv}) is typed as a path, and
 * the command gets the file's text instead. Thread-safe.
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

    /**
     * The command with the path typed for each of its file options replaced by the file's text (UTF-8, at most
     * {@link CommandSpec#FILE_READ_LIMIT} bytes, so that the command can refuse a file that is too big).
     *
     * @param spec the command's description, to know which options are files
     * @throws IOException naming the file that could not be read
     */
    public Input.Command withFiles(Input.Command command, CommandSpec spec) throws IOException {
        Map<String, String> options = new HashMap<>(command.options());
        for (CommandSpec.OptionSpec option : spec.options()) {
            String typed = command.option(option.name()).strip();
            if (option.kind() == CommandSpec.OptionKind.FILE && !typed.isEmpty()) {
                try {
                    options.put(option.name(), read(Path.of(typed)));
                } catch (InvalidPathException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        }
        return new Input.Command(command.path(), options, command.place());
    }

    private static String read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(CommandSpec.FILE_READ_LIMIT), StandardCharsets.UTF_8);
        }
    }
}
