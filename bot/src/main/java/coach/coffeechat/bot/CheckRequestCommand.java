package coach.coffeechat.bot;

import coach.coffeechat.bot.console.Terminal;
import coach.coffeechat.checks.CheckReport;
import coach.coffeechat.checks.CheckRules;
import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.checks.RequestChecker;
import coach.coffeechat.checks.RequestDraft;
import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.config.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code check-request}: reads a draft request from standard input, checks it like {@code /draft} does, and prints
 * the report as one line of JSON. Always exits 0 once the draft is read; {@code ok} in the JSON says whether an error
 * was found. Input of more than {@link StandardInput#MAX_CHARACTERS} characters is refused with exit code 2.
 *
 * @param format the channel ({@code --format}, default email)
 * @param referrer who suggested the contact ({@code --referrer}), or empty
 * @param recipient whom the request is for ({@code --recipient}), or empty
 * @param plan the LinkedIn plan ({@code --linkedin-plan}, default free)
 */
record CheckRequestCommand(RequestFormat format, String referrer, String recipient, LinkedInPlan plan)
        implements Command.Standalone {

    CheckRequestCommand {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(referrer, "referrer");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(plan, "plan");
    }

    @Override
    public int run(Optional<Path> configDir, Terminal terminal) throws IOException {
        RequestChecker checker = new RequestChecker(CheckRules.load(configDir), Texts.load(configDir));
        StandardInput.Piped piped = StandardInput.read(terminal.in());
        if (piped instanceof StandardInput.Piped.TooLong tooLong) {
            terminal.err().println(tooLong.refusal(Subcommand.CHECK_REQUEST.word()));
            return Main.UNUSABLE;
        }
        String text = String.join("\n", ((StandardInput.Piped.Lines) piped).lines());
        CheckReport report = checker.check(new RequestDraft(text, format, referrer, recipient, plan));
        terminal.out().println(ReportJson.write(report, finding -> OptionalInt.empty()));
        return Main.OK;
    }
}
