package coach.coffeechat.checks;

import java.util.List;

/**
 * What the checks found in a text.
 *
 * @param ok false when any finding is an error
 * @param words how many words the text has
 * @param characters how many characters (code points) the text has
 * @param findings what was found, in rule order
 */
public record CheckReport(boolean ok, int words, int characters, List<Finding> findings) {
    public CheckReport {
        findings = List.copyOf(findings);
    }

    /** A report whose {@code ok} follows from the findings. */
    public static CheckReport of(int words, int characters, List<Finding> findings) {
        boolean ok = findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
        return new CheckReport(ok, words, characters, findings);
    }

    /** Whether a rule was found. */
    public boolean has(String rule) {
        return findings.stream().anyMatch(f -> f.rule().equals(rule));
    }
}
