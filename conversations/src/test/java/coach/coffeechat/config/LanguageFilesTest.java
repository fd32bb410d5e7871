package coach.coffeechat.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.questions.QuestionBank;
import coach.coffeechat.questions.Tag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coach's language under {@code --config} ({@code src/test/resources/lang-fr}: a partial French): its keys and
 * files win for French, everything it leaves out stays English, key by key and file by file; a key English lacks or
 * a placeholder English does not use stops start-up in one line.
 */
final class LanguageFilesTest {
    private static final Texts TEXTS = Texts.load(FrenchConfig.dir());
    private static final Language FRENCH = FrenchConfig.french();

    @Test
    void aLanguagesMessagesWinAndTheRestFallBackToEnglishKeyByKey() {
        try (LanguageScope scope = LanguageScope.open(FRENCH)) {
            assertThat(TEXTS.get("contact.add.saved", "name", "Ana Li")).isEqualTo("Ana Li est enregistré·e.");
            assertThat(TEXTS.get("contact.add.saved.next")).isEqualTo(
                    "Type /contact list to see everyone you're working through.");
            assertThat(TEXTS.get("pipeline.title", "contacts", 1)).isEqualTo("Vos démarches : 1 contact");
            assertThat(TEXTS.get("pipeline.title", "contacts", 3)).isEqualTo("Vos démarches : 3 contacts");
        }
        assertThat(TEXTS.get("contact.add.saved", "name", "Ana Li")).isEqualTo("Saved Ana Li.");
    }

    @Test
    void aLanguagesTemplateWinsAndTheOthersStayEnglishFileByFile() {
        TemplateFiles drafts = TemplateFiles.load("followups", List.of("thank-you-brief.txt", "reminder.txt"),
                FrenchConfig.dir());
        try (LanguageScope scope = LanguageScope.open(FRENCH)) {
            assertThat(drafts.get("thank-you-brief.txt")).startsWith("Subject: Merci pour votre temps");
            assertThat(drafts.get("reminder.txt")).isEqualTo(drafts.getIn(Language.ENGLISH, "reminder.txt"));
        }
        assertThat(drafts.get("thank-you-brief.txt")).startsWith("Subject: Thank you for your time");
    }

    @Test
    void aLanguagesQuestionBankIsAskedInItsLanguage() {
        QuestionBank bank = QuestionBank.load(FrenchConfig.dir());
        try (LanguageScope scope = LanguageScope.open(FRENCH)) {
            assertThat(bank.size()).isEqualTo(4);
            assertThat(bank.tagged(Tag.REFERRAL).get(0).text()).isEqualTo("Avec qui d'autre devrais-je parler ?");
        }
        assertThat(bank.size()).isGreaterThan(4);
        // A language without a bank of its own asks English's questions.
        try (LanguageScope scope = LanguageScope.open(Languages.load(Optional.empty()).find("de").orElseThrow())) {
            assertThat(bank.topics()).isEqualTo(QuestionBank.load(Optional.empty()).topics());
        }
    }

    @Test
    void aLanguagesCommandTextsWinAndTheRestStayEnglish() {
        CommandTexts commands = CommandTexts.load(Languages.load(FrenchConfig.dir()), FrenchConfig.dir());
        assertThat(commands.localized(FRENCH, "contact.add.name")).contains("ajouter");
        assertThat(commands.localized(FRENCH, "contact.list.name")).isEmpty();
        try (LanguageScope scope = LanguageScope.open(FRENCH)) {
            assertThat(commands.text("help.description", "?")).isEqualTo("Ce que je sais faire, et comment");
            assertThat(commands.text("contact.list.name", "?")).isEqualTo("list");
        }
    }

    @Test
    void aKeyEnglishDoesNotHaveIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path config = french(dir, "templates/messages.properties", "contact.add.svaed=${name} enregistré\n");

