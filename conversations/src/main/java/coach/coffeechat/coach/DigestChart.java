package coach.coffeechat.coach;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The digest's picture, drawn in-process and headless with XChart: on the left the cohort's funnel (contacts, and
 * how many got as far as a request, a reply, a meeting and a thank-you), on the right the week against the
 * previous weeks (requests sent, meetings held, thank-yous on time). One PNG of {@value #WIDTH} by
 * {@value #HEIGHT} pixels. Thread-safe.
 */
final class DigestChart {
    static final int WIDTH = 1200;
    static final int HEIGHT = 450;
    private static final Color[] SERIES = {new Color(0x2E6FDB), new Color(0x1B998B), new Color(0xF4A259)};

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

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
        CategoryChart left = chart(titles.get(0));
        left.addSeries(titles.get(0), funnel.stream().map(Bar::label).toList(),
                funnel.stream().map(bar -> (Number) bar.count()).toList());
        left.getStyler().setLegendVisible(false);
        left.getStyler().setSeriesColors(new Color[] {SERIES[0]});

        CategoryChart right = chart(titles.get(1));
        List<String> labels = weeks.stream().map(Week::label).toList();
        right.addSeries(titles.get(2), labels, numbers(weeks, 0));
        right.addSeries(titles.get(3), labels, numbers(weeks, 1));
        right.addSeries(titles.get(4), labels, numbers(weeks, 2));
        right.getStyler().setSeriesColors(SERIES);

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, WIDTH, HEIGHT);
            graphics.drawImage(BitmapEncoder.getBufferedImage(left), 0, 0, null);
            graphics.drawImage(BitmapEncoder.getBufferedImage(right), WIDTH / 2, 0, null);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("the digest's chart could not be written as a PNG", e);
        }
        return png.toByteArray();
    }

    private static CategoryChart chart(String title) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH / 2).height(HEIGHT).title(title).build();
        Styler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        chart.getStyler().setYAxisDecimalPattern("#");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setAvailableSpaceFill(0.7);
        return chart;
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
