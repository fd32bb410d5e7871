package coach.coffeechat.questions;

import coach.coffeechat.checks.CheckReport;
import coach.coffeechat.checks.Finding;
import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.checks.ReportFormatter;
import coach.coffeechat.config.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A question list's checks as text, the same for a list being prepared and a pasted one: the verdict, then the
 * findings question by question, whole-list ones last. Thread-safe.
 */
final class QuestionReport {
    private final QuestionChecker checker;
    private final ReportFormatter reports;

    QuestionReport(QuestionChecker checker, Texts texts) {
        this.checker = checker;
        this.reports = new ReportFormatter(texts);
    }

    /** The checks of {@code questions} for a meeting of {@code minutes}. */
    String of(List<String> questions, int minutes) {
        CheckReport report = checker.check(questions, minutes);
        List<Finding> byQuestion = new ArrayList<>(report.findings());
        byQuestion.sort(Comparator.comparingInt(finding -> finding.line() == 0 ? Integer.MAX_VALUE : finding.line()));
        return reports.format(new CheckReport(report.ok(), report.words(), report.characters(), byQuestion), true);
    }
}
