package coach.coffeechat.coach;

/**
 * Where weekly digests go: the Discord transport posts an embed with the chart attached to the coach channel, with
 * no mentions (the coach role only when the coach asked for it); the console saves the chart in the data directory
 * and prints the digest with the chart's path. The timer posts at least once, so after a crash between posting and
 * recording the same digest may come again: a sink honours {@link Digest#nonce()}.
 */
@FunctionalInterface
public interface DigestSink {

    /**
     * Posts one digest, from the timer's thread with no transaction open; answers within seconds.
     *
     * @return what happened; never throws for an expected outcome
     */
    Outcome post(Digest digest);

    /** What posting a digest came to. */
    sealed interface Outcome {
    }

    /** It is in the channel. */
    record Posted() implements Outcome {
    }

    /**
     * It could not be posted now (network, rate limit, a channel the bot lost access to); tried again later.
     *
     * @param reason why, for the log
     */
    record Failed(String reason) implements Outcome {
    }
}
