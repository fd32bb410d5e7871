package coach.coffeechat.bot.discord.fake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** Builds Discord message objects with every field JDA's message parser reads. */
final class MessageJson {

    private MessageJson() {}

    static ObjectNode of(long id, long channelId, FakeUser author, String content, Instant timestamp) {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("id", Long.toUnsignedString(id));
        message.put("type", 0);
        message.put("channel_id", Long.toUnsignedString(channelId));
        message.set("author", author.toJson());
        message.put("content", content);
        message.put("timestamp", timestamp.toString());
        message.putNull("edited_timestamp");
        message.put("tts", false);
        message.put("mention_everyone", false);
        message.putArray("mentions");
        message.putArray("mention_roles");
        message.putArray("attachments");
        message.putArray("embeds");
        message.putArray("components");
        message.put("pinned", false);
        message.put("flags", 0);
        return message;
    }
}
