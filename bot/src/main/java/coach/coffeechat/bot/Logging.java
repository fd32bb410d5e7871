package coach.coffeechat.bot;

import coach.coffeechat.bot.ops.OpsSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points logback at the data directory and picks the log's format. {@code logback.xml} writes to
 * {@code ${coffeechat.log.dir}} in the format {@code ${coffeechat.log.format}}, which must be set before the first
 * logger is created: logback reads its configuration exactly once, then.
 */
final class Logging {
    /** The system property {@code logback.xml} reads the log directory from. */
    static final String DIRECTORY_PROPERTY = "coffeechat.log.dir";
    /** The system property {@code logback.xml} reads the format from: {@code text} or {@code json}. */
    static final String FORMAT_PROPERTY = "coffeechat.log.format";
    /** The current log file's name; rolled files sit next to it. */
    static final String FILE_NAME = "coffeechat.log";

    private Logging() {
    }

    /**
     * Creates {@code <dataDir>/logs} and sends the log there, in this format.
     *
     * @param dataDir the data directory ({@code data.dir})
     * @param format text or JSON lines ({@code logging.format})
     * @return the log file
     * @throws IOException when the directory cannot be created
     */
    static Path intoDataDirectory(Path dataDir, OpsSettings.LogFormat format) throws IOException {
        Path directory = Files.createDirectories(dataDir.resolve("logs")).toAbsolutePath().normalize();
        System.setProperty(DIRECTORY_PROPERTY, directory.toString());
        System.setProperty(FORMAT_PROPERTY, format.word());
        return directory.resolve(FILE_NAME);
    }
}
