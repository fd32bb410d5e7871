package coach.coffeechat.bot;

import coach.coffeechat.bot.console.ConsoleSession;
import coach.coffeechat.bot.console.Terminal;
import java.io.IOException;

/** Talks to the coach in this terminal, as the one local user. */
record ConsoleCommand() implements Command.OnApp {
    @Override
    public int run(App app, Terminal terminal) throws IOException {
        new ConsoleSession(app.coach(), app.config(), terminal).run();
        return Main.OK;
    }
}
