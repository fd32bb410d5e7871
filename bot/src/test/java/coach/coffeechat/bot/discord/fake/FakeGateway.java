package coach.coffeechat.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The server side of the gateway WebSocket: HELLO on open, READY after IDENTIFY, an ACK for
 * every heartbeat, and a close(1000) answer to a closing client. Sessions that IDENTIFY with a shard of several
 * get the events Discord would send that shard: a server's on shard {@code (guild_id >> 22) % total}, DMs on
 * shard 0. Thread-safe.
 */
final class FakeGateway extends WebSocketListener {

    /** Discord's usual interval; JDA's first heartbeat therefore never falls into a short test. */
    private static final int HEARTBEAT_INTERVAL_MILLIS = 41_250;

    private final ObjectMapper mapper;
    private final FakeUser botUser;
    private final long applicationId;
    private final String resumeUrl;
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final Object readyLock = new Object();
    private WebSocket readySocket;
    private int readySessions;
    private final Map<Integer, WebSocket> shardSockets = new HashMap<>();
    private int shardTotal = 1;

    FakeGateway(ObjectMapper mapper, FakeUser botUser, long applicationId, String resumeUrl) {
        this.mapper = mapper;
        this.botUser = botUser;
        this.applicationId = applicationId;
        this.resumeUrl = resumeUrl;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        ObjectNode hello = frame(10);
        hello.putObject("d").put("heartbeat_interval", HEARTBEAT_INTERVAL_MILLIS);
        send(webSocket, hello);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        JsonNode payload;
        try {
            payload = mapper.readTree(text);
        } catch (IOException e) {
            webSocket.close(4002, "Decode error");
            return;
        }
        received.add(payload);
        switch (payload.path("op").asInt(-1)) {
            case 1 -> send(webSocket, frame(11));
            case 2 -> sendReady(webSocket, payload.path("d").path("shard"));
            default -> {
                // Presence updates, resumes and the like need no answer from this fake.
            }
        }
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        webSocket.close(1000, null);
        forget(webSocket);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        forget(webSocket);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        forget(webSocket);
    }

    /** Payloads the client sent (IDENTIFY, heartbeats, ...), oldest first. */
    List<JsonNode> received() {
        return List.copyOf(received);
    }

    void dispatch(String event, JsonNode data, Duration timeout) {
        WebSocket socket = awaitShard(shardOf(event, data), timeout);
        ObjectNode frame = frame(0);
        frame.put("t", event);
        frame.put("s", sequence.incrementAndGet());
        frame.set("d", data);
        send(socket, frame);
    }

    WebSocket awaitReady(Duration timeout) {
        return awaitReady(1, timeout);
    }

    /** Waits until {@code sessions} sessions have reached READY in all and one of them is open. */
    WebSocket awaitReady(int sessions, Duration timeout) {
        return await(() -> readySessions >= sessions ? readySocket : null,
                "gateway session " + sessions + " did not reach READY within " + timeout, timeout);
    }

    /** The shard Discord sends an event to: its server's, or 0 for a DM. */
    private int shardOf(String event, JsonNode data) {
        String guild = "GUILD_CREATE".equals(event) ? "id" : "guild_id";
        synchronized (readyLock) {
            if (shardTotal == 1 || !data.hasNonNull(guild)) {
                return 0;
            }
            return (int) ((Long.parseUnsignedLong(data.get(guild).asText()) >>> 22) % shardTotal);
        }
    }

    /** Waits until the session of {@code shard} is READY (with one shard: any session). */
    private WebSocket awaitShard(int shard, Duration timeout) {
        return await(() -> shardTotal == 1 ? readySocket : shardSockets.get(shard),
                "the session of shard " + shard + " did not reach READY within " + timeout, timeout);
    }

    /** Waits, under the ready lock, until {@code socket} gives one. */
    private WebSocket await(Supplier<WebSocket> socket, String failure, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (readyLock) {
            for (WebSocket ready = socket.get(); ; ready = socket.get()) {
                if (ready != null) {
                    return ready;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException(failure);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(readyLock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for READY", e);
                }
            }
        }
    }

    void closeSession() {
        WebSocket socket;
        synchronized (readyLock) {
            socket = readySocket;
            readySocket = null;
        }
        if (socket != null) {
            socket.close(1000, null);
        }
    }

    private void sendReady(WebSocket webSocket, JsonNode shard) {
        ObjectNode ready = frame(0);
        ready.put("t", "READY");
        ready.put("s", sequence.incrementAndGet());
        ObjectNode d = ready.putObject("d");
        d.put("v", 10);
        ObjectNode user = botUser.toJson();
        user.put("verified", true);
        user.put("mfa_enabled", false);
        user.put("flags", 0);
        d.set("user", user);
        d.putArray("guilds");
        d.putArray("private_channels");
        d.putArray("presences");
        d.putArray("relationships");
        d.put("session_id", UUID.randomUUID().toString().replace("-", ""));
        d.put("session_type", "normal");
        d.put("resume_gateway_url", resumeUrl);
        ObjectNode application = d.putObject("application");
        application.put("id", Long.toUnsignedString(applicationId));
        application.put("flags", 0);
        send(webSocket, ready);
        synchronized (readyLock) {
            readySocket = webSocket;
            readySessions++;
            if (shard.isArray() && shard.size() == 2) {
                shardTotal = shard.get(1).asInt(1);
                shardSockets.put(shard.get(0).asInt(0), webSocket);
            }
            readyLock.notifyAll();
        }
    }

    private void forget(WebSocket webSocket) {
        synchronized (readyLock) {
            if (readySocket == webSocket) {
                readySocket = null;
            }
            shardSockets.values().removeIf(socket -> socket == webSocket);
        }
    }

    private ObjectNode frame(int op) {
        ObjectNode frame = mapper.createObjectNode();
        frame.put("op", op);
        frame.putNull("d");
        frame.putNull("s");
        frame.putNull("t");
        return frame;
    }

    private void send(WebSocket webSocket, JsonNode frame) {
        try {
            webSocket.send(mapper.writeValueAsString(frame));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
