package coach.coffeechat.bot;

import coach.coffeechat.bot.console.ConsoleSession;
import coach.coffeechat.bot.console.Terminal;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/** What the process does once the bot is wired, chosen by the first word on the command line. */
enum Subcommand {
    /** Talk to the coach in this terminal, as the one local user; the default when no subcommand is given. */
    CONSOLE("console") {
        @Override
        int run(App app, Terminal terminal) throws IOException {
            new ConsoleSession(app.coach(), app.config(), terminal).run();
            return 0;
        }
    };

    private final String word;

    Subcommand(String word) {
        this.word = word;
    }

    /** The word that names it on the command line. */
    String word() {
        return word;
    }

    /**
     * Does the work.
     *
     * @param app the wired bot; the caller closes it
     * @param terminal where to read and write
     * @return the process's exit code
     * @throws IOException when the terminal fails
     */
    abstract int run(App app, Terminal terminal) throws IOException;

    /** The subcommand named by a word, ignoring case. */
    static Optional<Subcommand> named(String word) {
        for (Subcommand subcommand : values()) {
            if (subcommand.word.equals(word.toLowerCase(Locale.ROOT))) {
                return Optional.of(subcommand);
            }
        }
        return Optional.empty();
    }
}
