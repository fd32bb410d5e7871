package coach.coffeechat.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The product's bar charts, drawn in-process and headless with XChart: one look (white, legend below, whole-number
 * axis from 0, the same series colours) for the coach digest and {@code /pipeline}, and the panels laid side by
 * side into one PNG. Thread-safe.
 *
 * <p>Example: {@code Charts.png(800, 400, List.of(Charts.bars("Replies", 400, 400)))}.
 */
public final class Charts {
    /** The series colours, in order: blue, teal, orange, grey. */
    public static final Color[] SERIES = {new Color(0x2E6FDB), new Color(0x1B998B), new Color(0xF4A259),
        new Color(0x8D99AE)};

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {
    }

    /**
     * An empty bar chart in the product's look; the caller adds its series.
     *
     * @param title shown above the bars
     * @param width its width in pixels
     * @param height its height in pixels
     */
    public static CategoryChart bars(String title, int width, int height) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title).build();
        Styler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setSeriesColors(SERIES);
        chart.getStyler().setYAxisDecimalPattern("#");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setAvailableSpaceFill(0.7);
        return chart;
    }

    /**
     * Lays charts side by side, each in an equal share of the width, on white, as one PNG.
     *
     * @param width the picture's width in pixels
     * @param height its height in pixels
     * @param panels the charts, left to right; each drawn at its own size from the top-left of its share
     * @return the PNG's bytes
     */
    public static byte[] png(int width, int height, List<CategoryChart> panels) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            int share = width / Math.max(1, panels.size());
            for (int i = 0; i < panels.size(); i++) {
                graphics.drawImage(BitmapEncoder.getBufferedImage(panels.get(i)), i * share, 0, null);
            }
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("a chart could not be written as a PNG", e);
        }
        return png.toByteArray();
    }
}
