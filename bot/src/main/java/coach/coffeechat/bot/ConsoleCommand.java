package coach.coffeechat.bot;

import coach.coffeechat.bot.console.ConsoleFollowUps;
import coach.coffeechat.bot.console.ConsoleSession;
import coach.coffeechat.bot.console.Terminal;
import coach.coffeechat.followup.FollowUpScheduler;
import java.io.IOException;

/**
 * Talks to the coach in this terminal, as the one local user, with the follow-up timer running: prompts that
 * fall due are printed between inputs.
 */
record ConsoleCommand() implements Command.OnApp {
    @Override
    public int run(App app, Terminal terminal) throws IOException {
        ConsoleFollowUps followUps = new ConsoleFollowUps(ConsoleSession.USER);
        try (FollowUpScheduler timer = app.coach().timer(followUps)) {
            timer.start();
            new ConsoleSession(app.coach(), app.config(), terminal, followUps).run();
        }
        return Main.OK;
    }
}
