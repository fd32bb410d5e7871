package coach.coffeechat.pipeline;

import coach.coffeechat.chart.Charts;
import coach.coffeechat.contact.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;

/**
 * The picture of {@code /pipeline}, in the look of {@link Charts}: on the left the contacts at each stage, on the
 * right each group of requests (by link, format and length) with the replies it got. One PNG of {@value #WIDTH}
 * by {@value #HEIGHT} pixels. Thread-safe.
 */
final class PipelineChart {
    static final int WIDTH = 1200;
    static final int HEIGHT = 500;

    private PipelineChart() {
    }

    /** Draws the funnel, worded by {@code text}; the PNG's bytes. */
    static byte[] render(Funnel funnel, PipelineText text) {
        CategoryChart stages = Charts.bars(text.chartText("stages"), WIDTH / 2, HEIGHT);
        List<String> stageNames = new ArrayList<>();
        List<Number> counts = new ArrayList<>();
        for (Map.Entry<Stage, Integer> stage : funnel.perStage().entrySet()) {
            if (stage.getKey() != Stage.CLOSED || stage.getValue() > 0) {
                stageNames.add(text.stageName(stage.getKey()));
                counts.add(stage.getValue());
            }
        }
        stages.addSeries(text.chartText("stages"), stageNames, counts);
        stages.getStyler().setLegendVisible(false);
        stages.getStyler().setXAxisLabelRotation(45);

        CategoryChart replies = Charts.bars(text.chartText("replies"), WIDTH / 2, HEIGHT);
        List<String> groups = new ArrayList<>();
        List<Number> asked = new ArrayList<>();
        List<Number> replied = new ArrayList<>();
        for (Funnel.Split split : funnel.splits()) {
            for (Funnel.Group group : split.groups()) {
                groups.add(text.label(split.dimension(), group));
                asked.add(group.asked());
                replied.add(group.replied());
            }
        }
        if (groups.isEmpty()) {
            groups.add(text.chartText("asked"));
            asked.add(0);
            replied.add(0);
        }
        replies.addSeries(text.chartText("asked"), groups, asked);
        replies.addSeries(text.chartText("replied"), groups, replied);
        replies.getStyler().setXAxisLabelRotation(45);
        return Charts.png(WIDTH, HEIGHT, List.of(stages, replies));
    }
}
