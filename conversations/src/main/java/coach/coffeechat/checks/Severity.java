package coach.coffeechat.checks;

import java.util.Locale;

/** How much a finding matters. */
public enum Severity {
    /** The text should not go out like this. */
    ERROR,
    /** Worth a second look; the text may still go out. */
    WARN;

    /** The id printed in JSON and shown to users: {@code error} or {@code warn}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
