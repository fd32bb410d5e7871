package coach.coffeechat.bot;

import coach.coffeechat.Coach;
import coach.coffeechat.bot.console.Terminal;
import coach.coffeechat.bot.discord.DiscordTransport;
import coach.coffeechat.config.ShardPlan;
import coach.coffeechat.config.Texts;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the bot on Discord until the process is told to stop (SIGTERM closes this command, then the app). A token
 * Discord refuses ends the run with one line on standard error and exit code 2. The token is never logged or shown.
 */
final class DiscordCommand implements Command.OnApp, AutoCloseable {
    static final String BAD_TOKEN =
            "Discord refused the bot token (401 Unauthorized): check DISCORD_TOKEN. The bot did not start.";

    private static final Logger LOG = LoggerFactory.getLogger(DiscordCommand.class);

    private final String token;
    private final Map<String, String> environment;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile DiscordTransport transport;
    private volatile boolean closing;

    DiscordCommand(String token, Map<String, String> environment) {
        this.token = Objects.requireNonNull(token, "token");
        this.environment = Map.copyOf(environment);
    }

    /**
     * Logs in to Discord while the engine starts, so that the gateway connects side by side with the database
     * opening and migrating; interactions arriving before {@code engine} is ready wait for it (see
     * {@code DiscordTransport.start}). Called by {@link Main} before the database opens.
     *
     * @param engine the coach, completed once the database is open
     * @param texts the messages
     * @param plan the shards to run
     * @param terminal where a refused token or a bad setting is reported
     * @return {@link Main#OK}, or {@link Main#UNUSABLE} when the bot cannot start
     */
    int connect(CompletableFuture<Coach> engine, Texts texts, ShardPlan plan, Terminal terminal) {
        DiscordTransport.Settings settings;
        try {
            settings = DiscordTransport.Settings.from(token, environment);
        } catch (IllegalArgumentException e) {
            terminal.err().println(e.getMessage());
            return Main.UNUSABLE;
        }
        try {
            transport = DiscordTransport.start(engine, texts, settings, plan);
        } catch (InvalidTokenException e) {
            LOG.error("Discord refused the bot token");
            terminal.err().println(BAD_TOKEN);
            return Main.UNUSABLE;
        }
        return Main.OK;
    }

    @Override
    public int run(App app, Terminal terminal) {
        if (transport == null) {
            int connected = connect(CompletableFuture.completedFuture(app.coach()), app.coach().texts(),
                    app.config().shards(), terminal);
            if (connected != Main.OK) {
                return connected;
            }
        }
        app.telemetry().gateway(transport.gateway());
        if (closing) {
            transport.close();
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            transport.close();
        }
        return Main.OK;
    }

    /** Stops the transport (timer, JDA, router) and lets {@link #run} return. */
    @Override
    public void close() {
        closing = true;
        try {
            DiscordTransport running = transport;
            if (running != null) {
                running.close();
            }
        } finally {
            stopped.countDown();
        }
    }
}
