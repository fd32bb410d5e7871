package coach.coffeechat.request;

import coach.coffeechat.checks.RequestFormat;
import java.time.Instant;
import java.util.Objects;

/**
 * That a request went out, without its text: what the user's own {@code /pipeline} splits its reply rate by.
 *
 * @param contactId who it went to
 * @param format how it was sent
 * @param words how many words it had
 * @param sentAt when the user marked it sent
 */
public record SentRequest(long contactId, RequestFormat format, int words, Instant sentAt) {
    public SentRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
