package coach.coffeechat.request;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.testing.TestCoach;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Why this person, made to follow the language's own "because": each language drops its own lead-ins and lowers
 * only the first words it knows are not names; German lowers nothing (its nouns and "Ihr" keep their capital).
 */
final class WhyClauseInEachLanguageTest {
    @Test
    void spanishDropsItsLeadInsLowersItsOwnStartsAndBridgesANounPhrase() {
        try (LanguageScope scope = LanguageScope.open(new Language("es", "Español", List.of("es-ES")))) {
            assertThat(why("Su charla sobre accesibilidad en UXConf."))
                    .isEqualTo("me llamó la atención su charla sobre accesibilidad en UXConf");
            assertThat(why("Le escribo porque su camino es el que quiero seguir"))
                    .isEqualTo("su camino es el que quiero seguir");
            assertThat(why("Porque dirige el laboratorio de usabilidad"))
                    .isEqualTo("dirige el laboratorio de usabilidad");
            assertThat(why("Cómo pasó de la docencia a la investigación"))
                    .isEqualTo("me llamó la atención cómo pasó de la docencia a la investigación");
            assertThat(why("Ana Li me habló de usted")).isEqualTo("Ana Li me habló de usted");
        }
    }

    @Test
    void germanKeepsEveryCapitalAndDropsItsOwnLeadIns() {
        try (LanguageScope scope = LanguageScope.open(new Language("de", "Deutsch", List.of("de")))) {
            assertThat(why("Ihr Vortrag über Barrierefreiheit.")).isEqualTo("Ihr Vortrag über Barrierefreiheit");
            assertThat(why("Der Grund: Ihr Weg ähnelt dem, den ich gehen möchte"))
                    .isEqualTo("Ihr Weg ähnelt dem, den ich gehen möchte");
            assertThat(why("Die Art, wie Sie Ihr Team führen")).isEqualTo("Die Art, wie Sie Ihr Team führen");
        }
    }

    private static String why(String note) {
        return WhyClause.of(TestCoach.TEXTS, note);
    }
}
