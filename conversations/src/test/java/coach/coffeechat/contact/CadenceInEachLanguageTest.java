package coach.coffeechat.contact;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.engine.TypedWords;
import coach.coffeechat.testing.TestCoach;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cadence typed as text ({@code /contact cadence every:}, {@code /meeting log every:}) is turned off with the
 * word that turns quiet hours off in the user's language ({@code words.off}) or English's, as well as {@code off}.
 */
final class CadenceInEachLanguageTest {
    private static final TypedWords WORDS = new TypedWords(TestCoach.TEXTS);

    private static Optional<Cadence> read(String tag, String typed) {
        try (LanguageScope scope = LanguageScope.open(TestCoach.TEXTS.languages().find(tag).orElseThrow())) {
            return Cadence.fromTyped(WORDS, typed);
        }
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is off")
    @CsvSource(delimiter = '|', value = {"es | ninguna", "es | ninguno", "es | Desactivar", "es | off", "de | aus",
        "de | Keine", "de | none", "en | off", "en | never", "en | None"})
    void theLanguagesWordTurnsItOff(String tag, String typed) {
        assertThat(read(tag, typed)).contains(Cadence.OFF);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {"es | 30 | DAYS_30", "de | 60 days | DAYS_60", "en | 90 | DAYS_90"})
    void daysAreReadInEveryLanguage(String tag, String typed, Cadence expected) {
        assertThat(read(tag, typed)).contains(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is not read")
    @CsvSource(delimiter = '|', value = {"en | aus", "en | ninguna", "es | aus", "de | weekly"})
    void anotherLanguagesWordIsNot(String tag, String typed) {
        assertThat(read(tag, typed)).isEmpty();
    }
}
