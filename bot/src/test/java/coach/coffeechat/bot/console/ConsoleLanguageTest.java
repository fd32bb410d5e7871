package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The console has no Discord locale: it speaks English until the user chooses a language with {@code /settings
 * language:}, then that one from the very answer, in every later session too, until they choose auto again. The
 * language is a partial French a coach added under {@code --config} ({@code src/test/resources/lang-fr}).
 */
final class ConsoleLanguageTest {
    @Test
    void settingsLanguageSwitchesTheConsoleAndItStays() throws Exception {
        try (InMemoryCoach coach = InMemoryCoach.open(frenchConfig())) {
            String first = coach.converse("/settings", "/settings language: fr", "/settings");
            String next = coach.converse("/settings", "/settings language: auto");

            assertThat(first).contains("Language: auto, following Discord (now English).")
                    .contains("C'est noté.")
                    .containsSubsequence("Langue : Français.", "Langue : Français.");
            assertThat(next).contains("Langue : Français.")
                    .contains("Saved.", "Language: auto, following Discord (now English).");
        }
    }

    @Test
    void aSpanishUserTypesAndReadsTheSpanishCommandNames() throws Exception {
        try (InMemoryCoach coach = InMemoryCoach.open(frenchConfig())) {
            // GIVEN Spanish chosen with the Spanish names of the command and its option
            String chosen = coach.converse("/ajustes idioma: es");
            // WHEN they ask for help and mistype an option
            String help = coach.converse("/ayuda", "/contacto ver zona-horaria: Ana");

            // THEN the commands are listed, and explained, by their Spanish names; English ones still work
            assertThat(chosen).contains("Guardado.");
            assertThat(help).contains("/contacto añadir — ", "/ajustes [zona-horaria:] [horas-de-silencio:]",
                    "/contacto ver no tiene la opción \"zona-horaria\". Escríbelo así: /contacto ver contacto:");
            assertThat(coach.converse("/settings language: auto")).contains("Saved.");
        }
    }

    @Test
    void aChoiceIsTypedAsTheMessagesNameItInEachLanguage() throws Exception {
        try (InMemoryCoach coach = InMemoryCoach.open(frenchConfig())) {
            // GIVEN Spanish, whose settings reply suggests linkedin: premium (notas de hasta 300 caracteres)
            String spanish = coach.converse("/ajustes idioma: es", "/ajustes");
            // WHEN the user types the choice as the message names it, then in German, then in English
            String premium = coach.converse("/ajustes linkedin: premium (notas de hasta 300 caracteres)");
            String free = coach.converse("/ajustes idioma: de",
                    "/einstellungen linkedin: KOSTENLOS (Nachrichten bis 200 Zeichen)");
            String english = coach.converse("/settings language: auto", "/settings linkedin: premium");

            // THEN each is the choice's value
            assertThat(spanish).contains("linkedin: premium (notas de hasta 300 caracteres)");
            assertThat(premium).contains("Guardado.", "LinkedIn premium (notas de hasta 300 caracteres).");
            assertThat(free).contains("LinkedIn kostenlos (Nachrichten bis 200 Zeichen).");
            assertThat(english).contains("Saved.").doesNotContain("isn't");
        }
    }

    @Test
    void aGermanCommandIsReadInTheEnglishConsole() throws Exception {
        try (InMemoryCoach coach = InMemoryCoach.open(frenchConfig())) {
            String reply = coach.converse("/einstellungen zeitzone: Europe/Berlin", "/hilfe");

            assertThat(reply).contains("Saved.").contains("/contact add — ").doesNotContain("/kontakt");
        }
    }

    private static Path frenchConfig() throws URISyntaxException {
        return Path.of(ConsoleLanguageTest.class.getClassLoader().getResource("lang-fr").toURI());
    }
}
