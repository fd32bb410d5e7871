package coach.coffeechat.coach;

import static coach.coffeechat.coach.CoachBench.SERVER;
import static coach.coffeechat.coach.CoachBench.in;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.engine.UserId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /coach settings} names the digest's day in the language it speaks. */
final class CoachSettingsInEachLanguageTest {
    private static final UserId LEO = new UserId("leo");
    private final CoachBench bench = new CoachBench();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void theDigestDayIsNamedInTheLanguageSpoken() {
        bench.setUp(SERVER, "day", "friday");

        try (LanguageScope scope = LanguageScope.open(new Language("es", "Español", List.of("es-ES")))) {
            assertThat(bench.command(LEO, in(SERVER, "Leo", false), "coach settings").text())
                    .contains("cada viernes,").doesNotContain("Friday");
        }
        try (LanguageScope scope = LanguageScope.open(new Language("de", "Deutsch", List.of("de")))) {
            assertThat(bench.command(LEO, in(SERVER, "Leo", false), "coach settings").text())
                    .contains("(Freitag, ").doesNotContain("Friday");
        }
        assertThat(bench.command(LEO, in(SERVER, "Leo", false), "coach settings").text()).contains("Fridays at");
    }
}
