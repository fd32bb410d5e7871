package coach.coffeechat.questions;

import static coach.coffeechat.questions.PrepareAnswers.DID;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.TypedWords;
import coach.coffeechat.engine.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of {@code questions-prepare} that change the list, each back to the menu saying what it did: a
 * question from a bank topic, one in the user's own words, a move, a removal. Each clears its own answer, so the
 * next visit starts afresh; the list itself is one answer, {@link QuestionFlows#LIST}.
 */
final class QuestionEditSteps {
    /** The longest question of the user's own. */
    private static final int QUESTION_MAX = 250;
    /** The longest answer to "your own words": several questions pasted at once. */
    private static final int OWN_MAX = 2000;

    private final Texts texts;
    private final TypedWords words;
    private final ServerBank bank;
    private final BankMatches matches;
    private final QuestionListView view;

    QuestionEditSteps(Texts texts, ServerBank bank, BankMatches matches, QuestionListView view) {
        this.texts = texts;
        this.words = new TypedWords(texts);
        this.bank = bank;
        this.matches = matches;
        this.view = view;
    }

    /** The steps, by id: topic, question, own, move, remove. */
    List<Step> all() {
        return List.of(topic(), question(), own(), move(), remove());
    }

    private Step topic() {
        return Step.named("topic")
                .prompt(context -> {
                    List<Prompt.Option> options = new ArrayList<>();
                    for (Topic topic : bank.topics(context)) {
                        options.add(new Prompt.Option(topic.id(), topic.label(), texts.get("questions.topic.description",
                                "count", topic.questions().size(),
                                "tags", view.tagLabels(BankMatches.tagsOf(topic.questions())))));
                    }
                    return new Prompt.Choice(texts.get("questions.topic"), options);
                })
                .help(() -> texts.get("questions.topic.help"))
                .next(context -> Next.goTo("question"))
                .build();
    }

    private Step question() {
        return Step.named("question")
                .prompt(context -> {
                    Topic topic = bank.topic(context, context.answer("topic")).orElse(bank.topics(context).get(0));
                    Placeholders fill = PrepareAnswers.placeholders(context, texts);
                    Set<BankQuestion> onList = Set.copyOf(matches.on(PrepareAnswers.list(context).questions(), fill));
                    List<Prompt.Option> options = new ArrayList<>();
                    for (BankQuestion question : topic.questions()) {
                        String description = view.tagLabels(question.tags());
                        if (onList.contains(question)) {
                            description = texts.get("questions.question.on-list", "tags", description);
                        }
                        options.add(new Prompt.Option(question.id(), QuestionLines.label(fill.fill(question.text())),
                                description));
                    }
                    options.add(Prompt.Option.of("own", texts.get("questions.question.own")));
                    return new Prompt.Choice(texts.get("questions.question", "topic", topic.label()), options);
                })
                .check((values, context) -> {
                    Optional<BankQuestion> question = bank.question(context, values.getOrDefault("question", ""));
                    if (question.isEmpty()) {
                        return new Validation.Valid(values);
                    }
                    return added(context, PrepareAnswers.placeholders(context, texts).fill(question.get().text()),
                            "question");
                })
                .help(() -> texts.get("questions.question.help"))
                .next(context -> "own".equals(context.answer("question")) ? Next.goTo("own")
                        : PrepareAnswers.toMenu(context))
                .build();
    }

    /** Questions in the user's own words: one typed, or several pasted one per line (numbered or bulleted). */
    private Step own() {
        return Step.named("own")
                .prompt(context -> new Prompt.Text(texts.get("questions.own", "name", PrepareAnswers.name(context)),
                        texts.get("questions.own.label"), Prompt.TextLength.LONG, OWN_MAX,
                        texts.get("questions.own.placeholder"), ""))
                .check((values, context) -> {
                    List<String> questions = QuestionLines.fromPaste(values.getOrDefault("own", ""));
                    if (questions.isEmpty()) {
                        return Validation.invalid(texts.get("questions.own.needs-letters"));
                    }
                    for (int i = 0; i < questions.size(); i++) {
                        int length = questions.get(i).codePointCount(0, questions.get(i).length());
                        if (length > QUESTION_MAX) {
                            return Validation.invalid(texts.get("questions.own.too-long", "number", i + 1,
                                    "length", length, "max", QUESTION_MAX));
                        }
                    }
                    return questions.size() == 1 ? added(context, questions.get(0), "own")
                            : addedAll(context, questions);
                })
                .help(() -> texts.get("questions.own.help"))
                .next(PrepareAnswers::toMenu)
                .build();
    }

    /** Adds several questions in order, leaving out any already on the list, as far as the list has room. */
    private Validation addedAll(StepContext context, List<String> questions) {
        QuestionDraft list = PrepareAnswers.list(context);
        List<Integer> numbers = new ArrayList<>();
        boolean full = false;
        for (String question : questions) {
            QuestionDraft.Addition addition = list.add(question);
            if (addition instanceof QuestionDraft.Addition.Added added) {
                list = added.list();
                numbers.add(added.number());
            } else if (addition instanceof QuestionDraft.Addition.Full) {
                full = true;
                break;
            }
        }
        if (numbers.isEmpty()) {
            return Validation.invalid(texts.get(full ? "questions.full" : "questions.own.all-on-list",
                    "max", QuestionDraft.MAX_QUESTIONS));
        }
        List<String> did = new ArrayList<>(List.of(numbers.size() == 1
                ? texts.get("questions.added", "number", numbers.get(0))
                : texts.get("questions.added.many", "count", numbers.size(), "from", numbers.get(0),
                        "to", numbers.get(numbers.size() - 1))));
        if (full) {
            did.add(texts.get("questions.full", "max", QuestionDraft.MAX_QUESTIONS));
        }
        return new Validation.Valid(Map.of("own", "", QuestionFlows.LIST, list.toAnswer(), DID, String.join(" ", did)));
    }

    /** Adds a question to the list (or notes it is there already) and clears the step's answer for next time. */
    private Validation added(StepContext context, String question, String stepId) {
        QuestionDraft.Addition addition = PrepareAnswers.list(context).add(question);
        if (addition instanceof QuestionDraft.Addition.Full full) {
            return Validation.invalid(texts.get("questions.full", "max", full.max()));
        }
        Map<String, String> values = new HashMap<>();
        values.put(stepId, "");
        if (addition instanceof QuestionDraft.Addition.Added added) {
            values.put(QuestionFlows.LIST, added.list().toAnswer());
            values.put(DID, texts.get("questions.added", "number", added.number()));
        } else if (addition instanceof QuestionDraft.Addition.AlreadyOn already) {
            values.put(DID, texts.get("questions.already", "number", already.number()));
        }
        return new Validation.Valid(values);
    }

    private Step move() {
        return Step.named("move")
                .prompt(context -> new Prompt.Text(texts.get("questions.move", "list",
                        PrepareAnswers.list(context).numbered()), texts.get("questions.move.label"),
                        Prompt.TextLength.SHORT, 30, texts.get("questions.move.placeholder"), ""))
                .check((values, context) -> {
                    String typed = values.getOrDefault("move", "");
                    QuestionDraft list = PrepareAnswers.list(context);
                    Optional<QuestionMove> move = QuestionMove.parse(typed, list.size(), words);
                    if (move.isEmpty()) {
                        return Validation.invalid(texts.get("questions.move.invalid", "typed", typed));
                    }
                    Optional<QuestionDraft> moved = list.move(move.get());
                    if (moved.isEmpty()) {
                        return Validation.invalid(texts.get("questions.move.out-of-range", "typed", typed,
                                "count", list.size()));
                    }
                    int from = move.get().from();
                    int to = move.get().to();
                    return new Validation.Valid(Map.of("move", "", QuestionFlows.LIST, moved.get().toAnswer(),
                            DID, move.get().moves() ? texts.get("questions.move.moved", "from", from, "to", to)
                                    : texts.get("questions.move.unmoved", "number", from)));
                })
                .help(() -> texts.get("questions.move.help"))
                .next(PrepareAnswers::toMenu)
                .build();
    }

    private Step remove() {
        return Step.named("remove")
                .prompt(context -> {
                    List<String> list = PrepareAnswers.list(context).questions();
                    List<Prompt.Option> options = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        options.add(Prompt.Option.of("q" + (i + 1), QuestionLines.label(list.get(i))));
                    }
                    options.add(Prompt.Option.of("keep", texts.get("questions.remove.keep")));
                    return new Prompt.Choice(texts.get("questions.remove"), options);
                })
                .check((values, context) -> {
                    String picked = values.getOrDefault("remove", "");
                    int number = picked.matches("q\\d{1,3}") ? Integer.parseInt(picked.substring(1)) : 0;
                    Optional<QuestionDraft.Removal> removal = PrepareAnswers.list(context).remove(number);
                    if (removal.isEmpty()) {
                        return new Validation.Valid(Map.of("remove", "", DID, texts.get("questions.remove.kept")));
                    }
                    return new Validation.Valid(Map.of("remove", "",
                            QuestionFlows.LIST, removal.get().list().toAnswer(),
                            DID, texts.get("questions.remove.removed", "question", removal.get().removed())));
                })
                .help(() -> texts.get("questions.remove.help"))
                .next(PrepareAnswers::toMenu)
                .build();
    }
}
