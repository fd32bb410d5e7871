package coach.coffeechat.questions;

import coach.coffeechat.checks.CheckReport;
import coach.coffeechat.checks.Finding;
import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.checks.ReportFormatter;
import coach.coffeechat.config.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * A question list's checks as text, the same for a list being prepared and a pasted one: the verdict, then the
 * findings question by question, whole-list ones last. Thread-safe.
 */
final class QuestionReport {
    private final Supplier<QuestionChecker> checker;
    private final ReportFormatter reports;

    QuestionReport(Supplier<QuestionChecker> checker, Texts texts) {
        this.checker = checker;
        this.reports = new ReportFormatter(texts);
    }

    /** The checks of {@code questions} for a meeting of {@code minutes}. */
    String of(List<String> questions, int minutes) {
        CheckReport report = checker.get().check(questions, minutes);
        List<Finding> byQuestion = new ArrayList<>(report.findings());
        byQuestion.sort(Comparator.comparingInt(finding -> finding.line() == 0 ? Integer.MAX_VALUE : finding.line()));
        return reports.format(new CheckReport(report.ok(), report.words(), report.characters(), byQuestion), true);
    }
}
