package coach.coffeechat.followup;

/**
 * Where due prompts go: the console prints them between inputs, the Discord transport sends a DM. A sink must
 * honour {@link FollowUpPrompt#idempotencyKey()} (or {@link FollowUpPrompt#nonce()}): the timer delivers at
 * least once, so after a crash between posting and recording, the same prompt may be handed over again.
 */
@FunctionalInterface
public interface FollowUpSink {

    /**
     * Delivers one prompt. Called from the timer's thread, with no transaction open, under a lease renewed for this
     * prompt: it must answer well within the lease (at least a minute; the Discord sink gives up after 10 s), and a
     * prompt it answered {@link Failed} for must not be posted afterwards, since the timer will send it again.
     *
     * @return what happened; never throws for an expected outcome such as closed DMs
     */
    Delivery deliver(FollowUpPrompt prompt);

    /** The outcome of one delivery. */
    sealed interface Delivery {
    }

    /** The user has it. */
    record Delivered() implements Delivery {
    }

    /**
     * It cannot reach the user this way now (Discord error 50007: DMs closed, or 50278: no server shared with the
     * bot); keep it for their next interaction.
     *
     * @param reason why, for the log
     */
    record Undeliverable(String reason) implements Delivery {
    }

    /**
     * Something went wrong that may pass (a network error, a rate limit); try again later.
     *
     * @param reason why, for the log
     */
    record Failed(String reason) implements Delivery {
    }
}
