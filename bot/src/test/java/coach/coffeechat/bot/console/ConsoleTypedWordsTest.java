package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Texts;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A console session in Spanish and one in German, typing the words of the language at every step: the
 * confirmation ({@code sí}, {@code ja}), the day ({@code hace 3 días}, {@code el jueves pasado}, {@code gestern},
 * {@code letzten Donnerstag}) and the control words ({@code atrás}, {@code omitir}, {@code zurück},
 * {@code überspringen}). Today is Monday 2 March 2026, so last Thursday is 26 February.
 */
final class ConsoleTypedWordsTest {
    private static final Texts TEXTS = Texts.load(Optional.empty());

    private static String text(String tag, String key, Object... values) {
        try (LanguageScope scope = LanguageScope.open(TEXTS.languages().find(tag).orElseThrow())) {
            return TEXTS.get(key, values);
        }
    }

    private static String session(String tag, String yes, String firstDay, String back, String day, String skip) {
        try (InMemoryCoach coach = InMemoryCoach.open()) {
            return coach.converse("/settings language: " + tag,
                    "/contact add", "Ana Li", "UX Researcher", "Acme Health", "She moved from teaching into UX",
                    "warm", "colleague", "ana@example.com", yes,
                    "/meeting log contact: Ana Li", firstDay, back, day, "video", skip,
                    "Research teams value interviewing skills from teaching.", skip, skip, skip, "yes", skip, yes);
        }
    }

    @Test
    void aSpanishSessionTypesSpanishWords() {
        String transcript = session("es", "sí", "hace 3 días", "atrás", "el jueves pasado", "omitir");

        assertThat(transcript).contains(text("es", "contact.add.saved", "name", "Ana Li"))
                .contains(text("es", "meeting.log.saved", "name", "Ana Li", "summary", "").strip())
                .doesNotContain(text("es", "engine.cannot-skip"));
        assertThat(transcript.substring(transcript.lastIndexOf(text("es", "meeting.log.saved", "name", "Ana Li",
                "summary", "").strip()))).contains("26");
    }

    @Test
    void aGermanSessionTypesGermanWords() {
        String transcript = session("de", "ja", "gestern", "zurück", "letzten Donnerstag", "überspringen");

        assertThat(transcript).contains(text("de", "contact.add.saved", "name", "Ana Li"))
                .contains(text("de", "meeting.log.saved", "name", "Ana Li", "summary", "").strip())
                .doesNotContain(text("de", "engine.cannot-skip"));
        assertThat(transcript.substring(transcript.lastIndexOf(text("de", "meeting.log.saved", "name", "Ana Li",
                "summary", "").strip()))).contains("26");
    }

    @Test
    void aControlWordOfTheLanguageTypedIntoAFormFieldSteersTheFlowInsteadOfFillingTheField() {
        String transcript;
        try (InMemoryCoach coach = InMemoryCoach.open()) {
            transcript = coach.converse("/settings language: es", "/contact add", "cancelar", "/contact list");
        }

        // the hint names the Spanish words, "cancelar" stops the flow instead of becoming the name, nothing is saved
        assertThat(transcript).contains("(cancelar \u00b7 ayuda)", "No se ha guardado nada de ello.",
                text("es", "contact.list.empty"));
    }
}
