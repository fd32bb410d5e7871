package coach.coffeechat.bot.discord;

import coach.coffeechat.Coach;
import coach.coffeechat.bot.ops.Gateway;
import coach.coffeechat.config.ShardPlan;
import coach.coffeechat.config.Texts;
import coach.coffeechat.followup.FollowUpScheduler;
import coach.coffeechat.store.BotState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Discord: a shard manager logged in with the token, the {@link InteractionRouter} listening, the slash
 * commands registered once the first shard and the engine are ready, and the follow-up timer sending DMs and
 * posting coaches' weekly digests to coach channels (JDA always keeps guilds and their channels in its cache). The
 * engine may still be starting while the gateway connects. Closing stops the timer,
 * lets the router finish the work in progress, then shuts JDA down (sending what is queued) and waits for it. Never
 * logs the token.
 */
public final class DiscordTransport implements AutoCloseable {
    /** The environment variable with an alternative REST base URL (ending in {@code /api/v10/}). */
    public static final String REST_URL = "COFFEECHAT_DISCORD_REST_URL";
    /** The environment variable with an alternative gateway URL. */
    public static final String GATEWAY_URL = "COFFEECHAT_DISCORD_GATEWAY_URL";
    /** The environment variable with a guild id to register the commands to instead of globally. */
    public static final String DEV_GUILD = "COFFEECHAT_DISCORD_DEV_GUILD";

