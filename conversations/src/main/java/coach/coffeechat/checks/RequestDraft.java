package coach.coffeechat.checks;

import java.util.Objects;

/**
 * A request for an informational interview, as the user would send it.
 *
 * @param text the whole text; for an email, a first line {@code Subject: ...} is its subject line
 * @param format the channel it goes out through
 * @param referrer who suggested the contact, or an empty string
 * @param recipientName whom it is for, or an empty string
 * @param plan the user's LinkedIn plan, which sets how long a LinkedIn note may be
 */
public record RequestDraft(String text, RequestFormat format, String referrer, String recipientName, LinkedInPlan plan) {
    public RequestDraft {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(referrer, "referrer (an empty string when there is none)");
        Objects.requireNonNull(recipientName, "recipientName (an empty string when unknown)");
        Objects.requireNonNull(plan, "plan");
    }
}
