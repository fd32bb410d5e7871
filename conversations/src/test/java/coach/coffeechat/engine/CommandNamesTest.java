package coach.coffeechat.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.config.CommandTexts;
import coach.coffeechat.config.ConfigException;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Languages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command names both ways: a typed name in any language to English's, and English's to the current language's. */
final class CommandNamesTest {
    private static final Languages LANGUAGES = Languages.load(Optional.empty());
    private static final CommandSpec SHOW = new CommandSpec("contact show", "One contact", List.of(
            CommandSpec.OptionSpec.contact("Which contact"),
            new CommandSpec.OptionSpec(Place.SERVER_OPTION, "The server", false, CommandSpec.OptionKind.SERVER,
                    List.of())));
    private static final CommandSpec STAGE = new CommandSpec("contact stage", "Move a contact", List.of(
            CommandSpec.OptionSpec.contact("Which contact"), new CommandSpec.OptionSpec("stage", "The new stage", true,
                    CommandSpec.OptionKind.CHOICE, List.of(Prompt.Option.of("met", "Met"),
                            Prompt.Option.of("replied", "Replied")))));

    @Test
    void writesACommandInTheCurrentLanguageAndReadsItInAny() {
        CommandNames names = CommandNames.of(List.of(SHOW), CommandTexts.load(LANGUAGES, Optional.empty()));

        try (LanguageScope scope = LanguageScope.open(LANGUAGES.find("es").orElseThrow())) {
            assertThat(names.usage(SHOW)).isEqualTo("/contacto ver contacto: [server:]");
        }
        assertThat(names.usage(SHOW)).isEqualTo(SHOW.usage()).isEqualTo("/contact show contact: [server:]");
        assertThat(names.word("", "KONTAKT")).contains("contact");
        assertThat(names.word("contact", "anzeigen")).contains("show");
        assertThat(names.word("contact", "show")).contains("show");
        assertThat(names.option(SHOW, "contacto")).contains("contact");
        assertThat(names.option(SHOW, "server")).contains("server");
        assertThat(names.word("", "kontakte")).isEmpty();
    }

    @Test
    void anOptionNamedLikeTheConsolesServerOptionIsRefused(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lang/fr"));
        Files.writeString(dir.resolve("lang/languages.properties"), "fr=Français\n");
        Files.writeString(dir.resolve("lang/fr/commands.properties"), "contact.show.option.contact.name=server\n");
        CommandTexts texts = CommandTexts.load(Languages.load(Optional.of(dir)), Optional.of(dir));

        assertThatThrownBy(() -> CommandNames.of(List.of(SHOW), texts)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("'server'").hasMessageContaining("/contact show");
    }

    @Test
    void aChoiceNameMeaningAnotherValueIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lang/fr"));
        Files.writeString(dir.resolve("lang/languages.properties"), "fr=Français\n");
        Files.writeString(dir.resolve("lang/fr/commands.properties"),
                "contact.stage.option.stage.choice.met=Replied\n");
        CommandTexts texts = CommandTexts.load(Languages.load(Optional.of(dir)), Optional.of(dir));

        assertThatThrownBy(() -> CommandNames.of(List.of(STAGE), texts)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("'Replied'").hasMessageContaining("in fr")
                .hasMessageContaining("/contact stage stage:").hasMessageNotContaining("\n");
    }

    @Test
    void readsAChoiceByItsValueOrItsNameInAnyLanguage() {
        CommandNames names = CommandNames.of(List.of(STAGE), CommandTexts.load(LANGUAGES, Optional.empty()));

        assertThat(names.choice(STAGE, "stage", "met")).contains("met");
        assertThat(names.choice(STAGE, "stage", " reunión  HECHA ")).contains("met");
        assertThat(names.choice(STAGE, "stage", "getroffen")).contains("met");
        assertThat(names.choice(STAGE, "stage", "zurück")).isEmpty();
        assertThat(names.choice(STAGE, "contact", "met")).isEmpty();
    }
}
