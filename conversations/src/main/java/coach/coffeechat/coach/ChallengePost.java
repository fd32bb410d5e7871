package coach.coffeechat.coach;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A challenge's message to the channel it was started in: its announcement, its midpoint or its result. It names
 * only members who chose to appear on the leaderboard and mentions nobody.
 *
 * @param challengeId the challenge
 * @param serverId the server
 * @param channel the channel it goes to (a Discord channel id, or {@code console})
 * @param moment which of its posts this is
 * @param text the message, plain text of at most {@value #MAX_TEXT} characters
 * @param joinLabel the Join button's label, in the same language as the text
 */
public record ChallengePost(long challengeId, String serverId, String channel, Moment moment, String text,
                            String joinLabel) {
    /** The longest text posted (Discord's limit for a message's content). */
    public static final int MAX_TEXT = 2000;

    public ChallengePost {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(moment, "moment");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(joinLabel, "joinLabel");
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 1) + "\u2026";
        }
    }

    /** When a challenge posts. */
    public enum Moment {
        /** When it is started: what it is, and how to join. */
        START,
        /** Halfway through: how it is going. */
        MIDPOINT,
        /** When it is over: the result. */
        END;

        /** The id stored: {@code start}, {@code midpoint}, {@code end}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether members can still join from this post (a Join button on Discord). */
    public boolean joinable() {
        return moment != Moment.END;
    }

    /**
     * A nonce of 25 characters (Discord's limit), the same for every attempt, so that a post sent again after a
     * crash between posting and recording it is recognised by Discord instead of posted twice.
     */
    public String nonce() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("challenge:" + challengeId + ":" + moment.id())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 25);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
