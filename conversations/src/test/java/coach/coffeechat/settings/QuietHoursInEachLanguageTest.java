package coach.coffeechat.settings;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.engine.TypedWords;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.user.QuietHours;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quiet hours are turned off with the word of the user's language ({@code words.off}) or English's. */
final class QuietHoursInEachLanguageTest {
    private static final TypedWords WORDS = new TypedWords(TestCoach.TEXTS);
    private static final QuietHours OFF = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    private static Optional<QuietHours> read(String tag, String typed) {
        try (LanguageScope scope = LanguageScope.open(TestCoach.TEXTS.languages().find(tag).orElseThrow())) {
            return SettingsFeature.quietHours(typed, WORDS);
        }
    }

    @ParameterizedTest(name = "{0}: \"{1}\" turns them off")
    @CsvSource(delimiter = '|', value = {"es | ninguna", "es | Ninguna", "es | off", "de | aus", "de | Aus",
        "de | none", "en | off", "en | none"})
    void theLanguagesWordTurnsThemOff(String tag, String typed) {
        assertThat(read(tag, typed)).contains(OFF);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is not read")
    @CsvSource(delimiter = '|', value = {"en | aus", "en | ninguna", "es | aus"})
    void anotherLanguagesWordIsNot(String tag, String typed) {
        assertThat(read(tag, typed)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {"es | 21:00-08:00", "de | 21:00-08:00"})
    void theTimesTheMessagesGiveAreRead(String tag, String typed) {
        assertThat(read(tag, typed)).contains(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)));
    }
}