    private static final Logger LOG = LoggerFactory.getLogger(DiscordTransport.class);
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);
    /** How many threads handle users' inputs. */
    private static final int WORKERS = 4;

    private final ShardManager shards;
    private final InteractionRouter router;
    /** The follow-up timer, started once the engine is ready (unless closing came first); guarded by this. */
    private FollowUpScheduler timer;
    private final DiscordGateway gateway;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();

    /**
     * Where and how to connect.
     *
     * @param token the bot token
     * @param restUrl an alternative REST base URL
     * @param gatewayUrl an alternative gateway URL
     * @param devGuild a guild to register the commands to instead of globally
     * @param shutdownHook whether JDA installs its own JVM shutdown hook
     */
    public record Settings(String token, Optional<String> restUrl, Optional<String> gatewayUrl,
                           Optional<Long> devGuild, boolean shutdownHook) {
        public Settings {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(restUrl, "restUrl");
            Objects.requireNonNull(gatewayUrl, "gatewayUrl");
            Objects.requireNonNull(devGuild, "devGuild");
        }

        /**
         * The settings from the environment.
         *
         * @throws IllegalArgumentException when the dev guild is not a number
         */
        public static Settings from(String token, Map<String, String> environment) {
            String guild = environment.getOrDefault(DEV_GUILD, "").strip();
            Optional<Long> devGuild;
            try {
                devGuild = guild.isEmpty() ? Optional.empty() : Optional.of(Long.parseUnsignedLong(guild));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(DEV_GUILD + " must be a guild id (a number), not '" + guild + "'.");
            }
            return new Settings(token.strip(), nonBlank(environment.get(REST_URL)),
                    nonBlank(environment.get(GATEWAY_URL)), devGuild, false);
        }

        private static Optional<String> nonBlank(String value) {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }

        @Override
        public String toString() {
            return "Settings[token=<hidden>, restUrl=" + restUrl + ", gatewayUrl=" + gatewayUrl + ", devGuild="
                    + devGuild + "]";
        }
    }

    private DiscordTransport(ShardManager shards, InteractionRouter router) {
        this.shards = shards;
        this.router = router;
        this.gateway = DiscordGateway.of(shards);
    }

    /**
     * Logs in and starts everything; returns once the login was accepted (shards connect in the background).
     *
     * @throws net.dv8tion.jda.api.exceptions.InvalidTokenException when Discord refuses the token
     */
    public static DiscordTransport start(Coach coach, Settings settings) {
        return start(coach, settings, new ShardPlan(0, Optional.empty(), Optional.empty()));
    }

    /**
     * Logs in running the shards of the plan (all of them by default, as many as Discord recommends).
     *
     * @throws net.dv8tion.jda.api.exceptions.InvalidTokenException when Discord refuses the token
     */
    public static DiscordTransport start(Coach coach, Settings settings, ShardPlan plan) {
        return start(CompletableFuture.completedFuture(coach), coach.texts(), settings, plan);
    }

    /**
     * Logs in while the engine may still be starting (its database opening and migrating side by side with the
     * gateway connecting): interactions that arrive meanwhile are taken and wait on their users' lanes, deferred in
     * time (see {@link InteractionRouter}); the commands are registered and the follow-up timer started once
     * {@code engine} is ready. Returns once the login was accepted.
     *
     * @param engine the coach, completed when it is ready
     * @param texts the messages, for what is shown before the engine is ready
     * @throws net.dv8tion.jda.api.exceptions.InvalidTokenException when Discord refuses the token
     */
    public static DiscordTransport start(CompletableFuture<Coach> engine, Texts texts, Settings settings,
                                         ShardPlan plan) {
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        InteractionRouter router = new InteractionRouter(engine, texts, UserLanes.workerPool(WORKERS),
                DeferralScheduler.system());
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(),
                        GatewayIntent.DIRECT_MESSAGES)
                .setEnableShutdownHook(settings.shutdownHook())
                .addEventListeners(router, new CommandRegistration(engine, settings.devGuild()),
                        new FirstIdentify(System.nanoTime()));
        if (plan.total() > 0) {
            builder.setShardsTotal(plan.total());
        }
        if (plan.ranged()) {
            builder.setShards(plan.first().orElseThrow(), plan.last().orElseThrow());
        }
        settings.restUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        settings.gatewayUrl().ifPresent(url -> builder.setSessionController(new SessionControllerAdapter() {
            @Override
            public String getGateway() {
                return url;
            }

            @Override
            public ShardedGateway getShardedGateway(JDA api) {
                ShardedGateway fromDiscord = super.getShardedGateway(api);
                return new ShardedGateway(url, fromDiscord.getShardTotal(), fromDiscord.getConcurrency());
            }
        }));
        ShardManager shards;
        try {
            shards = builder.build();
        } catch (RuntimeException e) {
            router.close();
            throw e;
        }
        DiscordTransport transport = new DiscordTransport(shards, router);
        engine.thenAccept(transport::startTimer);
        return transport;
    }

    /** Starts the follow-up timer on the ready engine, unless the transport is already closing. */
    private synchronized void startTimer(Coach coach) {
        if (closing.get()) {
            return;
        }
        gateway.measure(coach.meters());
        timer = coach.timer(DiscordFollowUpSink.over(shards, coach.texts(), DELIVERY_TIMEOUT),
                DiscordDigestSink.over(shards, DELIVERY_TIMEOUT),
                DiscordChallengeSink.over(shards, DELIVERY_TIMEOUT));
        timer.start();
        LOG.info("Discord transport ready with {} command path(s)", coach.commands().specs().size());
    }

    /** The timer, if it started; after this, it never will. */
    private synchronized Optional<FollowUpScheduler> stopTimerStarting() {
        return Optional.ofNullable(timer);
    }

    /** The shard manager, for tests and for the sink. */
    public ShardManager shards() {
        return shards;
    }

    /** The shards' gateway connections, for the health check. */
    public Gateway gateway() {
        return gateway;
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            // closing is set: a timer not started yet (the engine is not ready) never will be
            stopTimerStarting().ifPresent(FollowUpScheduler::close);
            // Stop taking new events, then let the work in hand finish; its replies are queued before JDA shuts
            // down, and JDA's shutdown sends what is queued.
            shards.removeEventListener(router);
            router.close();
            List<JDA> all = new ArrayList<>(shards.getShards());
            shards.shutdown();
            for (JDA jda : all) {
                try {
                    if (!jda.awaitShutdown(SHUTDOWN_WAIT)) {
                        jda.shutdownNow();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    jda.shutdownNow();
                }
            }
            LOG.info("Discord transport stopped");
        } finally {
            closed.countDown();
        }
    }

    /** Logs once how long the login took until the first shard identified itself on the gateway. */
    private static final class FirstIdentify extends ListenerAdapter {
        private final long loginStarted;
        private final AtomicBoolean logged = new AtomicBoolean();

        FirstIdentify(long loginStarted) {
            this.loginStarted = loginStarted;
        }

        @Override
        public void onStatusChange(StatusChangeEvent event) {
            if (event.getNewStatus() == JDA.Status.IDENTIFYING_SESSION && logged.compareAndSet(false, true)) {
                LOG.info("start-up phase gateway-login took {} ms",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - loginStarted));
            }
        }
    }

    /**
     * Registers the slash commands when a shard is ready and the engine too, globally from shard 0 or to the dev
     * guild, but only when their definitions changed since the last registration (a hash kept in the database):
     * Discord allows 200 command creations a day per guild, and a restart should not spend them.
     */
    private static final class CommandRegistration extends ListenerAdapter {
        private final CompletableFuture<Coach> engine;
        private final Optional<Long> devGuild;

        CommandRegistration(CompletableFuture<Coach> engine, Optional<Long> devGuild) {
            this.engine = engine;
            this.devGuild = devGuild;
        }

        @Override
        public void onReady(ReadyEvent event) {
            engine.thenAccept(coach -> {
                List<SlashCommandData> commands = SlashCommands.from(coach.commands(), coach.commandTexts(),
                        coach.texts().languages());
                register(event.getJDA(), commands, SlashCommands.definitionHash(commands), coach.state());
            }).exceptionally(failure -> {
                LOG.error("the commands were not registered: the engine did not start", failure);
                return null;
            });
        }

        private void register(JDA jda, List<SlashCommandData> commands, String hash, BotState state) {
            if (devGuild.isPresent()) {
                Guild guild = jda.getGuildById(devGuild.get());
                if (guild != null) {
                    register("guild." + guild.getId(), guild.updateCommands().addCommands(commands), hash, state);
                } else if (jda.getShardInfo().getShardId() == 0) {
                    LOG.warn("the bot is not in the guild {} named by {}; no commands were registered",
                            Long.toUnsignedString(devGuild.get()), DEV_GUILD);
                }
                return;
            }
            if (jda.getShardInfo().getShardId() == 0) {
                register("global", jda.updateCommands().addCommands(commands), hash, state);
            }
        }

        private static void register(String scope, CommandListUpdateAction update, String hash, BotState state) {
            String key = "discord.commands." + scope;
            if (state.get(key).filter(hash::equals).isPresent()) {
                LOG.info("the {} slash commands are unchanged since the last registration ({}); not registering",
                        scope, hash);
                return;
            }
            update.queue(done -> {
                state.put(key, hash);
                LOG.info("registered {} {} command(s) ({})", done.size(), scope, hash);
            }, failure -> LOG.error("registering the {} commands failed: {}", scope, failure.toString()));
        }
    }
}