        assertThatThrownBy(() -> Texts.load(Optional.of(config))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("contact.add.svaed").hasMessageContaining("not a known message")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aPlaceholderEnglishDoesNotUseIsRefused(@TempDir Path dir) throws Exception {
        Path config = french(dir, "templates/messages.properties", "contact.add.saved=${nom} est enregistré\n");

        assertThatThrownBy(() -> Texts.load(Optional.of(config))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("contact.add.saved").hasMessageContaining("[nom]")
                .hasMessageContaining("[name]");
    }

    @Test
    void aPluralKeepsItsCountButTakesTheLanguagesWords(@TempDir Path dir) throws Exception {
        Path config = french(dir, "templates/messages.properties",
                "pipeline.title=Démarches : ${contacts} ${plural:contacts|personne|personnes}\n");
        Texts texts = Texts.load(Optional.of(config));
        try (LanguageScope scope = LanguageScope.open(Languages.load(Optional.of(config)).find("fr").orElseThrow())) {
            assertThat(texts.get("pipeline.title", "contacts", 2)).isEqualTo("Démarches : 2 personnes");
        }
        Path wrongCount = french(dir.resolve("other"), "templates/messages.properties",
                "pipeline.title=Démarches : ${plural:n|personne|personnes}\n");
        assertThatThrownBy(() -> Texts.load(Optional.of(wrongCount))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("plural:n");
    }

    @Test
    void aTemplateWithOtherPlaceholdersIsRefused(@TempDir Path dir) throws Exception {
        Path config = french(dir, "templates/followups/thank-you-brief.txt", "Bonjour ${prenom}, merci !\n");

        assertThatThrownBy(() -> TemplateFiles.load("followups", List.of("thank-you-brief.txt"), Optional.of(config)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("thank-you-brief.txt")
                .hasMessageContaining("prenom");
    }

    @Test
    void aCommandNameDiscordWouldRefuseIsRefused(@TempDir Path dir) throws Exception {
        Path spaced = french(dir.resolve("a"), "commands.properties", "contact.add.name=Ajouter Contact\n");
        assertThatThrownBy(() -> CommandTexts.load(Languages.load(Optional.of(spaced)), Optional.of(spaced)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("contact.add.name")
                .hasMessageContaining("lower-case");
        Path clash = french(dir.resolve("b"), "commands.properties", "contact.add.name=list\n");
        assertThatThrownBy(() -> CommandTexts.load(Languages.load(Optional.of(clash)), Optional.of(clash)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'list'")
                .hasMessageContaining("subcommands of contact");
        Path options = french(dir.resolve("c"), "commands.properties", "draft.option.referrer.name=name\n");
        assertThatThrownBy(() -> CommandTexts.load(Languages.load(Optional.of(options)), Optional.of(options)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("options of draft");
        Path longText = french(dir.resolve("d"), "commands.properties", "help.description=" + "x".repeat(101) + "\n");
        assertThatThrownBy(() -> CommandTexts.load(Languages.load(Optional.of(longText)), Optional.of(longText)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("101 characters");
    }

    @Test
    void aCommandWordThatNamesAnotherCommandInAnotherLanguageIsRefused(@TempDir Path dir) throws Exception {
        // GIVEN a French /pipeline named like English's /draft (French names /draft otherwise: unique within French)
        Path english = french(dir.resolve("a"), "commands.properties", "pipeline.name=draft\ndraft.name=brouillon\n");
        // THEN the console could not tell which one "/draft" means: start-up stops, naming both
        assertThatThrownBy(() -> CommandTexts.load(Languages.load(Optional.of(english)), Optional.of(english)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'draft'")
                .hasMessageContaining("pipeline.name in fr").hasMessageContaining("draft.name in en");
        // GIVEN a French subcommand named like a Spanish sibling ("lista" is Spanish for /contact list)
        Path spanish = french(dir.resolve("b"), "commands.properties", "contact.add.name=lista\n");
        assertThatThrownBy(() -> CommandTexts.load(Languages.load(Optional.of(spanish)), Optional.of(spanish)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'lista'")
                .hasMessageContaining("contact.add.name in fr").hasMessageContaining("contact.list.name in es");
        // GIVEN a French option named like another option of the same command in German ("fachgebiet" is field)
        Path option = french(dir.resolve("c"), "commands.properties", "draft.option.referrer.name=fachgebiet\n");
        assertThatThrownBy(() -> CommandTexts.load(Languages.load(Optional.of(option)), Optional.of(option)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'fachgebiet'");
    }

    @Test
    void theSameWordForTheSameCommandInSeveralLanguagesIsFine(@TempDir Path dir) throws Exception {
        // German keeps "pipeline" and "format" as English has them; French may too
        Path same = french(dir, "commands.properties", "pipeline.name=pipeline\ndraft.option.format.name=formato\n");

        assertThat(CommandTexts.load(Languages.load(Optional.of(same)), Optional.of(same)).english())
                .containsEntry("pipeline.name", "pipeline");
    }

    /** A {@code --config} directory with French and one file of it. */
    private static Path french(Path dir, String file, String content) throws Exception {
        Files.createDirectories(dir.resolve("lang/fr").resolve(file).getParent());
        Files.writeString(dir.resolve("lang/languages.properties"), "fr=Français\n");
        Files.writeString(dir.resolve("lang/fr").resolve(file), content);
        return dir;
    }
}
