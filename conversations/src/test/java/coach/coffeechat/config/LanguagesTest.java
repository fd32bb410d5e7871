package coach.coffeechat.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LanguagesTest {
    private static final Languages SHIPPED = Languages.load(Optional.empty());

    @Test
    void discordLocalesPickTheShippedLanguages() {
        assertThat(SHIPPED.all()).extracting(Language::tag).containsExactly("en", "de", "es");
        assertThat(SHIPPED.forDiscordLocale("es-ES")).map(Language::tag).contains("es");
        assertThat(SHIPPED.forDiscordLocale("es-419")).map(Language::tag).contains("es");
        assertThat(SHIPPED.forDiscordLocale("de")).map(Language::tag).contains("de");
        assertThat(SHIPPED.forDiscordLocale("en-GB")).map(Language::tag).contains("en");
        assertThat(SHIPPED.forDiscordLocale("fr")).isEmpty();
        assertThat(SHIPPED.find("es")).map(Language::name).contains("Español");
    }

    @Test
    void theChosenLanguageComesFirstThenThisInteractionsLocaleThenTheLastOneThenEnglish() {
        Optional<String> none = Optional.empty();
        assertThat(SHIPPED.pick(Optional.of("de"), Optional.of("es-ES"), Optional.of("es-419")).tag()).isEqualTo("de");
        assertThat(SHIPPED.pick(none, Optional.of("es-ES"), Optional.of("de")).tag()).isEqualTo("es");
        assertThat(SHIPPED.pick(none, none, Optional.of("de")).tag()).isEqualTo("de");
        assertThat(SHIPPED.pick(none, none, none).tag()).isEqualTo("en");
        // A Discord language the bot does not speak is English, not the language last seen before it.
        assertThat(SHIPPED.pick(none, Optional.of("ja"), Optional.of("de")).tag()).isEqualTo("en");
        // A choice no longer offered (a coach removed the language) counts as auto.
        assertThat(SHIPPED.pick(Optional.of("fr"), Optional.of("de"), none).tag()).isEqualTo("de");
    }

    @Test
    void aConfigDirectoryAddsALanguageWithoutRebuilding() {
        Languages languages = Languages.load(FrenchConfig.dir());

        assertThat(languages.all()).extracting(Language::tag).containsExactly("en", "de", "es", "fr");
        assertThat(languages.forDiscordLocale("fr")).map(Language::name).contains("Français");
    }

    @Test
    void aLanguageFolderWithoutALineIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lang/it/templates"));

        assertThatThrownBy(() -> Languages.load(Optional.of(dir))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("lang/it").hasMessageContaining("it=<its name in itself>")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aFileWithoutAnEnglishCounterpartIsRefused(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lang/it/templates/requests"));
        Files.writeString(dir.resolve("lang/languages.properties"), "it=Italiano\n");
        Files.writeString(dir.resolve("lang/it/templates/requests/email-warn.txt"), "Ciao ${first}\n");

        assertThatThrownBy(() -> Languages.load(Optional.of(dir))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("email-warn.txt").hasMessageContaining("no English counterpart");
    }

    @Test
    void aLocaleClaimedByTwoLanguagesIsRefused(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lang"));
        Files.writeString(dir.resolve("lang/languages.properties"), "pt=Português\npt.discord-locales=es-ES\n");

        assertThatThrownBy(() -> Languages.load(Optional.of(dir))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("es-ES");
    }
}
