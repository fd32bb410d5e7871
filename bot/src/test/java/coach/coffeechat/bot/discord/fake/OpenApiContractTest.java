package coach.coffeechat.bot.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.junit.jupiter.api.Test;

final class OpenApiContractTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final OpenApiContract contract = OpenApiContract.load();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    @Test
    void acceptsAnEphemeralReplyCallback() throws Exception {
        JsonNode body = json("{\"type\":4,\"data\":{\"content\":\"ok\",\"flags\":64,"
                + "\"allowed_mentions\":{\"parse\":[\"users\"]}}}");

        assertThat(contract.validate("CreateMessageInteractionCallbackRequest", body)).isEmpty();
    }

    @Test
    void reportsAWrongTypeInsideAReferencedSchema() throws Exception {
        // GIVEN content, defined via $ref to IncomingWebhookInteractionRequest, as a number
        JsonNode body = json("{\"type\":4,\"data\":{\"content\":42}}");

        // THEN the violation is found inside the resolved $ref
        assertThat(contract.validate("CreateMessageInteractionCallbackRequest", body))
                .isNotEmpty()
                .anySatisfy(violation -> assertThat(violation).contains("content"));
    }

    @Test
    void rejectsAModalWithoutData() throws Exception {
        assertThat(contract.validate("ModalInteractionCallbackRequest", json("{\"type\":9}"))).isNotEmpty();
    }

    @Test
    void rejectsACommandNameLongerThan32Characters() throws Exception {
        JsonNode body = json("[{\"name\":\"" + "x".repeat(33) + "\",\"description\":\"d\",\"type\":1}]");

        assertThat(contract.validateAt(OpenApiContract.BULK_OVERWRITE_COMMANDS, body)).isNotEmpty();
        assertThat(contract.validateAt(OpenApiContract.BULK_OVERWRITE_COMMANDS,
                json("[{\"name\":\"help\",\"description\":\"What I can do\",\"type\":1}]"))).isEmpty();
    }

    @Test
    void rejectsMessageContentBeyondTheSpecsLimit() throws Exception {
        JsonNode body = MAPPER.createObjectNode().put("content", "x".repeat(4001));

        assertThat(contract.validate("MessageCreateRequest", body)).isNotEmpty();
    }

    @Test
    void mapsEachEndpointToItsRequestSchema() throws Exception {
        JsonNode none = MissingNode.getInstance();

        assertThat(OpenApiContract.schemaFor("POST", "interactions/1/tok/callback", json("{\"type\":4}")))
                .hasValue("#/components/schemas/CreateMessageInteractionCallbackRequest");
        assertThat(OpenApiContract.schemaFor("POST", "interactions/1/tok/callback", json("{\"type\":9}")))
                .hasValue("#/components/schemas/ModalInteractionCallbackRequest");
        assertThat(OpenApiContract.schemaFor("POST", "interactions/1/tok/callback", json("{\"type\":7}")))
                .hasValue("#/components/schemas/UpdateMessageInteractionCallbackRequest");
        assertThat(OpenApiContract.schemaFor("PUT", "applications/1/commands", none))
                .hasValue(OpenApiContract.BULK_OVERWRITE_COMMANDS);
        assertThat(OpenApiContract.schemaFor("PUT", "applications/1/guilds/2/commands", none))
                .hasValue(OpenApiContract.BULK_OVERWRITE_GUILD_COMMANDS);
        assertThat(OpenApiContract.schemaFor("POST", "channels/5/messages", none))
                .hasValue("#/components/schemas/MessageCreateRequest");
        assertThat(OpenApiContract.schemaFor("PATCH", "channels/5/messages/6", none))
                .hasValue("#/components/schemas/MessageEditRequestPartial");
        assertThat(OpenApiContract.schemaFor("POST", "users/@me/channels", none))
                .hasValue("#/components/schemas/CreatePrivateChannelRequest");
        assertThat(OpenApiContract.schemaFor("POST", "webhooks/1/tok", none))
                .hasValue("#/components/schemas/IncomingWebhookRequestPartial");
        assertThat(OpenApiContract.schemaFor("PATCH", "webhooks/1/tok/messages/@original", none))
                .hasValue("#/components/schemas/IncomingWebhookUpdateRequestPartial");
        assertThat(OpenApiContract.schemaFor("GET", "users/@me", none)).isEmpty();
    }

    @Test
    void everyMappedSchemaExistsInTheSpec() throws Exception {
        JsonNode spec = MAPPER.readTree(getClass().getResource("/discord/openapi.json"));
        for (String pointer : new String[] {
            "/components/schemas/PongInteractionCallbackRequest",
            "/components/schemas/ApplicationCommandAutocompleteCallbackRequest",
            "/components/schemas/LaunchActivityInteractionCallbackRequest",
            "/components/schemas/ApplicationCommandCreateRequest",
            "/components/schemas/MessageEditRequestPartial",
            "/components/schemas/IncomingWebhookRequestPartial",
            "/components/schemas/IncomingWebhookUpdateRequestPartial",
            OpenApiContract.BULK_OVERWRITE_COMMANDS.substring(1),
            OpenApiContract.BULK_OVERWRITE_GUILD_COMMANDS.substring(1)
        }) {
            assertThat(spec.at(pointer).isMissingNode()).as(pointer).isFalse();
        }
    }

    @Test
    void flagsMessagesThatCouldPingEveryoneOrRoles() throws Exception {
        assertThat(OpenApiContract.mentionViolations(json(
                "{\"content\":\"hi\",\"allowed_mentions\":{\"parse\":[\"users\",\"roles\",\"everyone\"]}}")))
                .hasSize(2);
        assertThat(OpenApiContract.mentionViolations(json(
                "{\"content\":\"hi\",\"allowed_mentions\":{\"parse\":[],\"roles\":[\"123\"]}}")))
                .hasSize(1);
        assertThat(OpenApiContract.mentionViolations(json("{\"type\":4,\"data\":{\"content\":\"hi\"}}")))
                .singleElement().asString().startsWith("/data/allowed_mentions");
        assertThat(OpenApiContract.mentionViolations(json(
                "{\"type\":4,\"data\":{\"content\":\"hi\",\"allowed_mentions\":{\"parse\":[\"users\"]}}}")))
                .isEmpty();
        assertThat(OpenApiContract.mentionViolations(json("{\"type\":6}"))).isEmpty();
    }

    @Test
    void aRecordedCallWithoutSchemaIsReported() throws Exception {
        RecordedCall call = new RecordedCall("POST", "guilds/1/bans", "", json("{}"));

        assertThat(contract.check(call)).singleElement().asString().contains("no OpenAPI schema");
    }
}
