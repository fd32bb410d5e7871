package coach.coffeechat;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.FrenchConfig;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpKind;
import coach.coffeechat.followup.FollowUpPrompt;
import coach.coffeechat.testing.ProductBench;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole product speaking a language a coach added under {@code --config} (a partial French): the language
 * chosen with {@code /settings language:} wins over the Discord locale, the locale over the last one seen, and the
 * timer writes to each user in their language with nobody's input to go by.
 */
final class LanguagesOnTheProductTest {
    private static final UserId ANA = new UserId("ana");
    private static final UserId BEN = new UserId("ben");
    private static final String FRENCH_REMINDER = "Vous avez laissé l'ajout d'un contact en suspens. Tapez /resume"
            + " pour reprendre là où vous en étiez.";

    private final ProductBench bench = new ProductBench(FrenchConfig.dir());
    private final Coach coach = bench.coach();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void theChosenLanguageWinsOverTheLocaleAndTheLocaleOverTheLastOneSeen() {
        assertThat(cancelNothing(ANA, Optional.of("fr"))).contains("Rien n'est en cours");
        assertThat(cancelNothing(ANA, Optional.of("en-US"))).contains("There's nothing in progress");

        speak(ANA, Optional.of("en-US"), new Input.Command("settings", Map.of("language", "fr")));

        assertThat(cancelNothing(ANA, Optional.of("en-US"))).contains("Rien n'est en cours");
        assertThat(cancelNothing(ANA, Optional.empty())).contains("Rien n'est en cours");
        // Out of the scope, nothing is left of French on this thread.
        assertThat(coach.texts().get("engine.nothing-open")).startsWith("There's nothing in progress");
    }

    @Test
    void aLanguageTheBotDoesNotSpeakIsRefusedAndChangesNothing() {
        speak(ANA, Optional.of("fr"), new Input.Command("settings", Map.of("language", "fr")));

        String refused = speak(ANA, Optional.of("fr"), new Input.Command("settings", Map.of("language", "klingon",
                "timezone", "Europe/Paris"))).text();

        assertThat(refused).contains("\"klingon\"", "auto, en (English), de (Deutsch), es (Español), fr (Français)");
        assertThat(speak(ANA, Optional.of("en-US"), Input.Command.of("settings")).text())
                .contains("Langue : Français.").doesNotContain("Europe/Paris");
    }

    @Test
    void withoutALocaleTheLastOneSeenDecides() {
        // Ben has a row (a time zone) and last wrote from a French Discord.
        speak(BEN, Optional.of("fr"), new Input.Command("settings", Map.of("timezone", "Europe/Paris")));
        speak(BEN, Optional.of("fr"), Input.Command.of("help"));

        assertThat(cancelNothing(BEN, Optional.empty())).contains("Rien n'est en cours");
    }

    @Test
    void theTimerWritesInTheLanguageTheUserChose() {
        speak(ANA, Optional.of("en-US"), new Input.Command("settings", Map.of("language", "fr")));
        speak(ANA, Optional.of("en-US"), Input.Command.of("contact add"));

        bench.clock().advance(Duration.ofDays(1));
        bench.timer().runOnce();

        assertThat(bench.delivered()).extracting(FollowUpPrompt::kind).containsExactly(FollowUpKind.UNFINISHED_FLOW);
        assertThat(bench.delivered().get(0).text()).isEqualTo(FRENCH_REMINDER);
    }

    @Test
    void theTimerWritesInTheLanguageOfTheLastDiscordLocaleSeen() {
        speak(BEN, Optional.of("fr"), new Input.Command("settings", Map.of("timezone", "Europe/Paris")));
        speak(BEN, Optional.of("fr"), Input.Command.of("contact add"));
        speak(ANA, Optional.of("en-US"), new Input.Command("settings", Map.of("timezone", "Europe/Paris")));
        speak(ANA, Optional.of("en-US"), Input.Command.of("contact add"));

        bench.clock().advance(Duration.ofDays(1));
        bench.timer().runOnce();

        assertThat(bench.delivered()).filteredOn(prompt -> prompt.owner().equals(BEN))
                .extracting(FollowUpPrompt::text).containsExactly(FRENCH_REMINDER);
        assertThat(bench.delivered()).filteredOn(prompt -> prompt.owner().equals(ANA))
                .extracting(FollowUpPrompt::text).containsExactly("You left adding a contact unfinished. Type"
                        + " /resume to pick it up where you stopped.");
    }

    @Test
    void someoneWithNoSettingsYetIsRemindedInTheLanguageTheirFlowWasIn() {
        UserId carol = new UserId("carol");
        speak(carol, Optional.of("fr"), Input.Command.of("contact add"));

        bench.clock().advance(Duration.ofDays(1));
        bench.timer().runOnce();

        assertThat(bench.delivered()).extracting(FollowUpPrompt::text).containsExactly(FRENCH_REMINDER);
    }

    @Test
    void repliesNameTheCommandsAsTheUsersDiscordShowsThem() {
        speak(ANA, Optional.of("es-ES"), Input.Command.of("contact add"));

        String interrupted = speak(ANA, Optional.of("es-ES"), Input.Command.of("questions check")).text();
        String help = speak(BEN, Optional.of("de"), Input.Command.of("help")).text();

        assertThat(interrupted).contains("empiezas /preguntas revisar?");
        assertThat(speak(BEN, Optional.of("es-419"), Input.Command.of("meeting log")).text())
                .contains("Por ejemplo: /reunión registrar contacto: Ana Li");
        assertThat(help).contains("• /kontakt hinzufügen — ", "• /einstellungen [zeitzone:] [ruhezeiten:]")
                .doesNotContain("/contact add");
    }

    /** The answer to "cancel" with nothing open: in the user's language. */
    private String cancelNothing(UserId user, Optional<String> locale) {
        return speak(user, locale, new Input.Control(ControlAction.CANCEL)).text();
    }

    /** Handles an input as a transport does: in the scope of the user's language for it. */
    private Reply speak(UserId user, Optional<String> locale, Input input) {
        try (LanguageScope scope = coach.speak(user, locale)) {
            return coach.conversations().handle(user, input);
        }
    }
}
