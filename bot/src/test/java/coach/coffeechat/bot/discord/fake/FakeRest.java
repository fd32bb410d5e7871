package coach.coffeechat.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import okio.ByteString;

/**
 * Answers the REST calls JDA makes and records each one; hands WebSocket upgrades to the
 * {@link FakeGateway}. Thread-safe: MockWebServer calls it from one thread per connection.
 */
final class FakeRest extends Dispatcher {

    static final String API_PREFIX = "/api/v10/";

    private static final Pattern COMMANDS = Pattern.compile("applications/\\d+(/guilds/\\d+)?/commands");
    private static final Pattern CALLBACK = Pattern.compile("interactions/\\d+/[^/]+/callback");
    private static final Pattern WEBHOOK = Pattern.compile("webhooks/\\d+/([^/]+)");
    private static final Pattern WEBHOOK_MESSAGE = Pattern.compile("webhooks/\\d+/([^/]+)/messages/(@original|\\d+)");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern CHANNEL_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)");

    private final ObjectMapper mapper;
    private final Clock clock;
    private final Snowflakes snowflakes;
    private final Channels channels;
    private final FakeGateway gateway;
    private final FakeUser botUser;
    private final long applicationId;
    private final String gatewayUrl;
    /** The Discord error code the next message posted to a DM channel fails with, or 0. */
    private final AtomicInteger failNextDirectMessage = new AtomicInteger();
    private final List<RecordedCall> calls = new ArrayList<>();
    private final List<Upload> uploads = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<RecordedCall> unhandled = new ArrayList<>();
    /** Messages created with {@code enforce_nonce}, by channel and nonce, as Discord keeps them for a few minutes. */
    private final Map<String, ObjectNode> byNonce = new ConcurrentHashMap<>();
    private final Map<Long, Integer> created = new ConcurrentHashMap<>();
    private volatile ArrayNode registeredCommands;
    private final UserFiles files;

    FakeRest(
            ObjectMapper mapper,
            Clock clock,
            Snowflakes snowflakes,
            Channels channels,
            FakeGateway gateway,
            FakeUser botUser,
            long applicationId,
            String gatewayUrl,
            UserFiles files) {
        this.files = files;
        this.mapper = mapper;
        this.clock = clock;
        this.snowflakes = snowflakes;
        this.channels = channels;
        this.gateway = gateway;
        this.botUser = botUser;
        this.applicationId = applicationId;
        this.gatewayUrl = gatewayUrl;
        this.registeredCommands = mapper.createArrayNode();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if ("websocket".equalsIgnoreCase(request.getHeaders().get("Upgrade"))) {
            return new MockResponse.Builder().webSocketUpgrade(gateway).build();
        }
        String fullPath = request.getUrl().encodedPath();
        if (fullPath.startsWith(UserFiles.PREFIX) && "GET".equals(request.getMethod())) {
            return files.at(fullPath).map(file -> new MockResponse.Builder().code(200)
                    .setHeader("Content-Type", file.contentType()).body(new Buffer().write(file.bytes())).build())
                    .orElseGet(() -> error(404, 0, "404: Not Found"));
        }
        if (!fullPath.startsWith(API_PREFIX)) {
            return error(404, 0, "404: Not Found");
        }
        String query = request.getUrl().encodedQuery();
        RecordedCall call = new RecordedCall(
                request.getMethod(), fullPath.substring(API_PREFIX.length()), query == null ? "" : query,
                jsonBody(request));
        MockResponse response = answer(call);
        synchronized (calls) {
            calls.add(call);
            if (response == null) {
                unhandled.add(call);
            }
            calls.notifyAll();
        }
        return response != null ? response : error(404, 0, "404: Not Found (the fake does not serve this)");
    }

    void failNextDirectMessage(int code) {
        failNextDirectMessage.set(code);
    }

    List<RecordedCall> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    List<RecordedCall> unhandled() {
        synchronized (calls) {
            return List.copyOf(unhandled);
        }
    }

    RecordedCall await(String method, String pathRegex, int skip, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (calls) {
            while (true) {
                int seen = 0;
                for (RecordedCall call : calls) {
                    if (call.matches(method, pathRegex) && seen++ == skip) {
                        return call;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no request " + method + " " + pathRegex + " (#" + (skip + 1)
                            + ") within " + timeout + "; received: " + calls);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(calls, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for " + method + " " + pathRegex, e);
                }
            }
        }
    }

    private MockResponse answer(RecordedCall call) {
        String path = call.path();
        Matcher matcher;
        switch (call.method()) {
            case "GET" -> {
                if (path.equals("users/@me")) {
                    return json(200, botUser.toJson());
                }
                if (path.equals("gateway/bot")) {
                    ObjectNode gatewayBot = mapper.createObjectNode();
                    gatewayBot.put("url", gatewayUrl);
                    gatewayBot.put("shards", 1);
                    ObjectNode limit = gatewayBot.putObject("session_start_limit");
                    limit.put("total", 1000);
                    limit.put("remaining", 999);
                    limit.put("reset_after", 0);
                    limit.put("max_concurrency", 1);
                    return json(200, gatewayBot);
                }
                if (path.equals("gateway")) {
                    return json(200, mapper.createObjectNode().put("url", gatewayUrl));
                }
                if (COMMANDS.matcher(path).matches()) {
                    return json(200, registeredCommands);
                }
                if ((matcher = WEBHOOK_MESSAGE.matcher(path)).matches()) {
                    return json(200, webhookMessage(matcher, ""));
                }
            }
            case "PUT" -> {
                if (COMMANDS.matcher(path).matches() && call.body().isArray()) {
                    ArrayNode commands = mapper.createArrayNode();
                    call.body().forEach(definition -> commands.add(command(definition)));
                    registeredCommands = commands;
                    return json(200, commands);
                }
            }
            case "POST" -> {
                if (CALLBACK.matcher(path).matches()) {
                    return new MockResponse.Builder().code(204).build();
                }
                if (path.equals("users/@me/channels")) {
                    return json(200, directChannel(call.body()));
                }
                if (COMMANDS.matcher(path).matches()) {
                    return json(201, command(call.body()));
                }
                if ((matcher = WEBHOOK.matcher(path)).matches()) {
                    return json(200, message(channels.channelOfInteraction(matcher.group(1)), content(call)));
                }
                if ((matcher = CHANNEL_MESSAGES.matcher(path)).matches()) {
                    long channelId = Long.parseUnsignedLong(matcher.group(1));
                    int failure = channels.isDirect(channelId) ? failNextDirectMessage.getAndSet(0) : 0;
                    if (failure == FakeDiscord.CANNOT_SEND_TO_USER) {
                        return error(403, failure, "Cannot send messages to this user");
                    }
                    if (failure == FakeDiscord.NO_MUTUAL_GUILDS) {
                        return error(403, failure, "Cannot send messages to this user due to having no mutual guilds");
                    }
                    return json(200, created(channelId, call));
                }
            }
            case "PATCH" -> {
                if ((matcher = WEBHOOK_MESSAGE.matcher(path)).matches()) {
                    return json(200, webhookMessage(matcher, content(call)));
                }
                if ((matcher = CHANNEL_MESSAGE.matcher(path)).matches()) {
                    ObjectNode edited = message(Long.parseUnsignedLong(matcher.group(1)),
                            content(call));
                    edited.put("id", matcher.group(2));
                    edited.put("edited_timestamp", clock.instant().toString());
                    return json(200, edited);
                }
            }
            case "DELETE" -> {
                if (WEBHOOK_MESSAGE.matcher(path).matches() || CHANNEL_MESSAGE.matcher(path).matches()) {
                    return new MockResponse.Builder().code(204).build();
                }
            }
            default -> {
                // Unknown method: falls through to "unhandled".
            }
        }
        return null;
    }

    private ObjectNode command(JsonNode definition) {
        ObjectNode command = definition.deepCopy();
        command.put("id", Long.toUnsignedString(snowflakes.next()));
        command.put("application_id", Long.toUnsignedString(applicationId));
        command.put("version", Long.toUnsignedString(snowflakes.next()));
        if (!command.hasNonNull("type")) {
            command.put("type", 1);
        }
        if (!command.has("description")) {
            command.put("description", "");
        }
        if (!command.has("default_member_permissions")) {
            command.putNull("default_member_permissions");
        }
        if (!command.has("nsfw")) {
            command.put("nsfw", false);
        }
        return command;
    }

    private ObjectNode directChannel(JsonNode request) {
        long recipientId = Long.parseUnsignedLong(request.path("recipient_id").asText("0"));
        ObjectNode channel = mapper.createObjectNode();
        channel.put("id", Long.toUnsignedString(channels.directFor(recipientId)));
        channel.put("type", 1);
        channel.put("flags", 0);
        channel.putNull("last_message_id");
        ObjectNode recipient = new FakeUser(recipientId, "user" + recipientId, false).toJson();
        channel.putArray("recipients").add(recipient);
        return channel;
    }

    private static String content(RecordedCall call) {
        return call.body().path("content").asText("");
    }

    /**
     * A new message in the channel or, as Discord does when {@code enforce_nonce} is true, the message created
     * earlier with the same nonce.
     */
    private ObjectNode created(long channelId, RecordedCall call) {
        String nonce = call.body().path("nonce").asText("");
        if (nonce.isEmpty() || !call.body().path("enforce_nonce").asBoolean(false)) {
            created.merge(channelId, 1, Integer::sum);
            return message(channelId, content(call));
        }
        return byNonce.computeIfAbsent(channelId + "/" + nonce, key -> {
            created.merge(channelId, 1, Integer::sum);
            return message(channelId, content(call));
        });
    }

    int messagesCreated(long channelId) {
        return created.getOrDefault(channelId, 0);
    }

    private ObjectNode webhookMessage(Matcher matcher, String content) {
        ObjectNode message = message(channels.channelOfInteraction(matcher.group(1)), content);
        if (!matcher.group(2).equals("@original")) {
            message.put("id", matcher.group(2));
        }
        return message;
    }

    /** The {@code payload_json} part of a multipart body as JSON; each file part is kept as an upload. */
    private JsonNode multipart(String path, ByteString body, String contentType) {
        String boundary = "--" + contentType.replaceFirst(".*boundary=\"?([^\";]+)\"?.*", "$1");
        String all = body.string(java.nio.charset.StandardCharsets.ISO_8859_1);
        JsonNode payload = MissingNode.getInstance();
        for (String part : all.split(java.util.regex.Pattern.quote(boundary))) {
            int split = part.indexOf("\r\n\r\n");
            if (split < 0) {
                continue;
            }
            String headers = part.substring(0, split);
            String content = part.substring(split + 4, Math.max(split + 4, part.length() - 2));
            java.util.regex.Matcher file = java.util.regex.Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
            if (headers.contains("name=\"payload_json\"")) {
                try {
                    payload = mapper.readTree(new String(content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                            java.nio.charset.StandardCharsets.UTF_8));
                } catch (IOException e) {
                    payload = MissingNode.getInstance();
                }
            } else if (file.find()) {
                uploads.add(new Upload(path, file.group(1),
                        content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
            }
        }
        return payload;
    }

    private ObjectNode message(long channelId, String content) {
        ObjectNode message = MessageJson.of(snowflakes.next(), channelId, botUser, content, clock.instant());
        message.put("application_id", Long.toUnsignedString(applicationId));
        return message;
    }

    /** Files received in multipart requests so far, oldest first. */
    List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    private JsonNode jsonBody(RecordedRequest request) {
        ByteString body = request.getBody();
        String contentType = request.getHeaders().get("Content-Type");
        if (body != null && contentType != null && contentType.startsWith("multipart/form-data")) {
            return multipart(request.getUrl().encodedPath(), body, contentType);
        }
        if (body == null || body.size() == 0 || contentType == null || !contentType.startsWith("application/json")) {
            return MissingNode.getInstance();
        }
        try {
            return mapper.readTree(body.utf8());
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private MockResponse json(int code, JsonNode body) {
        try {
            return new MockResponse.Builder()
                    .code(code)
                    .setHeader("Content-Type", "application/json")
                    .body(mapper.writeValueAsString(body))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MockResponse error(int code, int discordCode, String message) {
        ObjectNode body = mapper.createObjectNode();
        body.put("code", discordCode);
        body.put("message", message);
        return json(code, body);
    }
}
