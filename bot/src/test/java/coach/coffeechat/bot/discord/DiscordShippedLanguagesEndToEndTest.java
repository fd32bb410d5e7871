package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.bot.discord.fake.Bodies;
import coach.coffeechat.bot.discord.fake.FakeDiscord;
import coach.coffeechat.bot.discord.fake.FakeUser;
import coach.coffeechat.bot.discord.fake.GatewayEvents.Where;
import coach.coffeechat.bot.discord.fake.RecordedCall;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The shipped Spanish and German end to end, with the real JDA on the fake Discord and the bot's own configuration:
 * the registration carries their command names for every Discord locale each claims, and an interaction from a
 * Discord set to {@code es-ES}, {@code es-419} or {@code de} is answered in that language, down to the draft and the
 * checks of {@code /draft}. Every request body is checked against Discord's OpenAPI description when the bot closes.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
final class DiscordShippedLanguagesEndToEndTest {
    private BotOnFakeDiscord bot;
    private FakeDiscord discord;

    @BeforeEach
    void start() throws Exception {
        bot = BotOnFakeDiscord.start(DiscordEndToEndTest.CLOCK);
        discord = bot.discord;
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void theRegistrationNamesTheCommandsInSpanishAndGerman() {
        RecordedCall put = discord.awaitRequest("PUT", "applications/\\d+/commands", DiscordEndToEndTest.WAIT);

        JsonNode draft = BotOnFakeDiscord.command(put.body(), "draft");
        assertThat(draft.path("name_localizations").path("es-ES").asText()).isEqualTo("borrador");
        assertThat(draft.path("name_localizations").path("es-419").asText()).isEqualTo("borrador");
        assertThat(draft.path("name_localizations").path("de").asText()).isEqualTo("entwurf");
        assertThat(BotOnFakeDiscord.command(put.body(), "contact").path("name_localizations").path("de").asText()).isEqualTo("kontakt");
    }

    @Test
    void aSpanishDiscordIsAnsweredInSpanish() {
        FakeUser lucia = discord.newUser("lucia");

        assertThat(settingsIn(lucia, "es-ES")).contains("Idioma: automático, según tu Discord (ahora Español).");
        String drafted = draftIn(lucia, "es-419", "Marta Ruiz", "enfermería");

        assertThat(drafted).contains("Asunto:", "Marta Ruiz", "enfermería").doesNotContain("Subject:", "Hi Marta");
    }

    @Test
    void aGermanDiscordIsAnsweredInGerman() {
        FakeUser jonas = discord.newUser("jonas");

        assertThat(settingsIn(jonas, "de")).contains("Sprache: automatisch, wie in Discord (gerade Deutsch).");
        String drafted = draftIn(jonas, "de", "Katrin Vogel", "Pflege");

        assertThat(drafted).contains("Betreff:", "Katrin Vogel", "Pflege").doesNotContain("Subject:", "Hi Katrin");
    }

    private String settingsIn(FakeUser user, String locale) {
        ObjectNode interaction = discord.events().slashCommand(user, Where.DIRECT_MESSAGE, "settings", Map.of());
        interaction.put("locale", locale);
        return Bodies.text(bot.answer(interaction).body());
    }

    private String draftIn(FakeUser user, String locale, String name, String field) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("name", name);
        options.put("field", field);
        ObjectNode interaction = discord.events().slashCommand(user, Where.DIRECT_MESSAGE, "draft", options);
        interaction.put("locale", locale);
        return Bodies.text(bot.answer(interaction).body());
    }


}
