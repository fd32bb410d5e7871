package coach.coffeechat.questions;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.testing.TestCoach;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The field a role names, read with the words of the language spoken: German keeps its nouns' capitals, Spanish
 * lowers a capitalised word as English does, and each language skips its own seniority words and "head of" forms.
 */
final class RoleFieldInEachLanguageTest {
    private static final Language SPANISH = new Language("es", "Español", List.of("es-ES"));
    private static final Language GERMAN = new Language("de", "Deutsch", List.of("de"));
    private final RoleField field = new RoleField(TestCoach.TEXTS);

    @Test
    void germanNounsKeepTheirCapital() {
        try (LanguageScope scope = LanguageScope.open(GERMAN)) {
            assertThat(field.of("Tierpflegerin")).isEqualTo("der Arbeit als Tierpflegerin");
            assertThat(field.of("Leitende Pflegekraft")).isEqualTo("Pflege");
            assertThat(field.of("Leiterin der Datenanalyse")).isEqualTo("Datenanalyse");
            assertThat(field.of("Die Leiterin der Datenanalyse")).isEqualTo("Datenanalyse");
        }
    }

    @Test
    void spanishLowersCapitalisedWordsAndSkipsItsOwnSeniorityAndHeadOf() {
        try (LanguageScope scope = LanguageScope.open(SPANISH)) {
            assertThat(field.of("Guardabosques")).isEqualTo("el trabajo de guardabosques");
            assertThat(field.of("Jefa de Enfermería")).isEqualTo("enfermería");
            assertThat(field.of("Directora de Recursos Humanos")).isEqualTo("recursos humanos");
            assertThat(field.of("Investigadora sénior")).isEqualTo("el trabajo de investigadora sénior");
            assertThat(field.of("Una Profesora")).isEqualTo("docencia");
        }
    }

    @Test
    void englishReadsAsBefore() {
        assertThat(field.of("Senior UX Researcher")).isEqualTo("UX research");
        assertThat(field.of("Head of Data Engineering")).isEqualTo("data engineering");
        assertThat(field.of("A Park ranger")).isEqualTo("park ranger work");
    }
}
