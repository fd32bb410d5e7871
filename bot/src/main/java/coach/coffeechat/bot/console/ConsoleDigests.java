package coach.coffeechat.bot.console;

import coach.coffeechat.coach.Digest;
import coach.coffeechat.coach.DigestSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The console's digest sink: a simulated server's coach channel is the console itself. The chart is saved as a PNG
 * under {@code coach-digests/} in the data directory (one file per server and week, so a digest posted again after
 * a crash overwrites its own file), then the digest is printed with the file's path. Not thread-safe: the console's
 * thread alone runs the timer.
 */
public final class ConsoleDigests implements DigestSink {
    private final Path directory;
    private final Printer printer;

    /** Shows one digest in the console. */
    @FunctionalInterface
    public interface Printer {
        /**
         * Prints the digest and where its chart is.
         *
         * @return whether it reached the terminal
         */
        boolean print(Digest digest, Path chart);
    }

    /**
     * @param dataDir the data directory; charts go under {@code coach-digests/} in it
     * @param printer shows a digest in the console
     */
    public ConsoleDigests(Path dataDir, Printer printer) {
        this.directory = Objects.requireNonNull(dataDir, "dataDir").resolve("coach-digests");
        this.printer = Objects.requireNonNull(printer, "printer");
    }

    @Override
    public Outcome post(Digest digest) {
        Path chart = directory.resolve(fileName(digest));
        try {
            Files.createDirectories(directory);
            Files.write(chart, digest.chart());
        } catch (IOException e) {
            return new Failed("the chart could not be saved in " + directory + ": " + e.getMessage());
        }
        return printer.print(digest, chart.toAbsolutePath().normalize()) ? new Posted()
                : new Failed("the console could not print it");
    }

    /** The server's name made safe for a file name, and the week: {@code cohort-a-2026-03-09.png}. */
    static String fileName(Digest digest) {
        String server = digest.serverName().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        if (server.isEmpty() || server.length() > 60) {
            server = Integer.toHexString(digest.serverId().hashCode());
        }
        return server + "-" + digest.week() + ".png";
    }
}
