package coach.coffeechat.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.internal.utils.IOUtil;
import okhttp3.ConnectionSpec;

/**
 * A fake Discord on 127.0.0.1 for end-to-end tests of the real JDA client: one
 * {@link MockWebServer} serves the REST API under {@code /api/v10/} and the gateway WebSocket.
 *
 * <p>It answers login, command registration, interaction callbacks, follow-ups, DMs and message
 * edits, records every REST call for assertions ({@link #requests()}, {@link #awaitRequest}),
 * and pushes gateway events built by {@link #events()}:
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start()) {
 *     JDA jda = discord.configure(JDABuilder.createLight("fake-token")).addEventListeners(bot).build();
 *     jda.awaitReady();
 *     FakeUser ada = discord.newUser("ada");
 *     discord.dispatch("INTERACTION_CREATE", discord.events().slashCommand(ada, Where.GUILD, "help", Map.of()));
 *     RecordedCall reply = discord.awaitRequest("POST", "interactions/.+/callback", Duration.ofSeconds(5));
 *     assertThat(OpenApiContract.load().check(reply)).isEmpty();
 *     jda.shutdownNow();
 *     jda.awaitShutdown(Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>Thread-safe. Closing it answers the client's closing socket and stops the server.
 */
public final class FakeDiscord implements AutoCloseable {

    /** Discord's error for a DM to a user who closed their DMs or blocked the bot. */
    public static final int CANNOT_SEND_TO_USER = 50007;
    /** Discord's error for a DM to a user who shares no server with the bot. */
    public static final int NO_MUTUAL_GUILDS = 50278;

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(10);

    private final MockWebServer server;
    private final Snowflakes snowflakes;
    private final Channels channels;
    private final FakeGateway gateway;
    private final FakeRest rest;
    private final GatewayEvents events;
    private final FakeUser botUser;
    private final long applicationId;
    private final String restBaseUrl;
    private final String gatewayUrl;

    private FakeDiscord(MockWebServer server, Clock clock) {
        this.server = server;
        this.snowflakes = new Snowflakes(clock);
        this.channels = new Channels(snowflakes);
        this.botUser = new FakeUser(snowflakes.next(), "coffee-chat-coach", true);
        this.applicationId = botUser.id();
        String origin = "127.0.0.1:" + server.getPort();
        this.restBaseUrl = "http://" + origin + FakeRest.API_PREFIX;
        this.gatewayUrl = "ws://" + origin + "/gateway";
        ObjectMapper mapper = new ObjectMapper();
        this.gateway = new FakeGateway(mapper, botUser, applicationId, gatewayUrl);
        UserFiles files = new UserFiles("http://" + origin);
        this.rest = new FakeRest(mapper, clock, snowflakes, channels, gateway, botUser, applicationId, gatewayUrl,
                files);
        long guildId = onShardOneOfTwo(snowflakes);
        this.events = new GatewayEvents(files, snowflakes, clock, channels, botUser, applicationId, guildId,
                snowflakes.next());
        server.setDispatcher(rest);
    }

    /**
     * An id for the fake's one guild that Discord would send to shard 1 of 2 ({@code (id >> 22) % 2 == 1}), while
     * DMs go to shard 0: a test running the bot on two shards sees a server and a DM on different shards.
     */
    private static long onShardOneOfTwo(Snowflakes snowflakes) {
        long id = snowflakes.next();
        if (((id >>> 22) & 1) == 1) {
            return id;
        }
        return snowflakes.at(Instant.ofEpochMilli((id >>> 22) + Snowflakes.DISCORD_EPOCH_MILLIS - 1));
    }

    /**
     * Starts a fake Discord on a free port of 127.0.0.1.
     *
     * @throws IOException if no port could be bound
     */
    public static FakeDiscord start() throws IOException {
        MockWebServer server = new MockWebServer();
        // No client knows the port before start() returns, so no request can miss the dispatcher.
        server.start(InetAddress.getLoopbackAddress(), 0);
        return new FakeDiscord(server, Clock.systemUTC());
    }

    /** The REST base URL for {@link RestConfig#setBaseUrl(String)}, ending in {@code /api/v10/}. */
    public String restBaseUrl() {
        return restBaseUrl;
    }

    /** The gateway URL ({@code ws://127.0.0.1:PORT/gateway}); JDA appends its query. */
    public String gatewayUrl() {
        return gatewayUrl;
    }

    /** A REST configuration pointing JDA at this fake. */
    public RestConfig restConfig() {
        return new RestConfig().setBaseUrl(restBaseUrl);
    }

    /** A session controller whose gateway is this fake (single-JDA builds never ask REST for it). */
    public SessionController sessionController() {
        String url = gatewayUrl;
        return new SessionControllerAdapter() {
            @Override
            public String getGateway() {
                return url;
            }
        };
    }

