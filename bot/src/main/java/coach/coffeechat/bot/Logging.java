package coach.coffeechat.bot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points logback at the data directory. {@code logback.xml} writes to {@code ${coffeechat.log.dir}}, which must
 * be set before the first logger is created: logback reads its configuration exactly once, then.
 */
final class Logging {
    /** The system property {@code logback.xml} reads the log directory from. */
    static final String DIRECTORY_PROPERTY = "coffeechat.log.dir";
    /** The current log file's name; rolled files sit next to it. */
    static final String FILE_NAME = "coffeechat.log";

    private Logging() {
    }

    /**
     * Creates {@code <dataDir>/logs} and sends the log there.
     *
     * @param dataDir the data directory ({@code data.dir})
     * @return the log file
     * @throws IOException when the directory cannot be created
     */
    static Path intoDataDirectory(Path dataDir) throws IOException {
        Path directory = Files.createDirectories(dataDir.resolve("logs")).toAbsolutePath().normalize();
        System.setProperty(DIRECTORY_PROPERTY, directory.toString());
        return directory.resolve(FILE_NAME);
    }
}
