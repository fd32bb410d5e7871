package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpAction;
import coach.coffeechat.followup.FollowUpKind;
import coach.coffeechat.followup.FollowUpPrompt;
import coach.coffeechat.followup.FollowUpSink;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The DM a follow-up becomes, and what each way a DM can fail means for the timer. Mockito stands in for JDA; the
 * end-to-end tests send the same DMs through the real client.
 */
final class DiscordFollowUpSinkTest {
    private static final Texts TEXTS = Texts.load(Optional.empty());

    private final JDA jda = mock(JDA.class);
    private final DiscordFollowUpSink sink = DiscordFollowUpSink.over(jda, TEXTS, Duration.ofSeconds(5));

    @Test
    void aPromptBecomesItsTextWithOneLabelledButtonPerActionAndNoPings() {
        MessageCreateData message = sink.message(prompt("Send Ana a thank-you @everyone", FollowUpAction.DRAFT,
                FollowUpAction.DONE, FollowUpAction.SKIP));

        assertThat(message.getContent()).isEqualTo("Send Ana a thank-you @everyone");
        assertThat(message.getAllowedMentions()).isEmpty();
        List<Button> buttons = buttons(message);
        assertThat(buttons).extracting(Button::getLabel).containsExactly(TEXTS.get("followup.action.draft"),
                TEXTS.get("followup.action.done"), TEXTS.get("followup.action.skip"));
        assertThat(buttons).extracting(Button::getCustomId).containsExactly("cc:0:f:7:draft", "cc:0:f:7:done",
                "cc:0:f:7:skip");
    }

    @Test
    void moreThanFiveActionsWrapOntoASecondRow() {
        MessageCreateData message = sink.message(prompt("Nudge Ana", FollowUpAction.values()));

        assertThat(message.getComponents()).hasSize(2);
        assertThat(message.getComponents().get(0).asActionRow().getComponents()).hasSize(5);
        assertThat(buttons(message)).hasSize(FollowUpAction.values().length);
    }

    @Test
    void textBeyondDiscordsLimitIsShortenedWithAVisibleMark() {
        MessageCreateData message = sink.message(prompt("x".repeat(2_500), FollowUpAction.DONE));

        assertThat(message.getContent()).hasSize(DiscordFollowUpSink.MAX_CONTENT).endsWith("\u2026");
    }

    @Test
    void anOwnerThatIsNotADiscordUserIsUndeliverableWithoutCallingDiscord() {
        FollowUpSink.Delivery delivery = sink.deliver(new FollowUpPrompt(7, new UserId("console"),
                FollowUpKind.THANK_YOU, "Thank Ana", List.of(FollowUpAction.DONE), "fu-7-0", 0));

        assertThat(delivery).isInstanceOf(FollowUpSink.Undeliverable.class);
        verify(jda, never()).openPrivateChannelById(anyLong());
    }

    @Test
    void aDiscordThatDoesNotAnswerInTimeIsAFailureToRetry() {
        answerOpeningWith(new CompletableFuture<>());
        DiscordFollowUpSink impatient = DiscordFollowUpSink.over(jda, TEXTS, Duration.ofMillis(1));

        assertThat(impatient.deliver(prompt("Thank Ana", FollowUpAction.DONE)))
                .isInstanceOfSatisfying(FollowUpSink.Failed.class,
                        failed -> assertThat(failed.reason()).contains("did not answer"));
    }

    @Test
    void aDmThatTimedOutIsCancelledSoThatItCannotPostLateAndThenBeSentAgain() {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        RestAction<Object> sending = answerOpeningWith(outcome);
        DiscordFollowUpSink impatient = DiscordFollowUpSink.over(jda, TEXTS, Duration.ofMillis(1));

        assertThat(impatient.deliver(prompt("Thank Ana", FollowUpAction.DONE)))
                .isInstanceOf(FollowUpSink.Failed.class);

        // The future is cancelled, which drops a request still waiting in JDA's queue; the message's own request,
        // made only once the DM channel is open, is not reachable through that future: its check, run by JDA right
        // before each attempt to send it, now says no.
        assertThat(outcome).isCancelled();
        ArgumentCaptor<BooleanSupplier> check = ArgumentCaptor.forClass(BooleanSupplier.class);
        verify(sending).setCheck(check.capture());
        assertThat(check.getValue().getAsBoolean()).as("JDA may still send it").isFalse();
        verify(sending).timeout(1, TimeUnit.MILLISECONDS);
    }

    @Test
    void aDmStillInTimeMaySend() {
        RestAction<Object> sending = answerOpeningWith(CompletableFuture.completedFuture(new Object()));

        assertThat(sink.deliver(prompt("Thank Ana", FollowUpAction.DONE))).isInstanceOf(FollowUpSink.Delivered.class);

        ArgumentCaptor<BooleanSupplier> check = ArgumentCaptor.forClass(BooleanSupplier.class);
        verify(sending).setCheck(check.capture());
        assertThat(check.getValue().getAsBoolean()).isTrue();
    }

    @Test
    void aUserWhoSharesNoServerWithTheBotIsHeldLikeClosedDms() {
        ErrorResponseException noMutualGuilds = mock(ErrorResponseException.class);
        when(noMutualGuilds.getErrorResponse()).thenReturn(ErrorResponse.NO_MUTUAL_GUILDS);
        answerOpeningWith(CompletableFuture.failedFuture(noMutualGuilds));

        assertThat(sink.deliver(prompt("Thank Ana", FollowUpAction.DONE)))
                .isInstanceOfSatisfying(FollowUpSink.Undeliverable.class,
                        held -> assertThat(held.reason()).contains("50278"));
    }

    @Test
    void anyOtherErrorIsAFailureToRetryNotALostPrompt() {
        answerOpeningWith(CompletableFuture.failedFuture(new IllegalStateException("socket closed")));

        assertThat(sink.deliver(prompt("Thank Ana", FollowUpAction.DONE)))
                .isInstanceOfSatisfying(FollowUpSink.Failed.class,
                        failed -> assertThat(failed.reason()).contains("socket closed"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private RestAction<Object> answerOpeningWith(CompletableFuture<Object> outcome) {
        CacheRestAction<PrivateChannel> opening = mock(CacheRestAction.class);
        RestAction<Object> sending = mock(RestAction.class);
        when(jda.openPrivateChannelById(anyLong())).thenReturn(opening);
        when(opening.flatMap(any())).thenReturn((RestAction) sending);
        when(sending.setCheck(any())).thenReturn(sending);
        when(sending.timeout(anyLong(), any())).thenReturn(sending);
        when(sending.submit()).thenReturn(outcome);
        return sending;
    }

    private static FollowUpPrompt prompt(String text, FollowUpAction... actions) {
        return new FollowUpPrompt(7, new UserId("123456789012345678"), FollowUpKind.THANK_YOU, text,
                Arrays.asList(actions), "fu-7-0", 0);
    }

    private static List<Button> buttons(MessageCreateData message) {
        return message.getComponents().stream().map(component -> component.asActionRow())
                .flatMap(row -> row.getComponents().stream()).map(child -> child.asButton()).toList();
    }
}
