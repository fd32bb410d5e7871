package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.bot.discord.fake.Bodies;
import coach.coffeechat.bot.discord.fake.FakeDiscord;
import coach.coffeechat.bot.discord.fake.FakeUser;
import coach.coffeechat.bot.discord.fake.GatewayEvents.Where;
import coach.coffeechat.bot.discord.fake.RecordedCall;
import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Texts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The bot in several languages, with the real JDA client on the fake Discord: the commands are registered with every
 * language's names and descriptions, and each interaction is answered in the language its locale picks, unless the
 * user chose one with {@code /settings language:}. The languages are the shipped ones plus a partial French added
 * under {@code --config} ({@code src/test/resources/lang-fr}), as a coach would add one without rebuilding. Every
 * body is checked against Discord's OpenAPI description when the bot closes.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
final class DiscordLanguagesEndToEndTest {
    private BotOnFakeDiscord bot;
    private FakeDiscord discord;

    @BeforeEach
    void start() throws Exception {
        bot = BotOnFakeDiscord.start(DiscordEndToEndTest.CLOCK, frenchConfig());
        discord = bot.discord;
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void theRegisteredCommandsCarryEveryLanguagesNamesAndDescriptions() {
        RecordedCall put = discord.awaitRequest("PUT", "applications/\\d+/commands", DiscordEndToEndTest.WAIT);

        JsonNode settings = BotOnFakeDiscord.command(put.body(), "settings");
        assertThat(settings.path("name_localizations").path("fr").asText()).isEqualTo("réglages");
        assertThat(settings.path("description_localizations").path("fr").asText()).startsWith("Votre fuseau");
        JsonNode language = option(settings, "language");
        assertThat(language.path("name_localizations").path("fr").asText()).isEqualTo("langue");
        assertThat(language.path("choices").get(0).path("name_localizations").path("fr").asText())
                .isEqualTo("Auto : suivre la langue de mon Discord");
        JsonNode add = option(BotOnFakeDiscord.command(put.body(), "contact"), "add");
        assertThat(add.path("name").asText()).isEqualTo("add");
        assertThat(add.path("name_localizations").path("fr").asText()).isEqualTo("ajouter");
        // What French leaves out stays English: no localization, Discord shows the English name.
        assertThat(option(BotOnFakeDiscord.command(put.body(), "contact"), "list").path("name_localizations").has("fr")).isFalse();
    }

    @Test
    void anInteractionIsAnsweredInTheLanguageItsLocalePicksUnlessTheUserChoseOne() {
        FakeUser ana = discord.newUser("ana");

        assertThat(answeredIn(ana, "fr")).contains("Langue : auto, comme votre Discord (en ce moment Français).");
        assertThat(answeredIn(ana, "en-US")).contains("Language: auto, following Discord (now English).");
        // A Discord language no language claims is answered in English.
        assertThat(answeredIn(ana, "ja")).contains("Language: auto, following Discord (now English).");

        // WHEN Ana chooses French with /settings language: fr, from an English Discord
        ObjectNode choose = discord.events().slashCommand(ana, Where.DIRECT_MESSAGE, "settings", Map.of("language", "fr"));
        choose.put("locale", "en-US");
        String chosen = Bodies.text(bot.answer(choose).body());

        // THEN the answer already speaks French, and so does every later one, whatever her Discord's language
        assertThat(chosen).contains("C'est noté.", "Langue : Français.");
        assertThat(answeredIn(ana, "en-US")).contains("Langue : Français.");

        // WHEN she goes back to auto, her Discord's language (English) decides again
        ObjectNode auto = discord.events().slashCommand(ana, Where.DIRECT_MESSAGE, "settings", Map.of("language", "auto"));
        auto.put("locale", "en-US");
        assertThat(Bodies.text(bot.answer(auto).body())).contains("Saved.", "Language: auto, following Discord");
    }

    @Test
    void everyDiscordLocaleOfEveryLanguageIsAnsweredInThatLanguage() {
        Texts texts = bot.coach.texts();
        for (Language language : texts.languages().all()) {
            for (String locale : language.discordLocales()) {
                String expected;
                try (LanguageScope scope = LanguageScope.open(language)) {
                    expected = texts.get("settings.language.current", "language",
                            texts.get("settings.language.following", "language", language.name()));
                }
                assertThat(answeredIn(discord.newUser("u" + locale), locale)).as(locale).contains(expected);
            }
        }
    }

    /**
     * The text of the answer to {@code /settings} (no options) sent from a Discord set to {@code locale}: its last
     * line says the language in that language. For assertions on a shipped language, such as
     * {@code assertThat(answeredIn(user, "es-ES")).contains("Idioma: ...")}.
     */
    String answeredIn(FakeUser user, String locale) {
        ObjectNode interaction = discord.events().slashCommand(user, Where.DIRECT_MESSAGE, "settings", Map.of());
        interaction.put("locale", locale);
        return Bodies.text(bot.answer(interaction).body());
    }



    private static JsonNode option(JsonNode command, String name) {
        for (JsonNode option : command.path("options")) {
            if (option.path("name").asText().equals(name)) {
                return option;
            }
        }
        throw new AssertionError("no option " + name + " in " + command);
    }

    /** The test {@code --config} directory that adds French. */
    static Optional<Path> frenchConfig() {
        try {
            return Optional.of(Path.of(DiscordLanguagesEndToEndTest.class.getClassLoader().getResource("lang-fr")
                    .toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
