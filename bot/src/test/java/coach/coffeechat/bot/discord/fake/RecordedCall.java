package coach.coffeechat.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One REST request the fake Discord received.
 *
 * @param method HTTP method, upper case ({@code "POST"})
 * @param path path below {@code /api/v10/} without query, e.g. {@code "channels/42/messages"}
 * @param query raw query string without {@code ?}, empty when there was none
 * @param body the JSON body, {@link MissingNode} when the request had no (JSON) body
 * @param receivedNanos {@link System#nanoTime()} when the fake received it, for latency measurements
 */
public record RecordedCall(String method, String path, String query, JsonNode body, long receivedNanos) {

    /** A call received now. */
    public RecordedCall(String method, String path, String query, JsonNode body) {
        this(method, path, query, body, System.nanoTime());
    }

    /** Returns whether this call has the given method and its path matches the regular expression. */
    public boolean matches(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    /** Returns whether a JSON body was sent. */
    public boolean hasBody() {
        return !body.isMissingNode();
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + (hasBody() ? " " + body : "");
    }
}
