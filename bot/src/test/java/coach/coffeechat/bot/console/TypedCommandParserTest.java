package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.CommandSpec.OptionKind;
import coach.coffeechat.engine.CommandSpec.OptionSpec;
import coach.coffeechat.engine.Input;
import java.util.List;
import java.util.Map;
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

    private static TypedCommand send(String path, Map<String, String> options) {
        return new TypedCommand.Send(new Input.Command(path, options));
    }
}
