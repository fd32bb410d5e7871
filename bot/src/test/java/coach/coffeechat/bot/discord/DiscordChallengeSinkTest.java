package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import coach.coffeechat.coach.ChallengePost;
import coach.coffeechat.coach.DigestSink;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/**
 * A challenge's posts on Discord: the text pinging nobody (even a name that looks like a mention), a Join button
 * whose click decodes to this challenge while joining is open and none under the result, and the post's nonce.
 * Mockito stands in for JDA.
 */
final class DiscordChallengeSinkTest {
    private final DiscordChallengeSink sink = new DiscordChallengeSink(id -> null, Duration.ofSeconds(1));

    @Test
    void theAnnouncementPingsNobodyAndCarriesAJoinButtonForThisChallenge() {
        MessageCreateData message = sink.message(post(ChallengePost.Moment.START, "1. @everyone <@123>: 4"));
        DataObject json = message.toData();

        assertThat(message.getContent()).isEqualTo("1. @everyone <@123>: 4");
        assertThat(json.getObject("allowed_mentions").getArray("parse").length()).isZero();
        assertThat(json.getObject("allowed_mentions").toString()).doesNotContain("123");
        String customId = json.getArray("components").getObject(0).getArray("components").getObject(0)
                .getString("custom_id");
        assertThat(CustomIds.decode(customId)).contains(new Click.JoinChallenge(0, 7));
        assertThat(json.getArray("components").getObject(0).getArray("components").getObject(0).getString("label"))
                .as("the label the post was written with, in its server's language").isEqualTo("Unirme al reto");
    }

    @Test
    void theResultHasNoJoinButton() {
        MessageCreateData message = sink.message(post(ChallengePost.Moment.END, "The challenge is over."));

        assertThat(message.getComponents()).isEmpty();
    }

    @Test
    void itPostsWithTheNonceAndSaysWhenTheChannelIsOutOfSight() {
        GuildMessageChannel channel = mock(GuildMessageChannel.class);
        MessageCreateAction action = mock(MessageCreateAction.class, RETURNS_SELF);
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(action);
        when(action.timeout(anyLong(), any(TimeUnit.class))).thenReturn(action);
        when(action.submit()).thenReturn(CompletableFuture.completedFuture(mock(Message.class)));
        ChallengePost post = post(ChallengePost.Moment.MIDPOINT, "Halfway through.");

        DigestSink.Outcome posted = new DiscordChallengeSink(id -> id == 900L ? channel : null, Duration.ofSeconds(1))
                .post(post);
        DigestSink.Outcome hidden = sink.post(post);

        assertThat(posted).isInstanceOf(DigestSink.Posted.class);
        verify(action).setNonce(post.nonce());
        assertThat(post.nonce()).hasSize(25).isNotEqualTo(post(ChallengePost.Moment.END, "x").nonce());
        assertThat(hidden).isInstanceOf(DigestSink.Failed.class);
    }

    private static ChallengePost post(ChallengePost.Moment moment, String text) {
        return new ChallengePost(7, "111", "900", moment, text, "Unirme al reto");
    }
}
