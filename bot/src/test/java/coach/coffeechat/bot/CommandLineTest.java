package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.checks.RequestFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class CommandLineTest {
    private static final String REQUEST_USAGE = "Usage: java -jar coffeechat.jar check-request "
            + "[--format email|linkedin|phone] [--referrer NAME] [--recipient NAME] [--linkedin-plan free|premium] "
            + "[--language TAG] [--config DIR] < draft.txt";
    private static final String QUESTIONS_USAGE = "Usage: java -jar coffeechat.jar check-questions [--minutes N] "
            + "[--language TAG] [--config DIR] < questions.txt";

    @Test
    void runsTheConsoleWhenNothingIsGiven() {
        assertThat(CommandLine.parse(List.of()))
                .isEqualTo(new CommandLine.Run(Optional.empty(), new ConsoleCommand(), Optional.empty()));
    }

    @Test
    void readsTheSubcommandAndTheConfigDirectoryInEitherOrder() {
        CommandLine.Run expected = new CommandLine.Run(Optional.of(Subcommand.CONSOLE), new ConsoleCommand(),
                Optional.of(Path.of("conf")));

        assertThat(CommandLine.parse(List.of("console", "--config", "conf"))).isEqualTo(expected);
        assertThat(CommandLine.parse(List.of("--config", "conf", "console"))).isEqualTo(expected);
        assertThat(CommandLine.parse(List.of("--config=conf", "CONSOLE"))).isEqualTo(expected);
    }

    @Test
    void checkRequestDefaultsToAnEmailOnAFreePlanWithNoReferrer() {
        assertThat(CommandLine.parse(List.of("check-request"))).isEqualTo(new CommandLine.Run(
                Optional.of(Subcommand.CHECK_REQUEST),
                new CheckRequestCommand(RequestFormat.EMAIL, "", "", LinkedInPlan.FREE), Optional.empty()));
    }

    @Test
    void checkRequestReadsEveryOptionInEitherSpellingAndOrder() {
        CommandLine expected = new CommandLine.Run(Optional.of(Subcommand.CHECK_REQUEST),
                new CheckRequestCommand(RequestFormat.LINKEDIN, "Sam Park", "Ana Li", LinkedInPlan.PREMIUM),
                Optional.of(Path.of("conf")));

        assertThat(CommandLine.parse(List.of("check-request", "--format", "linkedin", "--referrer", "Sam Park",
                "--recipient", "Ana Li", "--linkedin-plan", "premium", "--config", "conf"))).isEqualTo(expected);
        assertThat(CommandLine.parse(List.of("--config=conf", "--linkedin-plan=PREMIUM", "--referrer=Sam Park",
                "check-request", "--recipient=Ana Li", "--format=LinkedIn"))).isEqualTo(expected);
    }

    @Test
    void checkQuestionsDefaultsToFifteenMinutesAndAcceptsOneToOneHundredEighty() {
        assertThat(command("check-questions")).isEqualTo(new CheckQuestionsCommand(15));
        assertThat(command("check-questions", "--minutes", "1")).isEqualTo(new CheckQuestionsCommand(1));
        assertThat(command("check-questions", "--minutes=180")).isEqualTo(new CheckQuestionsCommand(180));
    }

    @Test
    void bothChecksTakeALanguageEnglishByDefault() {
        assertThat(command("check-questions", "--language", "de")).isEqualTo(new CheckQuestionsCommand(15, "de"));
        assertThat(command("check-request", "--language=es")).isEqualTo(
                new CheckRequestCommand(RequestFormat.EMAIL, "", "", LinkedInPlan.FREE, "es"));
        assertThat(command("check-request")).isEqualTo(
                new CheckRequestCommand(RequestFormat.EMAIL, "", "", LinkedInPlan.FREE, "en"));
    }

    @Test
    void aBadValueIsNamedWithTheSubcommandsUsage() {
        assertThat(CommandLine.parse(List.of("check-request", "--format", "fax"))).isEqualTo(new CommandLine.Mistake(
                "--format must be email, linkedin or phone, not 'fax'.", REQUEST_USAGE));
        assertThat(CommandLine.parse(List.of("check-request", "--linkedin-plan", "gold"))).isEqualTo(
                new CommandLine.Mistake("--linkedin-plan must be free or premium, not 'gold'.", REQUEST_USAGE));
        assertThat(CommandLine.parse(List.of("check-questions", "--minutes", "0"))).isEqualTo(new CommandLine.Mistake(
                "--minutes must be a whole number from 1 to 180, not '0'.", QUESTIONS_USAGE));
        assertThat(CommandLine.parse(List.of("check-questions", "--minutes", "181"))).isInstanceOf(
                CommandLine.Mistake.class);
        assertThat(CommandLine.parse(List.of("check-questions", "--minutes", "ten"))).isInstanceOf(
                CommandLine.Mistake.class);
    }

    @Test
    void aMissingValueIsNamed() {
        assertThat(CommandLine.parse(List.of("check-request", "--referrer"))).isEqualTo(new CommandLine.Mistake(
                "--referrer needs a value: NAME.", REQUEST_USAGE));
        assertThat(CommandLine.parse(List.of("check-request", "--format", "--referrer", "Sam"))).isEqualTo(
                new CommandLine.Mistake("--format needs a value: email|linkedin|phone.", REQUEST_USAGE));
        assertThat(CommandLine.parse(List.of("check-questions", "--minutes="))).isEqualTo(new CommandLine.Mistake(
                "--minutes needs a value: N.", QUESTIONS_USAGE));
    }

    @Test
    void anOptionOfAnotherSubcommandIsRefused() {
        assertThat(CommandLine.parse(List.of("check-questions", "--format", "email"))).isEqualTo(
                new CommandLine.Mistake("check-questions takes no option --format; it belongs to check-request.",
                        QUESTIONS_USAGE));
        assertThat(CommandLine.parse(List.of("--minutes", "20"))).isEqualTo(new CommandLine.Mistake(
                "--minutes belongs to check-questions; name that subcommand first.", CommandLine.usage()));
    }

    @Test
    void anOptionGivenTwiceIsRefused() {
        assertThat(CommandLine.parse(List.of("check-request", "--format", "email", "--format=phone"))).isEqualTo(
                new CommandLine.Mistake("--format was given twice.", REQUEST_USAGE));
    }

    @Test
    void offersHelpForEverySubcommandOrJustOne() {
        assertThat(CommandLine.parse(List.of("--help"))).isEqualTo(new CommandLine.Help(Optional.empty()));
        assertThat(CommandLine.parse(List.of("console", "-h"))).isEqualTo(
                new CommandLine.Help(Optional.of(Subcommand.CONSOLE)));
        assertThat(((CommandLine.Help) CommandLine.parse(List.of("check-request", "--help"))).lines())
                .containsExactly(REQUEST_USAGE);
        assertThat(((CommandLine.Help) CommandLine.parse(List.of("--help"))).lines()).containsExactly(
                "Usage: java -jar coffeechat.jar [console] [--config DIR]", REQUEST_USAGE, QUESTIONS_USAGE);
    }

    @Test
    void namesTheArgumentItCannotUse() {
        assertThat(CommandLine.parse(List.of("chat")))
                .isEqualTo(new CommandLine.Mistake("Unknown subcommand 'chat'.", CommandLine.usage()));
        assertThat(CommandLine.parse(List.of("--verbose")))
                .isEqualTo(new CommandLine.Mistake("Unknown option '--verbose'.", CommandLine.usage()));
        assertThat(CommandLine.parse(List.of("check-request", "-v")))
                .isEqualTo(new CommandLine.Mistake("Unknown option '-v'.", REQUEST_USAGE));
        assertThat(CommandLine.parse(List.of("--config")))
                .isEqualTo(new CommandLine.Mistake("--config needs a directory.", CommandLine.usage()));
        assertThat(CommandLine.parse(List.of("--config", "a", "--config", "b")))
                .isEqualTo(new CommandLine.Mistake("--config was given twice.", CommandLine.usage()));
        assertThat(CommandLine.parse(List.of("console", "check-request"))).isEqualTo(new CommandLine.Mistake(
                "Only one subcommand at a time; got 'console' and 'check-request'.",
                "Usage: java -jar coffeechat.jar [console] [--config DIR]"));
    }

    @Test
    void theShortUsageNamesEverySubcommand() {
        assertThat(CommandLine.usage()).isEqualTo("Usage: java -jar coffeechat.jar "
                + "[console|check-request|check-questions] [options] [--config DIR]; --help lists the options");
    }

    private static Command command(String... args) {
        CommandLine parsed = CommandLine.parse(List.of(args));
        assertThat(parsed).isInstanceOf(CommandLine.Run.class);
        return ((CommandLine.Run) parsed).command();
    }
}
