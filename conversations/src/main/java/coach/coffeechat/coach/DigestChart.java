package coach.coffeechat.coach;

import coach.coffeechat.chart.Charts;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;

/**
 * The digest's picture, drawn in-process and headless with XChart: on the left the cohort's funnel (contacts, and
 * how many got as far as a request, a reply, a meeting and a thank-you), on the right the week against the
 * previous weeks (requests sent, meetings held, thank-yous on time), in the look of {@link Charts}. One PNG of
 * {@value #WIDTH} by {@value #HEIGHT} pixels. Thread-safe.
 */
final class DigestChart {
    static final int WIDTH = 1200;
    static final int HEIGHT = 450;

    private DigestChart() {
    }

    /**
     * One bar of the funnel.
     *
     * @param label what it counts
     * @param count how many
     */
    record Bar(String label, int count) {
    }

    /**
     * One week of the comparison.
     *
     * @param label the week, as shown under its bars
     * @param tally what the cohort did that week
     */
    record Week(String label, Tally tally) {
    }

    /**
     * Draws the chart.
     *
     * @param titles the two charts' titles and the three series' names: funnel, weeks, requests, meetings, thank-yous
     * @param funnel the funnel's bars, widest first
     * @param weeks the weeks, oldest first, this week last
     * @return the PNG's bytes
     */
    static byte[] render(List<String> titles, List<Bar> funnel, List<Week> weeks) {
        CategoryChart left = Charts.bars(titles.get(0), WIDTH / 2, HEIGHT);
        left.addSeries(titles.get(0), funnel.stream().map(Bar::label).toList(),
                funnel.stream().map(bar -> (Number) bar.count()).toList());
        left.getStyler().setLegendVisible(false);

        CategoryChart right = Charts.bars(titles.get(1), WIDTH / 2, HEIGHT);
        List<String> labels = weeks.stream().map(Week::label).toList();
        right.addSeries(titles.get(2), labels, numbers(weeks, 0));
        right.addSeries(titles.get(3), labels, numbers(weeks, 1));
        right.addSeries(titles.get(4), labels, numbers(weeks, 2));
        return Charts.png(WIDTH, HEIGHT, List.of(left, right));
    }

    private static List<Number> numbers(List<Week> weeks, int which) {
        List<Number> numbers = new ArrayList<>();
        for (Week week : weeks) {
            Tally tally = week.tally();
            numbers.add(which == 0 ? tally.requestsSent() : which == 1 ? tally.meetingsHeld() : tally.thankYousOnTime());
        }
        return numbers;
    }
}
