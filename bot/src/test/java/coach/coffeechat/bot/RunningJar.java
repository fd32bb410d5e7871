package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar running in console mode as a separate process, typed into line by line: its output is read as
 * it comes, a test waits for a line with a deadline, and {@link #kill()} is a real {@code kill -9}. Every wait polls
 * the process's own output; nothing sleeps for time to pass.
 */
final class RunningJar implements AutoCloseable {
    /** Long enough for a start on a busy 2-core machine; a healthy start takes about 2 s. */
    static final Duration START = Duration.ofSeconds(60);
    /** Long enough for one answer on a busy machine; a healthy one takes milliseconds. */
    static final Duration ANSWER = Duration.ofSeconds(30);

    private final Process process;
    private final OutputStream input;
    private final StringBuilder output = new StringBuilder();
    private final StringBuilder errors = new StringBuilder();
    private int readUpTo;
    private volatile boolean drained;

    private RunningJar(Process process) {
        this.process = process;
        this.input = process.getOutputStream();
        copy(process.getInputStream(), output, "jar stdout");
        copy(process.getErrorStream(), errors, "jar stderr");
    }

    /**
     * Starts {@code java -jar coffeechat.jar} on a data directory, with standard input open for {@link #type}.
     * The JVM runs with its quick-start options (C1 only, serial GC): these tests start it many times.
     */
    static RunningJar start(Path dataDir, String... extraArguments) {
        return start(dataDir, Map.of(), extraArguments);
    }

    /** As {@link #start(Path, String...)}, with more environment variables. */
    static RunningJar start(Path dataDir, Map<String, String> environment, String... extraArguments) {
        return start(dataDir, environment, command(extraArguments));
    }

    /**
     * As {@link #start(Path, String...)}, in a process that may write no file larger than {@code kilobytes}
     * ({@code ulimit -f}): a write past it fails as on a full disk.
     */
    static RunningJar startWithFilesUpTo(Path dataDir, int kilobytes) {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "ulimit -f " + kilobytes + " && exec \"$@\"",
                "limited"));
        command.addAll(command());
        return start(dataDir, Map.of(), command);
    }

    private static RunningJar start(Path dataDir, Map<String, String> environment, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.equals("DISCORD_TOKEN") || name.startsWith("COFFEECHAT_"));
        builder.environment().put("COFFEECHAT_DATA_DIR", dataDir.toString());
        builder.environment().putAll(environment);
        try {
            return new RunningJar(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line that runs the packaged jar with the quick-start options. */
    static List<String> command(String... extraArguments) {
        String jar = System.getProperty("coffeechat.jar");
        assertThat(jar).as("system property coffeechat.jar (set by failsafe)").isNotBlank();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-jar", jar));
        command.addAll(List.of(extraArguments));
        return command;
    }

    /** Types one line, as a user at the console would. */
    RunningJar type(String line) {
        try {
            input.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            input.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the jar no longer reads its input; it said:\n" + everything(), e);
        }
        return this;
    }

    /**
     * Waits until the output, past what earlier waits consumed, contains {@code text}; consumes up to its end and
     * returns the output from the previous mark to there.
     *
     * @throws AssertionError when the deadline passes or the process ends first
     */
    String await(String text, Duration deadline) {
        return awaitUnlessEnded(text, deadline).orElseThrow(() -> new AssertionError("waited for \"" + text
                + "\" in vain; the jar ended and said:\n" + everything()));
    }

    /**
     * As {@link #await}, but empty when the process ended (and its output was read to the end) without writing
     * {@code text}.
     *
     * @throws AssertionError when the deadline passes
     */
    Optional<String> awaitUnlessEnded(String text, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        synchronized (output) {
            while (true) {
                int at = output.indexOf(text, readUpTo);
                if (at >= 0) {
                    String seen = output.substring(readUpTo, at + text.length());
                    readUpTo = at + text.length();
                    return Optional.of(seen);
                }
                if (!process.isAlive() && drained) {
                    return Optional.empty();
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("waited for \"" + text + "\" in vain; the jar is still running and"
                            + " said:\n" + everything());
                }
                try {
                    output.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(Math.min(left, 200_000_000L))));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for \"" + text + "\"", e);
                }
            }
        }
    }

    /** Waits for the output of a start: the console's greeting. */
    RunningJar awaitStarted() {
        await("Type /help", START);
        return this;
    }

    /** Kills the process as {@code kill -9} does, and waits until it is gone. */
    void kill() {
        process.destroyForcibly();
        awaitEnd(Duration.ofSeconds(30));
    }

    /** Ends standard input, as Ctrl-D does, and returns the exit code once the process has ended. */
    int endInput(Duration deadline) {
        try {
            input.close();
        } catch (IOException e) {
            // already gone: the exit code says how it ended
        }
        return awaitEnd(deadline);
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int awaitEnd(Duration deadline) {
        try {
            if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the jar did not end within " + deadline + "; it said:\n" + everything());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the jar to end", e);
        }
    }

    /** Whether the process still runs. */
    boolean alive() {
        return process.isAlive();
    }

    /** Everything written to standard error so far. */
    String errors() {
        synchronized (errors) {
            return errors.toString();
        }
    }

    /** Everything the process wrote so far, for failure messages. */
    String everything() {
        synchronized (output) {
            return output + (errors().isEmpty() ? "" : "\n[stderr]\n" + errors());
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitEnd(Duration.ofSeconds(30));
        }
    }

    private void copy(InputStream stream, StringBuilder into, String name) {
        Thread reader = new Thread(() -> {
            char[] buffer = new char[8192];
            try (Reader text = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                int read;
                while ((read = text.read(buffer)) >= 0) {
                    synchronized (into) {
                        into.append(buffer, 0, read);
                        into.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process is gone; what it wrote is kept
            } finally {
                synchronized (into) {
                    if (into == output) {
                        drained = true;
                    }
                    into.notifyAll();
                }
            }
        }, name);
        reader.setDaemon(true);
        reader.start();
    }
}
