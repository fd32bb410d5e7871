package coach.coffeechat.bot;

import coach.coffeechat.bot.console.Terminal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a subcommand does once its arguments are read. Two kinds, because they need different things from the
 * process: one runs on the started bot (its database, data directory and log), the other on its own.
 */
sealed interface Command permits Command.OnApp, Command.Standalone {

    /** Runs on the started bot; {@link Main} opens the database and the log first and closes them after. */
    non-sealed interface OnApp extends Command {
        /**
         * Does the work.
         *
         * @param app the wired bot; the caller closes it
         * @param terminal where to read and write
         * @return the process's exit code
         * @throws IOException when the terminal fails
         */
        int run(App app, Terminal terminal) throws IOException;
    }

    /**
     * Runs on its own: opens no database, creates no data directory and writes no log, so it is quick and safe to
     * run anywhere (the command-line checks).
     */
    non-sealed interface Standalone extends Command {
        /**
         * Does the work.
         *
         * @param configDir the {@code --config} directory, or empty
         * @param terminal where to read and write
         * @return the process's exit code
         * @throws IOException when the terminal fails
         * @throws coach.coffeechat.config.ConfigException when the configuration cannot be used
         */
        int run(Optional<Path> configDir, Terminal terminal) throws IOException;
    }
}
