package coach.coffeechat.bot;

import coach.coffeechat.bot.console.ConsoleSession;
import coach.coffeechat.bot.console.Terminal;
import java.io.IOException;

/**
 * Talks to the coach in this terminal, as the one local user, with the follow-up timer's rounds run between inputs:
 * prompts that fell due are printed before the next input is read.
 */
record ConsoleCommand() implements Command.OnApp {
    @Override
    public int run(App app, Terminal terminal) throws IOException {
        ConsoleSession.withFollowUps(app.coach(), app.config(), terminal).run();
        return Main.OK;
    }
}
