package coach.coffeechat.bot;

import coach.coffeechat.Coach;
import coach.coffeechat.bot.console.InputTooLongException;
import coach.coffeechat.bot.console.Terminal;
import coach.coffeechat.bot.discord.DiscordTransport;
import coach.coffeechat.bot.ops.OpsSettings;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.ConfigException;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.Texts;
import coach.coffeechat.store.DataDirectory;
import coach.coffeechat.store.StartupRefusal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Coffee Chat Coach: on Discord when {@code DISCORD_TOKEN} is set and no subcommand is given (until SIGTERM),
 * else {@code java -jar coffeechat.jar [console] [--config DIR]}; or runs one of the
 * command-line checks, {@code check-request} and {@code check-questions}, which print one line of JSON and open no
 * database, create no data directory and write no log.
 *
 * <p>Exit codes: 0 after a normal end (also when a check found problems: its JSON says so), 1 when the bot failed
 * while running (details in the log) or standard input could not be read, 2 for unusable arguments or settings, or
 * a check's input over its size limit (one line on standard error says which).
 */
public final class Main {
    /** The exit code of a normal end. */
    static final int OK = 0;
    /** The exit code when the bot failed while running. */
    static final int FAILED = 1;
    /** The exit code for unusable arguments or settings. */
    static final int UNUSABLE = 2;

    static final String DISCORD_TOKEN = "DISCORD_TOKEN";

    /**
     * The {@code COFFEECHAT_*} variables that are read but are not settings: the Discord transport's, and the one
     * the test suites read (README, "Development"). Any other that names no setting is warned about at start.
     */
    static final List<String> NOT_SETTINGS = List.of(DiscordTransport.DEV_GUILD, DiscordTransport.REST_URL,
            DiscordTransport.GATEWAY_URL, "COFFEECHAT_TEST_POSTGRES_URL");

    // No static logger here: logback must not start before Logging has pointed it at the data directory.

    private Main() {
    }

    /** Runs the bot on the process's own streams and environment, then exits with its exit code. */
    public static void main(String[] args) {
        Terminal terminal = Terminal.system();
        int code = run(args, System.getenv(), terminal, Main::exitAfterStorageLoss);
        terminal.out().flush();
        terminal.err().flush();
        System.exit(code);
    }

    /**
     * Runs the bot and returns its exit code; never calls {@code System.exit}, so tests can drive it.
     *
     * @param args the command line
     * @param environment the environment variables ({@code COFFEECHAT_*} settings, {@code DISCORD_TOKEN})
     * @param terminal where to read and write
     */
    public static int run(String[] args, Map<String, String> environment, Terminal terminal) {
        return run(args, environment, terminal, () -> { });
    }

    /**
     * Ends the process with {@link #FAILED} once the database lost its file for good, from a thread of its own: the
     * thread that noticed may hold what the shutdown hook needs to close the bot.
     */
    private static void exitAfterStorageLoss() {
        new Thread(() -> System.exit(FAILED), "coffeechat-storage-lost").start();
    }

    /**
     * As {@link #run(String[], Map, Terminal)}, with what to do when the database lost its file while running.
     *
     * @param onStorageLost run once when that happens; {@link #main} ends the process with exit code 1
     */
    static int run(String[] args, Map<String, String> environment, Terminal terminal, Runnable onStorageLost) {
        StartupPhases phases = StartupPhases.begin();
        CommandLine commandLine = CommandLine.parse(List.of(args));
        if (commandLine instanceof CommandLine.Help help) {
            help.lines().forEach(terminal.out()::println);
            return OK;
        }
        if (commandLine instanceof CommandLine.Mistake mistake) {
            terminal.err().println(mistake.line());
            return UNUSABLE;
        }
        CommandLine.Run run = (CommandLine.Run) commandLine;
        if (run.command() instanceof Command.Standalone standalone) {
            return runStandalone(standalone, run, terminal);
        }

        CoachConfig config;
        OpsSettings ops;
        Texts texts;
        try {
            Settings settings = Settings.load(run.configDir(), environment);
            settings.unknownVariables(environment, NOT_SETTINGS).forEach(terminal.err()::println);
            config = CoachConfig.from(settings);
            Coach.checkSettings(config);
            ops = OpsSettings.from(settings);
            texts = Texts.load(run.configDir());
        } catch (ConfigException e) {
            terminal.err().println(oneLine(e.getMessage()));
            return UNUSABLE;
        }
        Path logFile;
        try {
            DataDirectory.requireWritable(config.dataDir());
            logFile = Logging.intoDataDirectory(config.dataDir(), ops.logFormat());
        } catch (StartupRefusal e) {
            terminal.err().println(oneLine(e.getMessage()));
            return UNUSABLE;
        } catch (IOException | SecurityException e) {
            terminal.err().println(oneLine("Cannot create the data directory " + config.dataDir().toAbsolutePath()
                    + " (data.dir): " + e));
            return UNUSABLE;
        }

        String token = environment.getOrDefault(DISCORD_TOKEN, "");
        if (run.subcommand().isEmpty() && !token.isBlank()) {
            return start("discord", new DiscordCommand(token, environment), config, run.configDir(), texts, terminal,
                    logFile, onStorageLost, phases);
        }
        Subcommand subcommand = run.subcommand().orElse(Subcommand.CONSOLE);
        return start(subcommand.word(), (Command.OnApp) run.command(), config, run.configDir(), texts, terminal,
                logFile, onStorageLost, phases);
    }

