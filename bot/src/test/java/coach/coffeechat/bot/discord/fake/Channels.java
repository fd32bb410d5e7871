package coach.coffeechat.bot.discord.fake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fake's channel bookkeeping shared by REST answers and gateway payloads: one stable DM
 * channel per user, and the channel each interaction token was issued in (so follow-up
 * messages come back in the interaction's channel). Thread-safe.
 */
final class Channels {

    private final Snowflakes snowflakes;
    private final Map<Long, Long> directByUser = new ConcurrentHashMap<>();
    private final Map<Long, Long> userByDirect = new ConcurrentHashMap<>();
    private final Map<String, Long> channelByToken = new ConcurrentHashMap<>();

    Channels(Snowflakes snowflakes) {
        this.snowflakes = snowflakes;
    }

    long directFor(long userId) {
        return directByUser.computeIfAbsent(userId, user -> {
            long channel = snowflakes.next();
            userByDirect.put(channel, user);
            return channel;
        });
    }

    boolean isDirect(long channelId) {
        return userByDirect.containsKey(channelId);
    }

    void rememberInteraction(String token, long channelId) {
        channelByToken.put(token, channelId);
    }

    /** Returns the interaction's channel, or a fresh id for a token this fake never issued. */
    long channelOfInteraction(String token) {
        Long channel = channelByToken.get(token);
        return channel != null ? channel : snowflakes.next();
    }
}
