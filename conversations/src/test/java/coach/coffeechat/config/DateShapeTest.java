package coach.coffeechat.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every shape of date in every shipped language: a pattern java.time accepts, words and order of the language. */
final class DateShapeTest {
    private static final Texts TEXTS = Texts.load(Optional.empty());
    private static final LocalDateTime THURSDAY = LocalDateTime.of(2026, 3, 5, 14, 0);

    @Test
    void eachLanguageShapesDatesInItsOwnWords() {
        assertThat(DateShape.LONG_DAY_TIME.format(TEXTS, THURSDAY)).isEqualTo("Thursday 5 March at 14:00");
        assertThat(in("es", DateShape.LONG_DAY_TIME)).isEqualTo("jueves 5 de marzo a las 14:00");
        assertThat(in("de", DateShape.LONG_DAY_TIME)).isEqualTo("Donnerstag, 5. März um 14:00");
        assertThat(in("es", DateShape.DAY_MONTH_YEAR)).isEqualTo("5 mar 2026");
        assertThat(in("de", DateShape.LONG_DAY_YEAR)).isEqualTo("Donnerstag, 5. März 2026");
    }

    @Test
    void everyShapeOfEveryShippedLanguageFormats() {
        for (Language language : TEXTS.languages().all()) {
            try (LanguageScope scope = LanguageScope.open(language)) {
                for (DateShape shape : DateShape.values()) {
                    assertThat(shape.format(TEXTS, THURSDAY)).as(language.tag() + " " + shape).contains("5");
                }
            }
        }
    }

    private static String in(String tag, DateShape shape) {
        try (LanguageScope scope = LanguageScope.open(new Language(tag, tag, List.of()))) {
            return shape.format(TEXTS, THURSDAY);
        }
    }
}
