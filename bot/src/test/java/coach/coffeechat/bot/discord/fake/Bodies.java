package coach.coffeechat.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what a message body or interaction callback the bot sent shows: its words, components and select values. */
public final class Bodies {
    private Bodies() {
    }

    /** The option values of the select menus in a message or callback, in order. */
    public static List<String> selectValues(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.findValues("options").forEach(options -> options.forEach(option -> {
            if (option.has("value")) {
                out.add(option.get("value").asText());
            }
        }));
        return out;
    }

    /** All the words of a message or callback: content, embed titles, descriptions and fields. */
    public static String text(JsonNode body) {
        JsonNode data = body.has("data") ? body.get("data") : body;
        StringBuilder out = new StringBuilder(data.path("content").asText(""));
        for (JsonNode embed : data.path("embeds")) {
            out.append('\n').append(embed.path("title").asText("")).append('\n')
                    .append(embed.path("description").asText(""));
            for (JsonNode field : embed.path("fields")) {
                out.append('\n').append(field.path("name").asText("")).append('\n')
                        .append(field.path("value").asText(""));
            }
        }
        return out.toString();
    }

    /** Every custom id in a message's or callback's components, with its label, in order. */
    public static Map<String, String> components(JsonNode body) {
        Map<String, String> out = new LinkedHashMap<>();
        collect(body, out);
        return out;
    }

    private static void collect(JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            if (node.has("custom_id")) {
                out.put(node.get("custom_id").asText(), node.path("label").asText(""));
            }
            node.forEach(child -> collect(child, out));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, out));
        }
    }
}
