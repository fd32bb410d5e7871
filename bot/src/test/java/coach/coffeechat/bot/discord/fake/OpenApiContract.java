package coach.coffeechat.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks request bodies against Discord's OpenAPI description ({@code discord/openapi.json} on the
 * test class path) and against the project's rule that no message may ping {@code @everyone} or roles.
 *
 * <pre>{@code
 * OpenApiContract contract = OpenApiContract.load();
 * for (RecordedCall call : discord.requests()) {
 *     assertThat(contract.check(call)).as(call.toString()).isEmpty();
 * }
 * }</pre>
 *
 * <p>The spec is parsed once per JVM; compiled schemas are cached. Thread-safe.
 */
public final class OpenApiContract {

    /** Where the bundled spec lives on the test class path. */
    public static final String SPEC = "classpath:discord/openapi.json";

    private static final String COMPONENTS = "#/components/schemas/";

    private static final Pattern CALLBACK = Pattern.compile("interactions/\\d+/[^/]+/callback");
    private static final Pattern COMMANDS = Pattern.compile("applications/\\d+(/guilds/\\d+)?/commands");
    private static final Pattern WEBHOOK = Pattern.compile("webhooks/\\d+/[^/]+");
    private static final Pattern WEBHOOK_MESSAGE = Pattern.compile("webhooks/\\d+/[^/]+/messages/(@original|\\d+)");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/\\d+/messages");
    private static final Pattern CHANNEL_MESSAGE = Pattern.compile("channels/\\d+/messages/\\d+");

    /** Request body of {@code PUT applications/{id}/commands}: an array of ApplicationCommandUpdateRequest. */
    public static final String BULK_OVERWRITE_COMMANDS =
            "#/paths/~1applications~1{application_id}~1commands/put/requestBody/content/application~1json/schema";

    /** Request body of {@code PUT applications/{id}/guilds/{id}/commands}. */
    public static final String BULK_OVERWRITE_GUILD_COMMANDS = "#/paths/~1applications~1{application_id}~1guilds"
            + "~1{guild_id}~1commands/put/requestBody/content/application~1json/schema";

    /** The spec's top-level OpenAPI members, which hold schemas but are not schema keywords. */
    private static final List<String> OPENAPI_MEMBERS =
            List.of("openapi", "info", "externalDocs", "servers", "paths", "components");

