package coach.coffeechat.questions;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Minutes;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.Validation;
import java.util.List;

/**
 * {@code questions-check}: checks a pasted list, numbered or bulleted, perhaps several questions to a line, for the
 * minutes {@code /questions check} set, with the same rules as a list being prepared.
 */
final class QuestionCheckFlow {
    /** The most pasted questions checked at once. */
    private static final int PASTE_MAX_QUESTIONS = 40;

    private final Texts texts;
    private final QuestionReport report;

    QuestionCheckFlow(Texts texts, QuestionReport report) {
        this.texts = texts;
        this.report = report;
    }

    Flow flow() {
        Step paste = Step.named("questions")
                .prompt(context -> new Prompt.Text(texts.get("questions.check.ask"),
                        texts.get("questions.check.label"), Prompt.TextLength.LONG, Prompt.MAX_TEXT,
                        texts.get("questions.check.placeholder"), ""))
                .check((values, context) -> {
                    List<String> questions = QuestionLines.fromPaste(values.getOrDefault("questions", ""));
                    if (questions.isEmpty()) {
                        return Validation.invalid(texts.get("questions.check.none"));
                    }
                    if (questions.size() > PASTE_MAX_QUESTIONS) {
                        return Validation.invalid(texts.get("questions.check.too-many", "count", questions.size(),
                                "max", PASTE_MAX_QUESTIONS));
                    }
                    return new Validation.Valid(values);
                })
                .help(() -> texts.get("questions.check.help"))
                .next(context -> Next.finish())
                .build();
        return Flow.of(QuestionFlows.CHECK, () -> texts.get("questions.check.title"), List.of(paste), this::finish);
    }

    private Completion finish(StepContext context) {
        List<String> questions = QuestionLines.fromPaste(context.answer("questions"));
        int minutes = Minutes.stored(context.answer(QuestionFlows.MINUTES), QuestionFlows.MINUTES_RANGE).count();
        return Completion.of(texts.get("questions.check.header", "count", questions.size(),
                        "minutes", minutes, "list", QuestionLines.numbered(questions)),
                report.of(questions, minutes));
    }
}
