package coach.coffeechat.questions;

import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactHandOff;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Minutes;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code questions-prepare}: builds the list for one contact around a menu: add from a bank topic or in your own
 * words ({@link QuestionEditSteps}), see the list with its checks, move, remove, finish. Finishing offers the
 * "who else should I talk to?" and stay-in-touch questions when the list lacks them, saves the list (replacing the
 * last one) and shows it numbered with the user's own prep and the meeting checklist.
 */
final class QuestionPrepareFlow {
    /** The questions a list aims for ("five or six", as the menu says) before finishing is offered first. */
    private static final int AIM = 5;

    private final Texts texts;
    private final QuestionListRepository lists;
    private final ContactHandOff.Receiver handedIn;
    private final QuestionReport report;
    private final ClosingQuestions closers;
    private final QuestionListView view;
    private final QuestionEditSteps edits;

    QuestionPrepareFlow(Texts texts, QuestionListRepository lists, ContactHandOff.Receiver handedIn,
                        QuestionReport report, ClosingQuestions closers, QuestionListView view,
                        QuestionEditSteps edits) {
        this.texts = texts;
        this.lists = lists;
        this.handedIn = handedIn;
        this.report = report;
        this.closers = closers;
        this.view = view;
        this.edits = edits;
    }

    Flow flow() {
        List<Step> steps = new ArrayList<>(List.of(minutes(), menu()));
        steps.addAll(edits.all());
        steps.add(closing());
        return Flow.of(QuestionFlows.PREPARE, () -> texts.get("questions.prepare.title"), steps, this::save);
    }

    private Step minutes() {
        Minutes.Range range = QuestionFlows.MINUTES_RANGE;
        return Step.named(QuestionFlows.MINUTES)
                .prompt(context -> new Prompt.Text(texts.get("questions.minutes", "name", PrepareAnswers.name(context)),
                        texts.get("questions.minutes.label"), Prompt.TextLength.SHORT, 20, "",
                        range.defaultMinutes().answer()))
                .optional()
                .check((values, context) -> {
                    String typed = values.getOrDefault(QuestionFlows.MINUTES, "");
                    if (typed.isEmpty()) {
                        // An empty answer keeps what the prompt showed: the saved minutes, or the default.
                        return Validation.valid(QuestionFlows.MINUTES,
                                Integer.toString(PrepareAnswers.minutes(context)));
                    }
                    Optional<Minutes> minutes = Minutes.parse(typed, range);
                    if (minutes.isEmpty()) {
                        return Validation.invalid(texts.get("questions.minutes.invalid", "typed", typed,
                                "min", range.min(), "max", range.max()));
                    }
                    return Validation.valid(QuestionFlows.MINUTES, minutes.get().answer());
                })
                .help(() -> texts.get("questions.minutes.help"))
                .next(context -> Next.goTo("menu"))
                .build();
    }

    private Step menu() {
        return Step.named("menu")
                .prompt(context -> {
                    QuestionDraft list = PrepareAnswers.list(context);
                    List<Prompt.Option> options = new ArrayList<>();
                    if (list.hasRoom()) {
                        options.add(menuOption("topic"));
                        options.add(menuOption("own"));
                    }
                    if (!list.isEmpty()) {
                        options.add(menuOption("check"));
                    }
                    if (list.size() >= 2) {
                        options.add(menuOption("move"));
                    }
                    if (!list.isEmpty()) {
                        options.add(menuOption("remove"));
                        options.add(menuOption("finish"));
                    }
                    String shown = view.menu(list, PrepareAnswers.name(context), PrepareAnswers.minutes(context),
                            PrepareAnswers.placeholders(context, texts));
                    return new Prompt.Choice(shown + "\n\n" + texts.get("questions.menu"), options,
                            naturalNext(list));
                })
                .menu()
                .help(() -> texts.get("questions.menu.help"))
                .next(context -> switch (context.answer("menu")) {
                    case "topic" -> Next.goTo("topic");
                    case "own" -> Next.goTo("own");
                    case "move" -> Next.goTo("move");
                    case "remove" -> Next.goTo("remove");
                    case "check" -> Next.goTo("menu",
                            report.of(PrepareAnswers.list(context).questions(), PrepareAnswers.minutes(context)));
                    default -> missingClosers(context).questions().isEmpty() ? Next.finish() : Next.goTo("closing");
                })
                .build();
    }

    /** What the menu offers first: more questions until the list has five (or is full), then finishing it. */
    private static String naturalNext(QuestionDraft list) {
        return list.size() >= AIM || !list.hasRoom() ? "finish" : "topic";
    }

    private Prompt.Option menuOption(String id) {
        return Prompt.Option.of(id, texts.get("questions.menu." + id));
    }

    private Step closing() {
        return Step.named("closing")
                .prompt(context -> {
                    MissingClosers missing = missingClosers(context);
                    return new Prompt.Choice(texts.get(missing.messageKey(), "questions",
                            String.join("\n", missing.questions())), List.of(
                            Prompt.Option.of("add", texts.get("questions.closing.add")),
                            Prompt.Option.of("save", texts.get("questions.closing.save")),
                            Prompt.Option.of("edit", texts.get("questions.closing.edit"))), "add");
                })
                .menu()
                .check((values, context) -> {
                    if (!"add".equals(values.get("closing"))) {
                        return new Validation.Valid(values);
                    }
                    QuestionDraft closed = PrepareAnswers.list(context).withClosers(missingClosers(context).questions());
                    Map<String, String> kept = new HashMap<>(values);
                    kept.put(QuestionFlows.LIST, closed.toAnswer());
                    return new Validation.Valid(kept);
                })
                .help(() -> texts.get("questions.closing.help"))
                .next(context -> "edit".equals(context.answer("closing")) ? Next.goTo("menu") : Next.finish())
                .build();
    }

    private MissingClosers missingClosers(StepContext context) {
        return closers.missing(PrepareAnswers.list(context).questions(), PrepareAnswers.minutes(context),
                PrepareAnswers.placeholders(context, texts));
    }

    private Completion save(StepContext context) {
        return handedIn.finish(context, contact -> save(context, contact));
    }

    private Completion save(StepContext context, Contact contact) {
        QuestionDraft list = PrepareAnswers.list(context);
        int minutes = PrepareAnswers.minutes(context);
        lists.save(context.connection(), context.user(), contact.id(), list.questions(), minutes, context.now());
        return Completion.of(
                texts.get("questions.saved", "count", list.size(), "name", contact.name(), "list", list.numbered()),
                report.of(list.questions(), minutes),
                texts.get("questions.your-side", "name", contact.name()),
                texts.get("questions.checklist", "minutes", minutes));
    }
}
