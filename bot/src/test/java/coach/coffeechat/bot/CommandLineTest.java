package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class CommandLineTest {

    @Test
    void runsTheDefaultWhenNothingIsGiven() {
        assertThat(CommandLine.parse(List.of())).isEqualTo(new CommandLine.Run(Optional.empty(), Optional.empty()));
    }

    @Test
    void readsTheSubcommandAndTheConfigDirectoryInEitherOrder() {
        CommandLine.Run expected = new CommandLine.Run(Optional.of(Subcommand.CONSOLE), Optional.of(Path.of("conf")));

        assertThat(CommandLine.parse(List.of("console", "--config", "conf"))).isEqualTo(expected);
        assertThat(CommandLine.parse(List.of("--config", "conf", "console"))).isEqualTo(expected);
        assertThat(CommandLine.parse(List.of("--config=conf", "CONSOLE"))).isEqualTo(expected);
    }

    @Test
    void offersHelp() {
        assertThat(CommandLine.parse(List.of("--help"))).isInstanceOf(CommandLine.Help.class);
        assertThat(CommandLine.parse(List.of("console", "-h"))).isInstanceOf(CommandLine.Help.class);
    }

    @Test
    void namesTheArgumentItCannotUse() {
        assertThat(CommandLine.parse(List.of("chat")))
                .isEqualTo(new CommandLine.Mistake("Unknown subcommand 'chat'."));
        assertThat(CommandLine.parse(List.of("--verbose")))
                .isEqualTo(new CommandLine.Mistake("Unknown option '--verbose'."));
        assertThat(CommandLine.parse(List.of("--config")))
                .isEqualTo(new CommandLine.Mistake("--config needs a directory."));
        assertThat(CommandLine.parse(List.of("--config", "a", "--config", "b")))
                .isEqualTo(new CommandLine.Mistake("--config was given twice."));
        assertThat(CommandLine.parse(List.of("console", "console")))
                .isEqualTo(new CommandLine.Mistake("Only one subcommand at a time; got 'console' and 'console'."));
    }

    @Test
    void usageNamesEverySubcommand() {
        assertThat(CommandLine.usage()).isEqualTo("Usage: java -jar coffeechat.jar [console] [--config DIR]");
    }
}
