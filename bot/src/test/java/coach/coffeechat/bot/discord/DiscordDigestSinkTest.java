package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import coach.coffeechat.coach.Digest;
import coach.coffeechat.coach.DigestSink;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/**
 * The digest on Discord: an embed with the chart attached and shown, the digest's nonce, and no mentions unless
 * the coach asked for the coach role's ping, which then pings that role only. Mockito stands in for JDA.
 */
final class DiscordDigestSinkTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void theDigestIsAnEmbedWithItsChartAndPingsNobody() {
        MessageCreateData message = new DiscordDigestSink(id -> null, Duration.ofSeconds(1)).message(digest(""));
        DataObject json = message.toData();

        assertThat(message.getEmbeds()).hasSize(1);
        assertThat(message.getEmbeds().get(0).getTitle()).isEqualTo("Cohort A: the week to 9 Mar");
        assertThat(message.getEmbeds().get(0).getImage().getUrl()).isEqualTo("attachment://digest.png");
        assertThat(message.getFiles()).extracting(file -> file.getName()).containsExactly("digest.png");
        assertThat(message.getContent()).isEmpty();
        assertThat(json.getObject("allowed_mentions").getArray("parse").length()).isZero();
        assertThat(json.getObject("allowed_mentions").toString()).doesNotContain("700");
    }

    @Test
    void theCoachRolePingIsTheOnlyMentionAndOnlyWhenAskedFor() {
        MessageCreateData message = new DiscordDigestSink(id -> null, Duration.ofSeconds(1)).message(digest("700"));
        DataObject mentions = message.toData().getObject("allowed_mentions");

        assertThat(message.getContent()).isEqualTo("<@&700>");
        assertThat(mentions.getArray("parse").length()).isZero();
        assertThat(mentions.getArray("roles").getString(0)).isEqualTo("700");
    }

    @Test
    void itPostsToTheChannelWithTheNonceAndSaysWhenTheChannelIsOutOfSight() {
        GuildMessageChannel channel = mock(GuildMessageChannel.class);
        MessageCreateAction action = mock(MessageCreateAction.class, RETURNS_SELF);
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(action);
        when(action.timeout(anyLong(), any(TimeUnit.class))).thenReturn(action);
        when(action.submit()).thenReturn(CompletableFuture.completedFuture(mock(Message.class)));
        Digest digest = digest("");

        DigestSink.Outcome posted = new DiscordDigestSink(id -> id == 900L ? channel : null, Duration.ofSeconds(1))
                .post(digest);
        DigestSink.Outcome hidden = new DiscordDigestSink(id -> null, Duration.ofSeconds(1)).post(digest);

        assertThat(posted).isInstanceOf(DigestSink.Posted.class);
        verify(action).setNonce(digest.nonce());
        assertThat(hidden).isInstanceOf(DigestSink.Failed.class);
    }

    private static Digest digest(String pingRole) {
        return new Digest("111", "Cohort A", "900", LocalDate.parse("2026-03-09"), "Cohort A: the week to 9 Mar",
                "2 members share their progress.", PNG, pingRole);
    }
}
