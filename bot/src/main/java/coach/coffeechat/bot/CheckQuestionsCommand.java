package coach.coffeechat.bot;

import coach.coffeechat.bot.console.Terminal;
import coach.coffeechat.checks.CheckReport;
import coach.coffeechat.checks.CheckRules;
import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.engine.Minutes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code check-questions}: reads one question per line from standard input (blank lines skipped), checks the list
 * like the question flow does (with the words of the language {@code --language} names), and prints the report as one line of JSON, where a finding about one question carries
 * that question's line number in the input. Always exits 0 once the input is read; input of more than
 * {@link StandardInput#MAX_CHARACTERS} characters is refused with exit code 2.
 *
 * @param minutes how long the conversation is meant to last ({@code --minutes}, default 15)
 * @param language the tag of the language to check in and word the findings in ({@code --language}, default en)
 */
record CheckQuestionsCommand(int minutes, String language) implements Command.Standalone {
    /** What {@code --minutes} accepts, from 1 to 180, and how long a conversation is when it is not given. */
    static final Minutes.Range MINUTES = new Minutes.Range(1, 180, 15);

    CheckQuestionsCommand {
        if (!MINUTES.allows(minutes)) {
            throw new IllegalArgumentException("minutes must be from " + MINUTES.min() + " to " + MINUTES.max()
                    + ", was " + minutes);
        }
        Objects.requireNonNull(language, "language");
    }

    /** A check in English. */
    CheckQuestionsCommand(int minutes) {
        this(minutes, Language.ENGLISH.tag());
    }

    @Override
    public int run(Optional<Path> configDir, Terminal terminal) throws IOException {
        CheckLanguage.Found found = CheckLanguage.find(configDir, language);
        if (found instanceof CheckLanguage.Found.Refused refused) {
            terminal.err().println(refused.problem());
            return Main.UNUSABLE;
        }
        CheckLanguage speaks = ((CheckLanguage.Found.Speaks) found).language();
        List<String> questions = new ArrayList<>();
        List<Integer> inputLines = new ArrayList<>();
        StandardInput.Piped piped = StandardInput.read(terminal.in());
        if (piped instanceof StandardInput.Piped.TooLong tooLong) {
            terminal.err().println(tooLong.refusal(Subcommand.CHECK_QUESTIONS.word()));
            return Main.UNUSABLE;
        }
        List<String> lines = ((StandardInput.Piped.Lines) piped).lines();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                questions.add(lines.get(i));
                inputLines.add(i + 1);
            }
        }
        try (LanguageScope scope = LanguageScope.open(speaks.language())) {
            QuestionChecker checker = new QuestionChecker(CheckRules.load(configDir, speaks.language().tag()),
                    speaks.texts());
            CheckReport report = checker.check(questions, minutes);
            terminal.out().println(ReportJson.write(report, finding -> finding.line() == 0 ? OptionalInt.empty()
                    : OptionalInt.of(inputLines.get(finding.line() - 1))));
        }
        return Main.OK;
    }
}
