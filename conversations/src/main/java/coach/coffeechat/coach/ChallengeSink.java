package coach.coffeechat.coach;

/**
 * Where challenge posts go: on Discord, a message with no mentions to the channel the challenge was started in
 * (with a Join button while members may join); in the console, printed. The timer posts at least once, so after a
 * crash between posting and recording it the same post may come again: a sink honours {@link ChallengePost#nonce()}.
 */
@FunctionalInterface
public interface ChallengeSink {

    /**
     * Posts one message, from the timer's thread with no transaction open; answers within seconds.
     *
     * @return what happened; never throws for an expected outcome
     */
    DigestSink.Outcome post(ChallengePost post);
}