    /**
     * Points {@code builder} at this fake: REST base URL, gateway, no JVM shutdown hook, and JDA's own HTTP client
     * settings for plain HTTP only. This fake speaks no TLS, and a client that may use it loads the JDK's trust store
     * and makes an SSL context first, a tenth of a second of a cold JVM; a request that tried TLS would fail.
     *
     * @return the same builder, for chaining
     */
    public JDABuilder configure(JDABuilder builder) {
        return builder
                .setHttpClientBuilder(IOUtil.newHttpClientBuilder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)))
                .setRestConfig(restConfig())
                .setSessionController(sessionController())
                .setEnableShutdownHook(false);
    }

    /** The bot's own user, as served by {@code GET users/@me} and READY. */
    public FakeUser botUser() {
        return botUser;
    }

    /** The application id READY announces (equal to the bot user's id, as for most bots). */
    public long applicationId() {
        return applicationId;
    }

    /** Returns a new human user with a fresh id. */
    public FakeUser newUser(String username) {
        return new FakeUser(snowflakes.next(), username, false);
    }

    /** The DM channel id this fake uses for {@code user}, in events and in {@code POST users/@me/channels}. */
    public long directChannelId(FakeUser user) {
        return channels.directFor(user.id());
    }

    /** Builders for INTERACTION_CREATE and MESSAGE_CREATE payloads. */
    public GatewayEvents events() {
        return events;
    }

    /** The id source of this fake, e.g. for back-dated interaction ids. */
    public Snowflakes snowflakes() {
        return snowflakes;
    }

    /**
     * Sends a dispatch (op 0) on the gateway session, waiting up to 10 s for it to reach READY.
     *
     * @param event the event name, e.g. {@code "INTERACTION_CREATE"}
     * @param payload the event's {@code d} object
     */
    public void dispatch(String event, JsonNode payload) {
        gateway.dispatch(event, payload, READY_TIMEOUT);
    }

    /**
     * Waits until the {@code n}-th gateway session (1-based, counting every client that logged in) has reached
     * READY and a session is open, e.g. for a bot process started a second time.
     *
     * @throws IllegalStateException if it does not happen in time
     */
    public void awaitSession(int n, Duration timeout) {
        gateway.awaitReady(n, timeout);
    }

    /** Payloads the client sent on the gateway (IDENTIFY, heartbeats...), oldest first. */
    public List<JsonNode> gatewayPayloads() {
        return gateway.received();
    }

    /** Makes the next message posted to a DM channel fail with 403 / 50007 "Cannot send messages to this user". */
    public void failNextDirectMessage() {
        rest.failNextDirectMessage(CANNOT_SEND_TO_USER);
    }

    /**
     * Makes the next message posted to a DM channel fail with 403 and {@code code}: {@link #CANNOT_SEND_TO_USER}
     * (DMs closed) or {@link #NO_MUTUAL_GUILDS} (the user shares no server with the bot).
     */
    public void failNextDirectMessage(int code) {
        if (code != CANNOT_SEND_TO_USER && code != NO_MUTUAL_GUILDS) {
            throw new IllegalArgumentException("the fake fails DMs with 50007 or 50278, not " + code);
        }
        rest.failNextDirectMessage(code);
    }

    /**
     * How many messages were created in a channel by {@code POST channels/{id}/messages}; a post that repeats the
     * nonce of an earlier one with {@code enforce_nonce} gets that message back and creates none, as on Discord.
     */
    public int messagesCreated(long channelId) {
        return rest.messagesCreated(channelId);
    }

    /** Files received in multipart requests so far (a message's attachments), oldest first. */
    public List<Upload> uploads() {
        return rest.uploads();
    }

    /** Every REST call received so far, oldest first. */
    public List<RecordedCall> requests() {
        return rest.calls();
    }

    /** REST calls this fake had no answer for (answered 404); an end-to-end test expects none. */
    public List<RecordedCall> unhandledRequests() {
        return rest.unhandled();
    }

    /**
     * Waits for the first REST call with {@code method} whose path matches {@code pathRegex}.
     *
     * @throws AssertionError listing what was received if none arrives in time
     */
    public RecordedCall awaitRequest(String method, String pathRegex, Duration timeout) {
        return rest.await(method, pathRegex, 0, timeout);
    }

    /**
     * Waits for the {@code n}-th (1-based) REST call with {@code method} whose path matches {@code pathRegex}.
     *
     * @throws AssertionError listing what was received if it does not arrive in time
     */
    public RecordedCall awaitRequest(String method, String pathRegex, int n, Duration timeout) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1 but was " + n);
        }
        return rest.await(method, pathRegex, n - 1, timeout);
    }

    /** Closes the gateway session with 1000 if one is open and stops the server. */
    @Override
    public void close() {
        gateway.closeSession();
        server.close();
    }
}
