package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.config.CommandTexts;
import coach.coffeechat.config.ConfigException;
import coach.coffeechat.config.Languages;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.CommandSpec.OptionKind;
import coach.coffeechat.engine.CommandSpec.OptionSpec;
import coach.coffeechat.engine.Prompt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each language's command texts become Discord's localizations, for every Discord locale the language claims. */
final class SlashCommandLocalizationsTest {
    private static final CommandCatalog CATALOG = CommandCatalog.builder()
            .add(new CommandSpec("settings", "Your settings", List.of(new OptionSpec("language", "Which language",
                    false, OptionKind.CHOICE, List.of(Prompt.Option.of("auto", "Auto: follow Discord"))))), null)
            .build();

    @Test
    void aLanguagesTextsGoToEachOfItsDiscordLocales(@TempDir Path dir) throws Exception {
        Optional<Path> config = config(dir, "pt=Português\npt.discord-locales=pt-BR\n",
                "settings.name=ajustes\nsettings.option.language.choice.auto=Automático\n");
        Languages languages = Languages.load(config);

        SlashCommandData settings = SlashCommands.from(CATALOG, CommandTexts.load(languages, config), languages).stream()
                .filter(command -> command.getName().equals("settings")).findFirst().orElseThrow();

        assertThat(settings.getNameLocalizations().toMap()).containsEntry(DiscordLocale.PORTUGUESE_BRAZILIAN, "ajustes");
        // pt gives no description: Discord shows the English one (the shipped languages give theirs)
        assertThat(settings.getDescriptionLocalizations().toMap()).doesNotContainKey(DiscordLocale.PORTUGUESE_BRAZILIAN)
                .containsKeys(DiscordLocale.SPANISH, DiscordLocale.GERMAN);
        OptionData language = settings.getOptions().get(0);
        assertThat(language.getChoices().get(0).getNameLocalizations().toMap())
                .containsEntry(DiscordLocale.PORTUGUESE_BRAZILIAN, "Automático");
        assertThat(language.getNameLocalizations().toMap()).doesNotContainKey(DiscordLocale.PORTUGUESE_BRAZILIAN);
    }

    @Test
    void aLocaleDiscordDoesNotKnowIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Optional<Path> config = config(dir, "pt=Português\npt.discord-locales=pt-PT\n", "settings.name=ajustes\n");
        Languages languages = Languages.load(config);
        CommandTexts texts = CommandTexts.load(languages, config);

        assertThatThrownBy(() -> SlashCommands.from(CATALOG, texts, languages)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("pt-PT").hasMessageContaining("pt.discord-locales");
    }

    private static Optional<Path> config(Path dir, String languages, String commands) throws Exception {
        Files.createDirectories(dir.resolve("lang/pt"));
        Files.writeString(dir.resolve("lang/languages.properties"), languages);
        Files.writeString(dir.resolve("lang/pt/commands.properties"), commands);
        return Optional.of(dir);
    }
}
