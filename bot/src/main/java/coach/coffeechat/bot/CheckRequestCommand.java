package coach.coffeechat.bot;

import coach.coffeechat.bot.console.Terminal;
import coach.coffeechat.checks.CheckReport;
import coach.coffeechat.checks.CheckRules;
import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.checks.RequestChecker;
import coach.coffeechat.checks.RequestDraft;
import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code check-request}: reads a draft request from standard input, checks it like {@code /draft} does, and prints
 * the report as one line of JSON, checked with the words of the language {@code --language} names and worded in it. Always exits 0 once the draft is read; {@code ok} in the JSON says whether an error
 * was found. Input of more than {@link StandardInput#MAX_CHARACTERS} characters is refused with exit code 2.
 *
 * @param format the channel ({@code --format}, default email)
 * @param referrer who suggested the contact ({@code --referrer}), or empty
 * @param recipient whom the request is for ({@code --recipient}), or empty
 * @param plan the LinkedIn plan ({@code --linkedin-plan}, default free)
 * @param language the tag of the language to check in and word the findings in ({@code --language}, default en)
 */
record CheckRequestCommand(RequestFormat format, String referrer, String recipient, LinkedInPlan plan,
                           String language) implements Command.Standalone {

    CheckRequestCommand {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(referrer, "referrer");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(language, "language");
    }

    /** A check in English. */
    CheckRequestCommand(RequestFormat format, String referrer, String recipient, LinkedInPlan plan) {
        this(format, referrer, recipient, plan, Language.ENGLISH.tag());
    }

    @Override
    public int run(Optional<Path> configDir, Terminal terminal) throws IOException {
        CheckLanguage.Found found = CheckLanguage.find(configDir, language);
        if (found instanceof CheckLanguage.Found.Refused refused) {
            terminal.err().println(refused.problem());
            return Main.UNUSABLE;
        }
        CheckLanguage speaks = ((CheckLanguage.Found.Speaks) found).language();
        StandardInput.Piped piped = StandardInput.read(terminal.in());
        if (piped instanceof StandardInput.Piped.TooLong tooLong) {
            terminal.err().println(tooLong.refusal(Subcommand.CHECK_REQUEST.word()));
            return Main.UNUSABLE;
        }
        String text = String.join("\n", ((StandardInput.Piped.Lines) piped).lines());
        try (LanguageScope scope = LanguageScope.open(speaks.language())) {
            RequestChecker checker = new RequestChecker(CheckRules.load(configDir, speaks.language().tag()),
                    speaks.texts());
            CheckReport report = checker.check(new RequestDraft(text, format, referrer, recipient, plan));
            terminal.out().println(ReportJson.write(report, finding -> OptionalInt.empty()));
        }
        return Main.OK;
    }
}
