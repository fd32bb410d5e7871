package coach.coffeechat.coach;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One weekly digest, ready to post to a server's coach channel: an embed's title and text, the chart as a PNG, and
 * whether to ping the coach role (only when the coach asked for it). It names only members who share with the
 * coach.
 *
 * @param serverId the server
 * @param serverName the server's name
 * @param channel where it goes (a Discord channel id, or a console channel's name)
 * @param week the Monday of the week it covers
 * @param title the embed's title, at most 256 characters
 * @param text the embed's text, at most 4,000 characters
 * @param chart the chart, a PNG
 * @param pingRole the coach role to ping, or empty for no ping at all
 */
public record Digest(String serverId, String serverName, String channel, LocalDate week, String title, String text,
                     byte[] chart, String pingRole) {
    /** The file name of the chart attachment. */
    public static final String CHART_FILE = "digest.png";
    /** Discord's limit for an embed's title. */
    public static final int MAX_TITLE = 256;
    /** A margin under Discord's 4,096 for an embed's description. */
    public static final int MAX_TEXT = 4000;

    public Digest {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(pingRole, "pingRole");
        if (title.length() > MAX_TITLE || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a digest's title or text is longer than an embed allows");
        }
        chart = chart.clone();
    }

    /** The PNG's bytes (a copy). */
    @Override
    public byte[] chart() {
        return chart.clone();
    }

    /** The same for every attempt to post this digest: the server and the week. */
    public String idempotencyKey() {
        return "digest:" + serverId + ":" + week;
    }

    /**
     * A nonce of 25 characters (Discord's limit), the same for every attempt, so that a digest posted again after a
     * crash between posting and recording it is recognised by Discord instead of posted twice.
     */
    public String nonce() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 25);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