    /**
     * Runs a command that needs no database: no settings beyond {@code --config} are read, nothing is created on
     * disk and nothing is logged (logback is never started).
     */
    private static int runStandalone(Command.Standalone command, CommandLine.Run run, Terminal terminal) {
        try {
            return command.run(run.configDir(), terminal);
        } catch (ConfigException | InputTooLongException e) {
            terminal.err().println(oneLine(e.getMessage()));
            return UNUSABLE;
        } catch (IOException | UncheckedIOException e) {
            terminal.err().println(oneLine("Cannot read standard input: " + e.getMessage()));
            return FAILED;
        }
    }

    private static int start(String word, Command.OnApp command, CoachConfig config,
                             Optional<Path> configDir, Texts texts, Terminal terminal, Path logFile,
                             Runnable onStorageLost, StartupPhases phases) {
        Logger log = LoggerFactory.getLogger(Main.class);
        log.info("starting {}", word);
        phases.logMainEntered(log);
        phases.done("settings-and-log", log);
        CompletableFuture<App> opening = null;
        if (command instanceof DiscordCommand discord) {
            // The database opens and migrates on a thread of its own while the gateway connects on this one.
            opening = openInBackground(config, configDir, texts, onStorageLost);
            int connected = discord.connect(opening.thenApply(App::coach), texts, config.shards(), terminal);
            if (connected != OK) {
                closeOnceOpen(opening);
                return connected;
            }
        }
        try (App app = opening == null ? App.start(config, configDir, texts, Clock.systemUTC(), onStorageLost)
                : opened(opening, command)) {
            // a command that runs until stopped (Discord) is closed first, then the database
            ShutdownHook hook = ShutdownHook.closing(command instanceof AutoCloseable running ? () -> {
                try {
                    running.close();
                } finally {
                    app.close();
                }
            } : app);
            try {
                int code = command.run(app, terminal);
                log.info("{} ended with exit code {}", word, code);
                return code;
            } finally {
                hook.remove();
            }
        } catch (ConfigException e) {
            // checks.properties, the templates or the question bank under --config, read as the coach is assembled
            log.warn("unusable configuration: {}", oneLine(e.getMessage()));
            terminal.err().println(oneLine(e.getMessage()));
            return UNUSABLE;
        } catch (StartupRefusal e) {
            // the database as found: empty, read-only or locked file, a migration stopped half-way
            log.warn("cannot start on this database: {}", oneLine(e.getMessage()), e);
            terminal.err().println(oneLine(e.getMessage()));
            return UNUSABLE;
        } catch (IOException | RuntimeException e) {
            log.error("Coffee Chat Coach stopped: {}. The details are in {}", oneLine(String.valueOf(e.getMessage())),
                    logFile, e);
            return FAILED;
        }
    }

    private static CompletableFuture<App> openInBackground(CoachConfig config, Optional<Path> configDir, Texts texts,
                                                           Runnable onStorageLost) {
        CompletableFuture<App> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(App.start(config, configDir, texts, Clock.systemUTC(), onStorageLost));
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
            }
        }, "coffeechat-open-database");
        opener.start();
        return opening;
    }

    /**
     * The app opened in the background, or what stopped it, thrown as {@link App#start} throws it; then the command
     * that was already connecting is closed.
     */
    private static App opened(CompletableFuture<App> opening, Command.OnApp command) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (command instanceof AutoCloseable connected) {
                try {
                    connected.close();
                } catch (Exception closing) {
                    cause.addSuppressed(closing);
                }
            }
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Waits for an app opened for nothing (the bot cannot start after all) and closes it. */
    private static void closeOnceOpen(CompletableFuture<App> opening) {
        opening.handle((app, failure) -> {
            if (app != null) {
                app.close();
            }
            return null;
        }).join();
    }

    /** Keeps a message to one line, whatever a library put in it. */
    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
