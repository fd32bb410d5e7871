package coach.coffeechat.bot.discord;

import coach.coffeechat.coach.ChallengePost;
import coach.coffeechat.coach.ChallengeSink;
import coach.coffeechat.coach.DigestSink;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Posts challenges' announcements, midpoints and results to the channel each challenge was started in: the text
 * with no mentions at all, the post's nonce (so a post sent again after a crash is recognised by Discord), and a
 * Join button while members may still join. Blocks the timer's thread for at most the timeout. Thread-safe.
 */
public final class DiscordChallengeSink implements ChallengeSink {
    private final DiscordDigestSink.Channels channels;
    private final Duration timeout;

    DiscordChallengeSink(DiscordDigestSink.Channels channels, Duration timeout) {
        this.channels = Objects.requireNonNull(channels, "channels");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** A sink posting through whichever shard holds the channel; the Join button's label comes with each post. */
    public static DiscordChallengeSink over(ShardManager shards, Duration timeout) {
        Objects.requireNonNull(shards, "shards");
        return new DiscordChallengeSink(id -> shards.getChannelById(GuildMessageChannel.class, id), timeout);
    }

    @Override
    public DigestSink.Outcome post(ChallengePost post) {
        GuildMessageChannel channel;
        try {
            channel = channels.find(Long.parseUnsignedLong(post.channel()));
        } catch (NumberFormatException e) {
            return new DigestSink.Failed("the challenge channel " + post.channel() + " is not a Discord channel id");
        }
        if (channel == null) {
            return new DigestSink.Failed("the challenge channel " + post.channel() + " is not visible to the bot");
        }
        try {
            channel.sendMessage(message(post)).setNonce(post.nonce())
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .submit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new DigestSink.Posted();
        } catch (ExecutionException e) {
            return new DigestSink.Failed(String.valueOf(e.getCause()));
        } catch (TimeoutException e) {
            return new DigestSink.Failed("Discord did not answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DigestSink.Failed("interrupted");
        } catch (RuntimeException e) {
            return new DigestSink.Failed(e.toString());
        }
    }

    /** The message: the text, pinging nobody, with the Join button while joining is open. */
    MessageCreateData message(ChallengePost post) {
        MessageCreateBuilder builder = new MessageCreateBuilder().setContent(post.text())
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
        if (post.joinable()) {
            builder.setComponents(ActionRow.of(Button.primary(CustomIds.joinChallenge(post.challengeId()),
                    post.joinLabel())));
        }
        return builder.build();
    }
}
