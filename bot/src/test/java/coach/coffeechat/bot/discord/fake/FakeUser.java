package coach.coffeechat.bot.discord.fake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Discord user of the fake, as it appears in gateway payloads and REST answers.
 *
 * @param id the user's snowflake
 * @param username the unique user name
 * @param bot whether the user is a bot
 */
public record FakeUser(long id, String username, boolean bot) {

    /** Returns the user object Discord sends for this user. */
    public ObjectNode toJson() {
        ObjectNode user = JsonNodeFactory.instance.objectNode();
        user.put("id", Long.toUnsignedString(id));
        user.put("username", username);
        user.put("discriminator", "0");
        user.put("global_name", username);
        user.putNull("avatar");
        user.put("bot", bot);
        user.put("public_flags", 0);
        return user;
    }
}
