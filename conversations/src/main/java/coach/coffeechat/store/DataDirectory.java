package coach.coffeechat.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data directory ({@code data.dir}): where the embedded database and the logs are written. Checked once at
 * start-up, before anything is written there, so that a directory the bot cannot write to stops it with one line
 * instead of letting it run while every save fails.
 */
public final class DataDirectory {
    private static final String PROBE = ".coffeechat-write-check";

    private DataDirectory() {
    }

    /**
     * Creates the directory if needed and proves that files can be created, written and removed in it.
     *
     * @param directory the data directory
     * @throws StartupRefusal naming the directory and what to do
     */
    public static void requireWritable(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            Path probe = absolute.resolve(PROBE);
            Files.write(probe, new byte[] {1});
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StartupRefusal("The data directory " + absolute + " (data.dir) cannot be written to ("
                    + reason(e) + "): make it writable for this user, free space on its disk, or point data.dir"
                    + " elsewhere", e);
        }
    }

    /** What went wrong, in a few words: the system's reason when there is one. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            return failure.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
