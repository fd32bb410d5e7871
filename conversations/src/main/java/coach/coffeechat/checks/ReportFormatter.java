package coach.coffeechat.checks;

import coach.coffeechat.config.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows a check report as text for the flows and {@code /draft}: a one-line verdict, then one line per
 * finding, errors first, each with its rule id so a user can look it up. Thread-safe.
 */
public final class ReportFormatter {
    private final Texts texts;

    /** @param texts the messages holding the verdicts and markers */
    public ReportFormatter(Texts texts) {
        this.texts = texts;
    }

    /** The report as a few lines; {@code questionLines} prefixes findings about one question with its number. */
    public String format(CheckReport report, boolean questionLines) {
        List<String> lines = new ArrayList<>();
        if (report.findings().isEmpty()) {
            lines.add(texts.get("report.clear", "words", report.words(), "characters", report.characters()));
            return String.join("\n", lines);
        }
        lines.add(texts.get(report.ok() ? "report.warnings" : "report.errors", "words", report.words(),
                "characters", report.characters()));
        List<Finding> ordered = new ArrayList<>(report.findings());
        ordered.sort((a, b) -> Integer.compare(a.severity().ordinal(), b.severity().ordinal()));
        for (Finding finding : ordered) {
            String where = questionLines && finding.line() > 0
                    ? texts.get("report.question", "line", finding.line()) : "";
            lines.add(texts.get("report.finding." + finding.severity().id(), "where", where, "rule", finding.rule(),
                    "message", finding.message()));
        }
        return String.join("\n", lines);
    }
}
