package coach.coffeechat.coach;

import static coach.coffeechat.coach.CoachBench.text;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.contact.Stage;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.testing.Pictures;
import coach.coffeechat.testing.TestCoach;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The digest of a fixture cohort, worded and drawn: the text names who may welcome a word, and the chart is a PNG
 * of the expected size with real content. The picture is saved as {@code target/digest-example.png} for a person
 * to look at (the README's picture is a copy of it).
 */
final class DigestPictureTest {
    private static final Instant DUE = Instant.parse("2026-03-09T08:00:00Z");
    private static final ServerSetup SETUP = new ServerSetup("111", "Cohort A", "700", "900", DayOfWeek.MONDAY,
            LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), false, 20, 10, "", "");

    @Test
    void aFixtureCohortGivesAKindDigestAndAChartWorthLookingAt() throws IOException {
        Digest digest = new DigestWriter(TestCoach.TEXTS).write(SETUP, DigestSlot.latest(SETUP, DUE), cohort());

        assertThat(digest.title()).isEqualTo("Cohort A: the week to 9 Mar");
        assertThat(digest.text()).contains(text("coach.digest.nudge.overdue", "name", "Ben Ade", "count", 2),
                text("coach.digest.nudge.quiet", "name", "Cleo Park", "days", 20))
                .doesNotContain("Ana Li:");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(digest.chart()));
        assertThat(image.getWidth()).isEqualTo(DigestChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(DigestChart.HEIGHT);
        assertThat(Pictures.nonWhiteShare(image)).as("share of pixels drawn on").isGreaterThan(0.03);
        assertThat(Pictures.colours(image)).as("distinct colours").isGreaterThan(20);
        Path saved = Path.of("target", "digest-example.png");
        Files.createDirectories(saved.getParent());
        Files.write(saved, digest.chart());
        assertThat(Files.size(saved)).isBetween(10_000L, 500_000L);
    }

    @Test
    void aLocalTimeThatSummerTimeSkipsMovesForwardByTheGap() {
        ServerSetup atHalfTwo = new ServerSetup("111", "Cohort A", "", "900", DayOfWeek.SUNDAY, LocalTime.of(2, 30),
                ZoneId.of("Europe/Berlin"), false, 20, 10, "", "");

        DigestSlot slot = DigestSlot.latest(atHalfTwo, Instant.parse("2026-03-29T12:00:00Z"));

        assertThat(slot.dueAt()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(slot.week()).isEqualTo(LocalDate.parse("2026-03-23"));
    }

    /** Three members: one busy, one with overdue follow-ups, one quiet for twenty days. */
    private static List<Figures> cohort() {
        List<Figures> cohort = new ArrayList<>();
        cohort.add(member("ana", "Ana Li", Map.of(Stage.IDENTIFIED, 4, Stage.REQUEST_SENT, 3, Stage.REPLIED, 1,
                Stage.MET, 2, Stage.THANKED, 2), 0, 14, DUE.minus(Duration.ofDays(1))));
        cohort.add(member("ben", "Ben Ade", Map.of(Stage.IDENTIFIED, 3, Stage.REQUEST_SENT, 2, Stage.MET, 1),
                2, 6, DUE.minus(Duration.ofDays(3))));
        cohort.add(member("cleo", "Cleo Park", Map.of(Stage.IDENTIFIED, 2, Stage.REQUEST_SENT, 1), 0, 2,
                DUE.minus(Duration.ofDays(20))));
        return cohort;
    }

    /** A member with {@code steps} steps spread over the six weeks before their last activity. */
    private static Figures member(String id, String name, Map<Stage, Integer> stages, int overdue, int steps,
                                  Instant last) {
        List<Figures.Step> taken = new ArrayList<>();
        Figures.Kind[] kinds = Figures.Kind.values();
        for (int i = 0; i < steps; i++) {
            taken.add(new Figures.Step(kinds[i % kinds.length], last.minus(Duration.ofDays((steps - 1 - i) * 3L))));
        }
        return new Figures(new Member(new UserId(id), name, Sharing.COUNTS), stages, taken, overdue,
                Optional.of(last), List.of());
    }
}
