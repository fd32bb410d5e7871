package coach.coffeechat.pipeline;

import static coach.coffeechat.testing.ProductBench.text;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.Attachment;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.testing.Pictures;
import coach.coffeechat.testing.ProductBench;
import coach.coffeechat.testing.TestCoach;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /pipeline} on the whole product and its chart: the reply carries the figures and a PNG of the right size
 * with real content; the fixture account's chart is saved as {@code target/pipeline-example.png} for a person to
 * look at (the README's picture is a copy of it).
 */
final class PipelineCommandTest {
    private static final UserId MAYA = new UserId("maya");

    private final ProductBench bench = new ProductBench();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void theFixtureAccountsChartIsAPictureOfTheRightSizeWorthLookingAt() throws IOException {
        Funnel funnel = new FunnelCounterTest().fixture();

        byte[] png = PipelineChart.render(funnel, new PipelineText(TestCoach.TEXTS));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(PipelineChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(PipelineChart.HEIGHT);
        assertThat(Pictures.nonWhiteShare(image)).as("share of pixels drawn on").isGreaterThan(0.03);
        assertThat(Pictures.colours(image)).as("distinct colours").isGreaterThan(20);
        Path saved = Path.of("target", "pipeline-example.png");
        Files.createDirectories(saved.getParent());
        Files.write(saved, png);
        assertThat(Files.size(saved)).isBetween(10_000L, 500_000L);
    }

    @Test
    void theCommandAnswersWithTheFiguresAndTheChartAttached() throws IOException {
        TestCoach.addContact(bench.coach(), MAYA, Map.of("name", "Ana Li"));
        TestCoach.addContact(bench.coach(), MAYA, Map.of("name", "Sam Park"));
        bench.handle(MAYA, new Input.Command("contact stage", Map.of("contact", "Ana Li", "stage", "request-sent")));

        Reply reply = bench.handle(MAYA, Input.Command.of("pipeline"));

        assertThat(reply.text()).contains(text("pipeline.title", "contacts", 2),
                text("pipeline.requests", "asked", 1, "replied", 0, "rate", 0));
        assertThat(reply.attachments()).singleElement().satisfies(chart -> {
            assertThat(chart.fileName()).isEqualTo(PipelineFeature.CHART_FILE);
            assertThat(chart.mediaType()).isEqualTo("image/png");
        });
        Attachment chart = reply.attachments().get(0);
        assertThat(ImageIO.read(new ByteArrayInputStream(chart.content())).getWidth()).isEqualTo(PipelineChart.WIDTH);
    }

    @Test
    void withNoContactThereIsNothingToDrawAndTheReplySaysWhereToStart() {
        Reply reply = bench.handle(MAYA, Input.Command.of("pipeline"));

        assertThat(reply.notes()).containsExactly(text("pipeline.empty"));
        assertThat(reply.attachments()).isEmpty();
    }
}
