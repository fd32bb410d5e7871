package coach.coffeechat.bot.discord;

import coach.coffeechat.coach.Digest;
import coach.coffeechat.coach.DigestSink;
import java.awt.Color;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Posts coaches' weekly digests to their coach channel: one embed with the chart attached as {@value
 * Digest#CHART_FILE} and shown as its image, the digest's nonce (so a digest posted again after a crash is
 * recognised by Discord), and no mentions at all, except the coach role when the coach asked for that ping. Blocks
 * the timer's thread for at most the timeout. Thread-safe.
 */
public final class DiscordDigestSink implements DigestSink {
    private static final Color ACCENT = new Color(0x2E6FDB);

    private final Channels channels;
    private final Duration timeout;

    /** Finds a channel the bot can see by its id; {@code null} when it cannot. */
    @FunctionalInterface
    interface Channels {
        GuildMessageChannel find(long channelId);
    }

    DiscordDigestSink(Channels channels, Duration timeout) {
        this.channels = Objects.requireNonNull(channels, "channels");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** A sink posting through whichever shard holds the channel. */
    public static DiscordDigestSink over(ShardManager shards, Duration timeout) {
        Objects.requireNonNull(shards, "shards");
        return new DiscordDigestSink(id -> shards.getChannelById(GuildMessageChannel.class, id), timeout);
    }

    @Override
    public Outcome post(Digest digest) {
        GuildMessageChannel channel;
        try {
            channel = channels.find(Long.parseUnsignedLong(digest.channel()));
        } catch (NumberFormatException e) {
            return new Failed("the coach channel " + digest.channel() + " is not a Discord channel id");
        }
        if (channel == null) {
            return new Failed("the coach channel " + digest.channel() + " is not visible to the bot");
        }
        try {
            channel.sendMessage(message(digest)).setNonce(digest.nonce())
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .submit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Posted();
        } catch (ExecutionException e) {
            return new Failed(String.valueOf(e.getCause()));
        } catch (TimeoutException e) {
            return new Failed("Discord did not answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("interrupted");
        } catch (RuntimeException e) {
            return new Failed(e.toString());
        }
    }

    /** The message: the embed with its chart, the role ping only when asked for, nothing else that pings. */
    MessageCreateData message(Digest digest) {
        EmbedBuilder embed = new EmbedBuilder().setTitle(digest.title()).setDescription(digest.text())
                .setColor(ACCENT).setImage("attachment://" + Digest.CHART_FILE);
        MessageCreateBuilder builder = new MessageCreateBuilder().setEmbeds(embed.build())
                .setFiles(FileUpload.fromData(digest.chart(), Digest.CHART_FILE))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
        if (!digest.pingRole().isEmpty()) {
            builder.setContent("<@&" + digest.pingRole() + ">").mentionRoles(digest.pingRole());
        }
        return builder.build();
    }
}
