package coach.coffeechat.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Places where JDA 6.5.0's request bodies differ from Discord's OpenAPI description although
 * Discord accepts them (its API reads numeric strings and numbers alike). {@link OpenApiContract#check}
 * undoes each one on a copy before validating, so that only the bot's own mistakes are reported;
 * {@link OpenApiContract#checkStrict} does not.
 */
public enum JdaDeviation {

    /** JDA sends a command's {@code contexts} and {@code integration_types} as strings ({@code "0"}); the spec wants integers. */
    COMMAND_ENUMS_AS_STRINGS {
        @Override
        void undo(String method, String path, JsonNode body) {
            if (!COMMANDS.matcher(path).matches()) {
                return;
            }
            Iterable<JsonNode> commands = body.isArray() ? body : List.of(body);
            for (JsonNode command : commands) {
                numberify(command.path("contexts"));
                numberify(command.path("integration_types"));
            }
        }
    },

    /** JDA sends {@code recipient_id} of {@code POST users/@me/channels} as a JSON number; the spec wants a snowflake string. */
    RECIPIENT_ID_AS_NUMBER {
        @Override
        void undo(String method, String path, JsonNode body) {
            if (path.equals("users/@me/channels") && body instanceof ObjectNode request
                    && request.path("recipient_id").isIntegralNumber()) {
                request.put("recipient_id", request.get("recipient_id").bigIntegerValue().toString());
            }
        }
    },

    /**
     * JDA numbers a new message's uploads in {@code attachments[].id} as JSON numbers ({@code 0}), as Discord's own
     * upload examples do; the spec wants a snowflake string. The same in an interaction callback's message
     * ({@code data.attachments}: a reply carrying a chart or an export).
     */
    ATTACHMENT_ID_AS_NUMBER {
        @Override
        void undo(String method, String path, JsonNode body) {
            stringify(body.path("attachments"));
            stringify(body.path("data").path("attachments"));
        }

        private void stringify(JsonNode attachments) {
            for (JsonNode attachment : attachments) {
                if (attachment instanceof ObjectNode upload && upload.path("id").isIntegralNumber()) {
                    upload.put("id", upload.get("id").bigIntegerValue().toString());
                }
            }
        }
    };

    private static final Pattern COMMANDS = Pattern.compile("applications/\\d+(/guilds/\\d+)?/commands");

    /** Rewrites {@code body} in place into the form the spec describes; a no-op where the deviation does not apply. */
    abstract void undo(String method, String path, JsonNode body);

    private static void numberify(JsonNode values) {
        if (values instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual() && array.get(i).asText().matches("\\d+")) {
                    array.set(i, array.numberNode(Integer.parseInt(array.get(i).asText())));
                }
            }
        }
    }

}
