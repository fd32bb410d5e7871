package coach.coffeechat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The median days of {@code /pipeline} are written with the decimal comma of Spanish and German. */
final class PipelineNumbersInEachLanguageTest {
    @Test
    void aDecimalIsWrittenTheLanguagesWay() {
        for (String tag : List.of("es", "de")) {
            try (LanguageScope scope = LanguageScope.open(new Language(tag, tag, List.of()))) {
                assertThat(PipelineText.days(1.5)).as(tag).isEqualTo("1,5");
                assertThat(PipelineText.days(2.0)).as(tag).isEqualTo("2");
            }
        }
        assertThat(PipelineText.days(1.5)).isEqualTo("1.5");
    }
}