    /** Created last: its fields read the constants above. */
    private static final OpenApiContract INSTANCE = new OpenApiContract();

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .keywords(OPENAPI_MEMBERS.stream().map(NonValidationKeyword::new).toList())
                    .build()));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract() {}

    /** Returns the shared contract; the spec is read on first use. */
    public static OpenApiContract load() {
        return INSTANCE;
    }

    /**
     * Validates {@code body} against {@code #/components/schemas/<schemaName>}.
     *
     * @return violations as {@code "<instance location>: <message>"}, empty when the body conforms
     */
    public List<String> validate(String schemaName, JsonNode body) {
        return validateAt(COMPONENTS + schemaName, body);
    }

    /**
     * Validates {@code body} against the schema at a JSON pointer into the spec, e.g.
     * {@link #BULK_OVERWRITE_COMMANDS}. {@code $ref}s resolve within the whole spec.
     *
     * @param pointer a fragment starting with {@code #/}
     * @return violations, empty when the body conforms
     */
    public List<String> validateAt(String pointer, JsonNode body) {
        if (!pointer.startsWith("#/")) {
            throw new IllegalArgumentException("pointer must start with #/ but was " + pointer);
        }
        JsonSchema schema = schemas.computeIfAbsent(pointer,
                p -> factory.getSchema(SchemaLocation.of(SPEC + p), config));
        return schema.validate(body).stream()
                .sorted(Comparator.comparing(message -> message.getInstanceLocation().toString()))
                .map(OpenApiContract::describe)
                .toList();
    }

    /**
     * Checks one recorded call: its body against the schema {@link #schemaFor} names, and message
     * bodies against {@link #mentionViolations}. Calls without a body pass; a body sent to a path
     * with no known schema is itself reported. Known, harmless {@link JdaDeviation}s are undone on a
     * copy first.
     */
    public List<String> check(RecordedCall call) {
        if (!call.hasBody()) {
            return List.of();
        }
        JsonNode body = call.body().deepCopy();
        for (JdaDeviation deviation : JdaDeviation.values()) {
            deviation.undo(call.method(), call.path(), body);
        }
        return checkStrict(new RecordedCall(call.method(), call.path(), call.query(), body));
    }

    /**
     * Like {@link #check} but without tolerating any {@link JdaDeviation}: the body exactly as sent.
     */
    public List<String> checkStrict(RecordedCall call) {
        if (!call.hasBody()) {
            return List.of();
        }
        Optional<String> pointer = schemaFor(call.method(), call.path(), call.body());
        if (pointer.isEmpty()) {
            return List.of("no OpenAPI schema is mapped for " + call.method() + " " + call.path());
        }
        List<String> violations = new ArrayList<>(validateAt(pointer.get(), call.body()));
        violations.addAll(mentionViolations(call.body()));
        return violations;
    }

    /**
     * The schema (a JSON pointer into the spec) for a request body Discord accepts at {@code method path}.
     * Interaction callbacks are told apart by their {@code type}, as Discord does.
     *
     * @param method HTTP method, upper case
     * @param path path below {@code /api/v10/}, without query
     * @param body the JSON body (only read for interaction callbacks)
     * @return the pointer, or empty for an endpoint this contract does not know
     */
    public static Optional<String> schemaFor(String method, String path, JsonNode body) {
        String schema = switch (method) {
            case "POST" -> {
                if (CALLBACK.matcher(path).matches()) {
                    yield callbackSchema(body.path("type").asInt(-1));
                }
                if (path.equals("users/@me/channels")) {
                    yield "CreatePrivateChannelRequest";
                }
                if (CHANNEL_MESSAGES.matcher(path).matches()) {
                    yield "MessageCreateRequest";
                }
                if (WEBHOOK.matcher(path).matches()) {
                    yield "IncomingWebhookRequestPartial";
                }
                if (COMMANDS.matcher(path).matches()) {
                    yield "ApplicationCommandCreateRequest";
                }
                yield null;
            }
            case "PATCH" -> {
                if (CHANNEL_MESSAGE.matcher(path).matches()) {
                    yield "MessageEditRequestPartial";
                }
                if (WEBHOOK_MESSAGE.matcher(path).matches()) {
                    yield "IncomingWebhookUpdateRequestPartial";
                }
                yield null;
            }
            case "PUT" -> {
                if (COMMANDS.matcher(path).matches()) {
                    yield path.contains("/guilds/") ? BULK_OVERWRITE_GUILD_COMMANDS : BULK_OVERWRITE_COMMANDS;
                }
                yield null;
            }
            default -> null;
        };
        return Optional.ofNullable(schema).map(name -> name.startsWith("#") ? name : COMPONENTS + name);
    }

    private static final int AUTOCOMPLETE = 8;
    private static final int MODAL = 9;

    /**
     * Checks that a message body cannot ping {@code @everyone}, {@code @here} or a role: wherever it
     * carries content, embeds or components (at the top level or in an interaction callback's
     * {@code data}), it must carry {@code allowed_mentions} whose {@code parse} lists neither
     * {@code "everyone"} nor {@code "roles"} and whose {@code roles} list is empty. Without
     * {@code allowed_mentions} Discord would parse every mention in the content.
     *
     * @return violations, empty when the body is safe
     */
    public static List<String> mentionViolations(JsonNode body) {
        List<String> violations = new ArrayList<>();
        checkMentions(body, "", violations);
        // A modal (callback type 9) or autocomplete choices (type 8) are not messages: nothing in them can ping.
        int callbackType = body.path("type").asInt(0);
        if (body.path("data").isObject() && callbackType != MODAL && callbackType != AUTOCOMPLETE) {
            checkMentions(body.path("data"), "/data", violations);
        }
        return violations;
    }

    private static void checkMentions(JsonNode message, String at, List<String> violations) {
        boolean carriesText = message.has("content") || message.has("embeds") || message.has("components");
        JsonNode allowed = message.path("allowed_mentions");
        if (!allowed.isObject()) {
            if (carriesText) {
                violations.add(at + "/allowed_mentions: missing, so Discord would ping every mention in the message");
            }
            return;
        }
        for (JsonNode parse : allowed.path("parse")) {
            if (parse.asText().equals("everyone") || parse.asText().equals("roles")) {
                violations.add(at + "/allowed_mentions/parse: allows \"" + parse.asText() + "\" pings");
            }
        }
        if (allowed.path("roles").isArray() && !allowed.path("roles").isEmpty()) {
            violations.add(at + "/allowed_mentions/roles: allows pinging roles " + allowed.path("roles"));
        }
    }

    private static String callbackSchema(int type) {
        return switch (type) {
            case 1 -> "PongInteractionCallbackRequest";
            case 4, 5 -> "CreateMessageInteractionCallbackRequest";
            case 6, 7 -> "UpdateMessageInteractionCallbackRequest";
            case 8 -> "ApplicationCommandAutocompleteCallbackRequest";
            case 9 -> "ModalInteractionCallbackRequest";
            case 12 -> "LaunchActivityInteractionCallbackRequest";
            default -> null;
        };
    }

    private static String describe(ValidationMessage message) {
        // The message already starts with the instance location.
        return message.getMessage();
    }
}
