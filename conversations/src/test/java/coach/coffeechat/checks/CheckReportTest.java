package coach.coffeechat.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class CheckReportTest {
    private static final Finding WARNING = new Finding("yes-no", Severity.WARN, "Open it up.", 2);
    private static final Finding ERROR = new Finding("asks-for-job", Severity.ERROR, "Ask to learn.", 0);

    @Test
    void isOkWithNoFindingsOrOnlyWarnings() {
        assertThat(CheckReport.of(10, 50, List.of()).ok()).isTrue();
        assertThat(CheckReport.of(10, 50, List.of(WARNING, WARNING)).ok()).isTrue();
    }

    @Test
    void isNotOkAsSoonAsOneFindingIsAnError() {
        assertThat(CheckReport.of(10, 50, List.of(WARNING, ERROR)).ok()).isFalse();
        assertThat(CheckReport.of(10, 50, List.of(ERROR)).ok()).isFalse();
    }

    @Test
    void tellsWhetherARuleWasFound() {
        CheckReport report = CheckReport.of(10, 50, List.of(WARNING));

        assertThat(report.has("yes-no")).isTrue();
        assertThat(report.has("salary")).isFalse();
    }
}
