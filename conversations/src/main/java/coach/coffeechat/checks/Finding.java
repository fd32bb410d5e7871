package coach.coffeechat.checks;

import java.util.Objects;

/**
 * One thing a check found.
 *
 * @param rule the stable rule id, such as {@code too-long}
 * @param severity how much it matters
 * @param message a short sentence saying what to change
 * @param line the 1-based line (question) it is about, or 0 for the whole text
 */
public record Finding(String rule, Severity severity, String message, int line) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (whole text) or 1-based, was " + line);
        }
    }
}
