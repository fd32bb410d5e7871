package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.CommandTexts;
import coach.coffeechat.config.Languages;
import coach.coffeechat.engine.CommandNames;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.CommandSpec.OptionKind;
import coach.coffeechat.engine.CommandSpec.OptionSpec;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class TypedCommandParserTest {
    private static final CommandSpec ADD = CommandSpec.of("contact add", "Add someone");
    private static final CommandSpec LIST = CommandSpec.of("contact list", "Your contacts");
    private static final CommandSpec SHOW = new CommandSpec("contact show", "One contact",
            List.of(OptionSpec.contact("Which contact")));
    private static final CommandSpec STAGE = new CommandSpec("contact stage", "Move a contact",
            List.of(OptionSpec.contact("Which contact"),
                    new OptionSpec("stage", "The new stage", false, OptionKind.CHOICE, List.of())));
    private static final CommandSpec CONTACT = new CommandSpec("contact", "A shorter path",
            List.of(new OptionSpec("name", "A name", false, OptionKind.TEXT, List.of())));
    private static final CommandSpec HELP = CommandSpec.of("help", "What I can do");
    private static final CommandSpec SETTINGS = new CommandSpec("settings", "Your settings", List.of(
            new OptionSpec("timezone", "Your time zone", false, OptionKind.TIME_ZONE, List.of()),
            new OptionSpec("quiet-hours", "Quiet hours", false, OptionKind.TEXT, List.of()),
            new OptionSpec("language", "Language", false, OptionKind.CHOICE, List.of())));

    private final TypedCommandParser parser =
            new TypedCommandParser(List.of(CONTACT, ADD, LIST, SHOW, STAGE, HELP));

    @Test
    void readsACommandWithoutOptions() {
        assertThat(parser.parse("/contact add")).isEqualTo(send("contact add", Map.of()));
    }

    @Test
    void matchesCommandWordsIgnoringCaseAndExtraSpaces() {
        assertThat(parser.parse("  /Contact   LIST  ")).isEqualTo(send("contact list", Map.of()));
    }

    @Test
    void prefersTheLongestMatchingPath() {
        // GIVEN "/contact" and "/contact show" both exist
        // WHEN the line starts with both words
        TypedCommand parsed = parser.parse("/contact show contact: Ana");
        // THEN the longer command wins
        assertThat(parsed).isEqualTo(send("contact show", Map.of("contact", "Ana")));
        assertThat(parser.parse("/contact name: Bo")).isEqualTo(send("contact", Map.of("name", "Bo")));
    }

    @Test
    void matchesWholeWordsOnly() {
        TypedCommandParser showOnly = new TypedCommandParser(List.of(SHOW));

        assertThat(showOnly.parse("/contact showing")).isEqualTo(send("contact showing", Map.of()));
    }

    @Test
    void readsOptionValuesWithSpacesUpToTheNextKnownOption() {
        assertThat(parser.parse("/contact stage contact: Ana Li stage: met"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana Li", "stage", "met")));
    }

    @Test
    void readsOptionsWrittenWithoutASpaceAfterTheColon() {
        assertThat(parser.parse("/contact stage contact:Ana Li stage:met"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana Li", "stage", "met")));
    }

    @Test
    void readsOptionsInAnyOrderAndAnyCase() {
        assertThat(parser.parse("/contact stage Stage: met CONTACT: Ana Li"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana Li", "stage", "met")));
    }

    @Test
    void keepsColonsInsideAValue() {
        assertThat(parser.parse("/contact stage contact: Ana Li: the designer, 10:30 stage: met"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana Li: the designer, 10:30", "stage", "met")));
    }

    @Test
    void dropsQuotesAroundAWholeValue() {
        assertThat(parser.parse("/contact stage contact: \"Ana Li\" stage: 'met'"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana Li", "stage", "met")));
        assertThat(parser.parse("/contact show \u201cAna Li\u201d"))
                .isEqualTo(send("contact show", Map.of("contact", "Ana Li")));
    }

    @Test
    void keepsQuotesThatDoNotWrapTheWholeValue() {
        assertThat(parser.parse("/contact show contact: Ana \"the designer\" Li"))
                .isEqualTo(send("contact show", Map.of("contact", "Ana \"the designer\" Li")));
        assertThat(parser.parse("/contact show contact: \"Ana Li'")).isEqualTo(
                send("contact show", Map.of("contact", "\"Ana Li'")));
        assertThat(parser.parse("/contact stage contact: \" stage: met"))
                .isEqualTo(send("contact stage", Map.of("contact", "\"", "stage", "met")));
    }

    @Test
    void readsOptionsSeparatedByTabs() {
        assertThat(parser.parse("/contact\tstage contact:\tAna Li\tstage:\tmet\t"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana Li", "stage", "met")));
    }

    @Test
    void takesUnnamedTextAsTheValueOfACommandsOnlyOption() {
        assertThat(parser.parse("/contact show Ana Li")).isEqualTo(send("contact show", Map.of("contact", "Ana Li")));
    }

    @Test
    void takesALinkAsAValueRatherThanAnOptionName() {
        assertThat(parser.parse("/contact show https://linkedin.com/in/ana-li"))
                .isEqualTo(send("contact show", Map.of("contact", "https://linkedin.com/in/ana-li")));
    }

    @Test
    void sendsAnOptionGivenWithoutAValueAsEmpty() {
        assertThat(parser.parse("/contact show contact:")).isEqualTo(send("contact show", Map.of("contact", "")));
    }

    @Test
    void refusesAnUnknownOptionName() {
        assertThat(parser.parse("/contact show name: Ana Li"))
                .isEqualTo(new TypedCommand.UnknownOption(SHOW, "name"));
        assertThat(parser.parse("/contact add Name: Ana Li")).isEqualTo(new TypedCommand.UnknownOption(ADD, "Name"));
    }

    @Test
    void refusesAnOptionGivenTwice() {
        assertThat(parser.parse("/contact stage contact: Ana stage: met Contact: Bo"))
                .isEqualTo(new TypedCommand.RepeatedOption(STAGE, "contact"));
    }

    @Test
    void refusesTextThatBelongsToNoOption() {
        // GIVEN a command with two options, one of them named
        assertThat(parser.parse("/contact stage Ana Li stage: met"))
                .isEqualTo(new TypedCommand.StrayText(STAGE, "Ana Li"));
        // GIVEN a command without options
        assertThat(parser.parse("/contact list everyone")).isEqualTo(new TypedCommand.StrayText(LIST, "everyone"));
        // GIVEN the only option is also named
        assertThat(parser.parse("/contact show Ana contact: Li"))
                .isEqualTo(new TypedCommand.StrayText(SHOW, "Ana"));
    }

    @Test
    void sendsAnUnknownCommandAsTypedSoTheEngineCanAnswer() {
        TypedCommandParser parser = new TypedCommandParser(List.of(ADD, LIST, SHOW, STAGE, HELP));

        assertThat(parser.parse("/contact edit contact: Ana Li role: Designer"))
                .isEqualTo(send("contact edit", Map.of("contact", "Ana Li", "role", "Designer")));
        assertThat(parser.parse("/Frobnicate")).isEqualTo(send("frobnicate", Map.of()));
    }

    @Test
    void sendsAnUnknownCommandThatIsOnlyASlash() {
        assertThat(parser.parse("/")).isEqualTo(send("", Map.of()));
    }

    @Test
    void readsASpanishCommandWithItsOptionsAsTheEnglishOne() {
        TypedCommandParser parser = shippedLanguages();

        assertThat(parser.parse("/contacto etapa contacto: Ana Li etapa: met"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana Li", "stage", "met")));
        assertThat(parser.parse("/Ajustes zona-horaria: Europe/Madrid idioma: es"))
                .isEqualTo(send("settings", Map.of("timezone", "Europe/Madrid", "language", "es")));
        assertThat(parser.parse("/contacto añadir")).isEqualTo(send("contact add", Map.of()));
    }

    @Test
    void readsAGermanCommandWithItsOptionsAsTheEnglishOne() {
        TypedCommandParser parser = shippedLanguages();

        assertThat(parser.parse("/kontakt stand kontakt: Ana Li stand: met"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana Li", "stage", "met")));
        assertThat(parser.parse("/einstellungen zeitzone:Europe/Berlin ruhezeiten: 22:00-07:00"))
                .isEqualTo(send("settings", Map.of("timezone", "Europe/Berlin", "quiet-hours", "22:00-07:00")));
        assertThat(parser.parse("/kontakt anzeigen Ana Li")).isEqualTo(send("contact show", Map.of("contact", "Ana Li")));
    }

    @Test
    void readsEnglishAndMixedLanguagesTheSameWay() {
        TypedCommandParser parser = shippedLanguages();

        assertThat(parser.parse("/contact stage contact: Ana stage: met"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana", "stage", "met")));
        assertThat(parser.parse("/contacto stage kontakt: Ana etapa: met"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana", "stage", "met")));
    }

    @Test
    void refusesTheSameOptionGivenInTwoLanguages() {
        assertThat(shippedLanguages().parse("/contact stage contact: Ana contacto: Bo"))
                .isEqualTo(new TypedCommand.RepeatedOption(STAGE, "contact"));
    }

    @Test
    void refusesAnOptionOfAnotherCommandInAnyLanguage() {
        // "zona-horaria" is Spanish for /settings timezone:, not an option of /contact show
        assertThat(shippedLanguages().parse("/contacto ver zona-horaria: Ana"))
                .isEqualTo(new TypedCommand.UnknownOption(SHOW, "zona-horaria"));
    }

    @Test
    void sendsAnUnknownLocalizedCommandAsTyped() {
        assertThat(shippedLanguages().parse("/contacto volar contacto: Ana"))
                .isEqualTo(send("contacto volar", Map.of("contacto", "Ana")));
    }

    @Test
    void readsASpanishChoiceByItsSpanishNameAsItsValue() {
        TypedCommandParser parser = withChoices();

        assertThat(parser.parse("/contacto etapa contacto: Ana etapa: ha respondido"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana", "stage", "replied")));
        assertThat(parser.parse("/contacto etapa contacto: Ana etapa: Reunion Hecha"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana", "stage", "met")));
        assertThat(parser.parse("/contacto ritmo contacto: Ana cada: desactivado: sin recordatorios"))
                .isEqualTo(send("contact cadence", Map.of("contact", "Ana", "every", "off")));
    }

    @Test
    void readsAGermanChoiceByItsGermanNameAsItsValue() {
        TypedCommandParser parser = withChoices();

        assertThat(parser.parse("/kontakt stand kontakt: Ana stand: hat geantwortet"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana", "stage", "replied")));
        assertThat(parser.parse("/kontakt stand kontakt: Ana stand: AUSGEWAEHLT"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana", "stage", "identified")));
        assertThat(parser.parse("/kontakt rhythmus kontakt: Ana intervall: aus: keine Erinnerungen"))
                .isEqualTo(send("contact cadence", Map.of("contact", "Ana", "every", "off")));
    }

    @Test
    void readsEnglishChoiceValuesAsBeforeAndLeavesUnknownValuesAsTyped() {
        TypedCommandParser parser = withChoices();

        assertThat(parser.parse("/contact stage contact: Ana stage: replied"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana", "stage", "replied")));
        assertThat(parser.parse("/contacto etapa contacto: Ana etapa: met"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana", "stage", "met")));
        assertThat(parser.parse("/contact cadence contact: Ana every: 30"))
                .isEqualTo(send("contact cadence", Map.of("contact", "Ana", "every", "30")));
        assertThat(parser.parse("/contact stage contact: Ana stage: flying"))
                .isEqualTo(send("contact stage", Map.of("contact", "Ana", "stage", "flying")));
    }

    /** Commands with fixed choices, their names in every shipped language. */
    private static TypedCommandParser withChoices() {
        CommandTexts texts = CommandTexts.load(Languages.load(Optional.empty()), Optional.empty());
        List<Prompt.Option> stages = Stream.of("identified", "request-drafted", "request-sent", "replied",
                "meeting-scheduled", "met", "thanked", "staying-in-touch", "closed")
                .map(stage -> Prompt.Option.of(stage, stage)).toList();
        List<Prompt.Option> every = Stream.of("30", "60", "90", "off").map(value -> Prompt.Option.of(value, value))
                .toList();
        CommandSpec stage = new CommandSpec("contact stage", "Move a contact", List.of(
                OptionSpec.contact("Which contact"), new OptionSpec("stage", "Stage", true, OptionKind.CHOICE, stages)));
        CommandSpec cadence = new CommandSpec("contact cadence", "Cadence", List.of(
                OptionSpec.contact("Which contact"), new OptionSpec("every", "Every", true, OptionKind.CHOICE, every)));
        List<CommandSpec> specs = List.of(stage, cadence);
        return new TypedCommandParser(specs, CommandNames.of(specs, texts));
    }

    /** The test commands, named in English, Spanish and German as config/lang gives them. */
    private static TypedCommandParser shippedLanguages() {
        CommandTexts texts = CommandTexts.load(Languages.load(Optional.empty()), Optional.empty());
        List<CommandSpec> specs = List.of(ADD, LIST, SHOW, STAGE, SETTINGS, HELP);
        return new TypedCommandParser(specs, CommandNames.of(specs, texts));
    }

    private static TypedCommand send(String path, Map<String, String> options) {
        return new TypedCommand.Send(new Input.Command(path, options));
    }
}
