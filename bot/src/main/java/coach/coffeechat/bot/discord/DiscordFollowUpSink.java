package coach.coffeechat.bot.discord;

import coach.coffeechat.config.Texts;
import coach.coffeechat.followup.FollowUpAction;
import coach.coffeechat.followup.FollowUpPrompt;
import coach.coffeechat.followup.FollowUpSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Delivers follow-up prompts as direct messages: the prompt's text with one button per action, no pings, and the
 * prompt's nonce (one per delivery key). JDA 6.5 sends every message with {@code enforce_nonce}, so when a prompt is
 * delivered again after a crash between posting and marking it sent, Discord returns the first message instead of
 * creating a second one. Blocks the timer's thread for at most the timeout; a DM given up on then is called back
 * unless its request is already on the wire, so the timer's lease, renewed before each prompt, outlasts a delivery.
 * Discord refusing the DM because the user closed their DMs (50007) or shares no server with the bot (50278, a user
 * who installed the app to their own account only) makes the prompt {@link Undeliverable}: it is held for the user's
 * next command. Thread-safe.
 */
public final class DiscordFollowUpSink implements FollowUpSink {
    /** Discord's limit for a message's content. */
    static final int MAX_CONTENT = 2000;
    private static final int MAX_BUTTONS_PER_ROW = 5;

    private final Supplier<DmOpener> opener;
    private final Texts texts;
    private final Duration timeout;

    /** How the sink opens a DM: by a single JDA or by any shard of a shard manager. */
    @FunctionalInterface
    interface DmOpener {
        RestAction<PrivateChannel> open(long userId);
    }

    private DiscordFollowUpSink(Supplier<DmOpener> opener, Texts texts, Duration timeout) {
        this.opener = opener;
        this.texts = Objects.requireNonNull(texts, "texts");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** A sink that sends through this JDA. */
    public static DiscordFollowUpSink over(JDA jda, Texts texts, Duration timeout) {
        Objects.requireNonNull(jda, "jda");
        return new DiscordFollowUpSink(() -> jda::openPrivateChannelById, texts, timeout);
    }

    /** A sink that sends through any shard of this shard manager. */
    public static DiscordFollowUpSink over(ShardManager shards, Texts texts, Duration timeout) {
        Objects.requireNonNull(shards, "shards");
        return new DiscordFollowUpSink(() -> {
            JDA shard = shards.getShards().stream().filter(jda -> jda.getStatus() == JDA.Status.CONNECTED)
                    .findFirst().orElseGet(() -> shards.getShards().get(0));
            return shard::openPrivateChannelById;
        }, texts, timeout);
    }

    @Override
    public Delivery deliver(FollowUpPrompt prompt) {
        long userId;
        try {
            userId = Long.parseUnsignedLong(prompt.owner().value());
        } catch (NumberFormatException e) {
            return new Undeliverable("the owner " + prompt.owner() + " is not a Discord user id");
        }
        AtomicBoolean givenUp = new AtomicBoolean();
        CompletableFuture<Message> sent = null;
        try {
            sent = opener.get().open(userId)
                    .flatMap(channel -> channel.sendMessage(message(prompt)).setNonce(prompt.nonce()))
                    .setCheck(() -> !givenUp.get())
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .submit();
            sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Delivered();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ErrorResponseException error) {
                if (error.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
                    return new Undeliverable("Discord will not let me DM this user (50007)");
                }
                if (error.getErrorResponse() == ErrorResponse.NO_MUTUAL_GUILDS) {
                    // A user who installed the app to their account but shares no server with the bot.
                    return new Undeliverable("the user shares no server with the bot (50278)");
                }
            }
            return new Failed(String.valueOf(cause));
        } catch (TimeoutException e) {
            giveUp(givenUp, sent);
            return new Failed("Discord did not answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            giveUp(givenUp, sent);
            Thread.currentThread().interrupt();
            return new Failed("interrupted");
        } catch (RuntimeException e) {
            return new Failed(e.toString());
        }
    }

    /**
     * Makes sure a DM given up on is not posted later, when the timer has already counted it as failed and will
     * send it again. JDA checks a request's deadline and its check right before each attempt to send it (also
     * after a rate limit or a server error), and cancelling the future drops the request opening the DM channel;
     * the message's own request, made once that channel is open, is not reachable through the future, only through
     * the check. A request already on the wire cannot be called back: if Discord still creates that message, the
     * retry carries the same nonce, and Discord, which enforces nonces for a few minutes, returns that message
     * instead of posting a second one (the first retry comes a minute later).
     */
    private static void giveUp(AtomicBoolean givenUp, CompletableFuture<Message> sent) {
        givenUp.set(true);
        if (sent != null) {
            sent.cancel(true);
        }
    }

    /** The DM for a prompt: its text, one button per action (five to a row), no mentions. */
    MessageCreateData message(FollowUpPrompt prompt) {
        String text = prompt.text().length() > MAX_CONTENT
                ? prompt.text().substring(0, MAX_CONTENT - 1) + "\u2026" : prompt.text();
        MessageCreateBuilder builder = new MessageCreateBuilder().setContent(text)
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
        List<Button> buttons = new ArrayList<>();
        for (FollowUpAction action : prompt.actions()) {
            String key = "followup.action." + action.id();
            String label = texts.has(key) ? texts.get(key) : action.id();
            buttons.add(action == FollowUpAction.DONE
                    ? Button.success(CustomIds.followUp(0, prompt.followUpId(), action), label)
                    : Button.secondary(CustomIds.followUp(0, prompt.followUpId(), action), label));
        }
        List<ActionRow> rows = new ArrayList<>();
        for (int from = 0; from < buttons.size(); from += MAX_BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(from, Math.min(buttons.size(), from + MAX_BUTTONS_PER_ROW))));
        }
        builder.setComponents(rows);
        return builder.build();
    }
}
