package coach.coffeechat.questions;

import coach.coffeechat.checks.CheckReport;
import coach.coffeechat.checks.Finding;
import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.checks.ReportFormatter;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactHandOff;
import coach.coffeechat.contact.ContactRepository;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Minutes;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.Validation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question flows. {@code questions-prepare} builds the list for one contact around a menu: add from a bank
 * topic or in your own words, see the list with its checks, move, remove, finish. Finishing offers the "who else
 * should I talk to?" and stay-in-touch questions when the list lacks them, saves the list (replacing the last one)
 * and shows it numbered with the user's own prep and the meeting checklist. {@code questions-check} checks a
 * pasted list. The list being built lives in one answer, a question per line, so {@code back} and a restart keep it.
 */
final class QuestionFlows {
    static final String PREPARE = "questions-prepare";
    static final String CHECK = "questions-check";

    /** Answer keys set by the commands. */
    static final String CONTACT_NAME = "contact-name";
    static final String CONTACT_ORGANISATION = "contact-organisation";
    static final String LIST = "list";
    static final String MINUTES = "minutes";

    /** The minutes a question list may be for, from the flow and from {@code /questions check}. */
    static final Minutes.Range MINUTES_RANGE = new Minutes.Range(5, 60, 15);
    /** The most questions a list may hold before the closing ones; more would not fit any meeting. */
    static final int MAX_QUESTIONS = 12;
    static final int QUESTION_MAX = 250;
    static final int PASTE_MAX_QUESTIONS = 40;
    private static final int LABEL_MAX = 80;
    private static final String REFERRAL_RULE = "missing-referral-question";
    private static final Pattern MOVE = Pattern.compile(
            "(?:move\\s+)?(?:question\\s+|q)?(\\d{1,3})\\s*(?:(up|down|top|bottom|first|last)|(?:to\\s*)?(\\d{1,3}))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    // Transient answers: what the last step did, for the note on the way back to the menu.
    private static final String DID = "did";

    private final Texts texts;
    private final ContactRepository contacts;
    private final QuestionListRepository lists;
    private final QuestionBank bank;
    private final QuestionChecker checker;
    private final ReportFormatter reports;
    private final ContactHandOff.Receiver handedIn;
    // The comparable form of every bank question without placeholders, worked out once: the menu matches them often.
    private final Map<BankQuestion, String> fixedKeys = new HashMap<>();

    QuestionFlows(Texts texts, ContactRepository contacts, QuestionListRepository lists, QuestionBank bank,
                  QuestionChecker checker) {
        this.texts = texts;
        this.contacts = contacts;
        this.lists = lists;
        this.bank = bank;
        this.checker = checker;
        this.reports = new ReportFormatter(texts);
        this.handedIn = new ContactHandOff.Receiver(contacts, texts);
        for (BankQuestion question : bank.all()) {
            if (!question.text().contains("${")) {
                fixedKeys.put(question, comparable(question.text()));
            }
        }
    }

    List<Flow> all() {
        return List.of(prepare(), check());
    }

    // ---- questions-prepare -------------------------------------------------------------------------------------

    private Flow prepare() {
        return Flow.of(PREPARE, texts.get("questions.prepare.title"), List.of(
                minutes(), menu(), topic(), question(), own(), move(), remove(), closing()), this::save);
    }

    private Step minutes() {
        return Step.named(MINUTES)
                .prompt(context -> new Prompt.Text(texts.get("questions.minutes", "name", name(context)),
                        texts.get("questions.minutes.label"), Prompt.TextLength.SHORT, 20, "",
                        MINUTES_RANGE.defaultMinutes().answer()))
                .optional()
                .check((values, context) -> {
                    String typed = values.getOrDefault(MINUTES, "");
                    if (typed.isEmpty()) {
                        // An empty answer keeps what the prompt showed: the saved minutes, or the default.
                        return Validation.valid(MINUTES, Integer.toString(minutes(context)));
                    }
                    Optional<Minutes> minutes = Minutes.parse(typed, MINUTES_RANGE);
                    if (minutes.isEmpty()) {
                        return Validation.invalid(texts.get("questions.minutes.invalid", "typed", typed,
                                "min", MINUTES_RANGE.min(), "max", MINUTES_RANGE.max()));
                    }
                    return Validation.valid(MINUTES, minutes.get().answer());
                })
                .help(texts.get("questions.minutes.help"))
                .next(context -> Next.goTo("menu"))
                .build();
    }

    private Step menu() {
        return Step.named("menu")
                .prompt(context -> {
                    List<String> list = list(context);
                    List<Prompt.Option> options = new ArrayList<>();
                    if (list.size() < MAX_QUESTIONS) {
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
                    return new Prompt.Choice(view(context) + "\n\n" + texts.get("questions.menu"), options);
                })
                .help(texts.get("questions.menu.help"))
                .next(context -> {
                    switch (context.answer("menu")) {
                        case "topic":
                            return Next.goTo("topic");
                        case "own":
                            return Next.goTo("own");
                        case "move":
                            return Next.goTo("move");
                        case "remove":
                            return Next.goTo("remove");
                        case "check":
                            return Next.goTo("menu", checks(context));
                        default:
                            return missingClosers(context).questions().isEmpty() ? Next.finish()
                                    : Next.goTo("closing");
                    }
                })
                .build();
    }

    private Prompt.Option menuOption(String id) {
        return Prompt.Option.of(id, texts.get("questions.menu." + id));
    }

    private Step topic() {
        return Step.named("topic")
                .prompt(context -> {
                    List<Prompt.Option> options = new ArrayList<>();
                    for (Topic topic : bank.topics()) {
                        options.add(new Prompt.Option(topic.id(), topic.label(), texts.get("questions.topic.description",
                                "count", topic.questions().size(), "tags", tagLabels(tagsOf(topic.questions())))));
                    }
                    return new Prompt.Choice(texts.get("questions.topic"), options);
                })
                .help(texts.get("questions.topic.help"))
                .next(context -> Next.goTo("question"))
                .build();
    }

    private Step question() {
        return Step.named("question")
                .prompt(context -> {
                    Topic topic = pickedTopic(context);
                    Placeholders fill = placeholders(context);
                    Set<BankQuestion> onList = Set.copyOf(bankQuestionsIn(list(context), fill));
                    List<Prompt.Option> options = new ArrayList<>();
                    for (BankQuestion question : topic.questions()) {
                        String text = fill.fill(question.text());
                        String description = tagLabels(question.tags());
                        if (onList.contains(question)) {
                            description = texts.get("questions.question.on-list", "tags", description);
                        }
                        options.add(new Prompt.Option(question.id(), label(text), description));
                    }
                    options.add(Prompt.Option.of("own", texts.get("questions.question.own")));
                    return new Prompt.Choice(texts.get("questions.question", "topic", topic.label()), options);
                })
                .check((values, context) -> {
                    String picked = values.getOrDefault("question", "");
                    Optional<BankQuestion> question = bank.question(picked);
                    if (question.isEmpty()) {
                        return new Validation.Valid(values);
                    }
                    return added(context, placeholders(context).fill(question.get().text()), "question");
                })
                .help(texts.get("questions.question.help"))
                .next(context -> "own".equals(context.answer("question")) ? Next.goTo("own")
                        : toMenu(context))
                .build();
    }

    private Step own() {
        return Step.named("own")
                .prompt(context -> new Prompt.Text(texts.get("questions.own", "name", name(context)),
                        texts.get("questions.own.label"), Prompt.TextLength.SHORT, QUESTION_MAX,
                        texts.get("questions.own.placeholder"), ""))
                .check((values, context) -> {
                    String question = QuestionLines.clean(values.getOrDefault("own", ""));
                    if (question.codePoints().noneMatch(Character::isLetter)) {
                        return Validation.invalid(texts.get("questions.own.needs-letters"));
                    }
                    return added(context, question, "own");
                })
                .help(texts.get("questions.own.help"))
                .next(QuestionFlows::toMenu)
                .build();
    }

    /** Adds a question to the list (or notes it is there already) and clears the step's answer for next time. */
    private Validation added(StepContext context, String question, String stepId) {
        List<String> list = new ArrayList<>(list(context));
        int at = indexOf(list, question);
        Map<String, String> values = new HashMap<>();
        values.put(stepId, "");
        if (at >= 0) {
            values.put(DID, texts.get("questions.already", "number", at + 1));
            return new Validation.Valid(values);
        }
        if (list.size() >= MAX_QUESTIONS) {
            return Validation.invalid(texts.get("questions.full", "max", MAX_QUESTIONS));
        }
        list.add(question);
        values.put(LIST, QuestionLines.toAnswer(list));
        values.put(DID, texts.get("questions.added", "number", list.size()));
        return new Validation.Valid(values);
    }

    private Step move() {
        return Step.named("move")
                .prompt(context -> new Prompt.Text(texts.get("questions.move", "list", numbered(list(context))),
                        texts.get("questions.move.label"), Prompt.TextLength.SHORT, 30,
                        texts.get("questions.move.placeholder"), ""))
                .check((values, context) -> {
                    String typed = values.getOrDefault("move", "");
                    List<String> list = new ArrayList<>(list(context));
                    Matcher move = MOVE.matcher(typed);
                    if (!move.matches()) {
                        return Validation.invalid(texts.get("questions.move.invalid", "typed", typed));
                    }
                    int from = Integer.parseInt(move.group(1));
                    int to = target(from, move.group(2), move.group(3), list.size());
                    if (from < 1 || from > list.size() || to < 1 || to > list.size()) {
                        return Validation.invalid(texts.get("questions.move.out-of-range", "typed", typed,
                                "count", list.size()));
                    }
                    list.add(to - 1, list.remove(from - 1));
                    Map<String, String> kept = new HashMap<>();
                    kept.put("move", "");
                    kept.put(LIST, QuestionLines.toAnswer(list));
                    kept.put(DID, from == to ? texts.get("questions.move.unmoved", "number", from)
                            : texts.get("questions.move.moved", "from", from, "to", to));
                    return new Validation.Valid(kept);
                })
                .help(texts.get("questions.move.help"))
                .next(QuestionFlows::toMenu)
                .build();
    }

    private static int target(int from, String word, String number, int size) {
        if (number != null) {
            return Integer.parseInt(number);
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "up" -> Math.max(1, from - 1);
            case "down" -> Math.min(size, from + 1);
            case "top", "first" -> 1;
            default -> size;
        };
    }

    private Step remove() {
        return Step.named("remove")
                .prompt(context -> {
                    List<String> list = list(context);
                    List<Prompt.Option> options = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        options.add(Prompt.Option.of("q" + (i + 1), label(list.get(i))));
                    }
                    options.add(Prompt.Option.of("keep", texts.get("questions.remove.keep")));
                    return new Prompt.Choice(texts.get("questions.remove"), options);
                })
                .check((values, context) -> {
                    String picked = values.getOrDefault("remove", "");
                    List<String> list = new ArrayList<>(list(context));
                    Map<String, String> kept = new HashMap<>();
                    kept.put("remove", "");
                    int number = picked.matches("q\\d{1,3}") ? Integer.parseInt(picked.substring(1)) : 0;
                    if (number < 1 || number > list.size()) {
                        kept.put(DID, texts.get("questions.remove.kept"));
                        return new Validation.Valid(kept);
                    }
                    String removed = list.remove(number - 1);
                    kept.put(LIST, QuestionLines.toAnswer(list));
                    kept.put(DID, texts.get("questions.remove.removed", "question", removed));
                    return new Validation.Valid(kept);
                })
                .help(texts.get("questions.remove.help"))
                .next(QuestionFlows::toMenu)
                .build();
    }

    private Step closing() {
        return Step.named("closing")
                .prompt(context -> {
                    Closers missing = missingClosers(context);
                    return new Prompt.Choice(texts.get(missing.messageKey(), "questions",
                            String.join("\n", missing.questions())), List.of(
                            Prompt.Option.of("add", texts.get("questions.closing.add")),
                            Prompt.Option.of("save", texts.get("questions.closing.save")),
                            Prompt.Option.of("edit", texts.get("questions.closing.edit"))));
                })
                .check((values, context) -> {
                    if (!"add".equals(values.get("closing"))) {
                        return new Validation.Valid(values);
                    }
                    List<String> list = new ArrayList<>(list(context));
                    for (String question : missingClosers(context).questions()) {
                        if (indexOf(list, question) < 0) {
                            list.add(question);
                        }
                    }
                    Map<String, String> kept = new HashMap<>(values);
                    kept.put(LIST, QuestionLines.toAnswer(list));
                    return new Validation.Valid(kept);
                })
                .help(texts.get("questions.closing.help"))
                .next(context -> "edit".equals(context.answer("closing")) ? Next.goTo("menu") : Next.finish())
                .build();
    }

    private Completion save(StepContext context) {
        return handedIn.finish(context, contact -> save(context, contact));
    }

    private Completion save(StepContext context, Contact contact) {
        List<String> list = list(context);
        int minutes = minutes(context);
        lists.save(context.connection(), context.user(), contact.id(), list, minutes, context.now());
        return Completion.of(
                texts.get("questions.saved", "count", list.size(), "name", contact.name(),
                        "list", numbered(list)),
                report(list, minutes),
                texts.get("questions.your-side", "name", contact.name()),
                texts.get("questions.checklist", "minutes", minutes));
    }

    // ---- questions-check ---------------------------------------------------------------------------------------

    private Flow check() {
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
                .help(texts.get("questions.check.help"))
                .next(context -> Next.finish())
                .build();
        return Flow.of(CHECK, texts.get("questions.check.title"), List.of(paste), context -> {
            List<String> questions = QuestionLines.fromPaste(context.answer("questions"));
            int minutes = minutes(context);
            return Completion.of(texts.get("questions.check.header", "count", questions.size(),
                            "minutes", minutes, "list", numbered(questions)),
                    report(questions, minutes));
        });
    }

    // ---- what the list shows -----------------------------------------------------------------------------------

    /** The list as the menu shows it: numbered, with the count to aim for and the TIARA letters covered. */
    private String view(StepContext context) {
        List<String> list = list(context);
        if (list.isEmpty()) {
            return texts.get("questions.menu.empty", "name", name(context));
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("questions.menu.heading", "name", name(context), "minutes", minutes(context)));
        lines.add(numbered(list));
        lines.add(texts.get("questions.menu.count", "count", list.size()));
        Set<Tag> covered = tagsOf(bankQuestionsIn(list, placeholders(context)));
        covered.removeIf(tag -> !tag.tiara());
        Set<Tag> missing = EnumSet.noneOf(Tag.class);
        for (Tag tag : Tag.values()) {
            if (tag.tiara() && !covered.contains(tag)) {
                missing.add(tag);
            }
        }
        if (missing.isEmpty()) {
            lines.add(texts.get("questions.menu.tiara-all"));
        } else if (covered.isEmpty()) {
            lines.add(texts.get("questions.menu.tiara-none"));
        } else {
            lines.add(texts.get("questions.menu.tiara", "covered", tagLabels(covered), "missing", tagLabels(missing)));
        }
        return String.join("\n", lines);
    }

    private String checks(StepContext context) {
        return report(list(context), minutes(context));
    }

    /** The checks as text: the verdict, then the findings question by question, whole-list ones last. */
    private String report(List<String> questions, int minutes) {
        CheckReport report = checker.check(questions, minutes);
        List<Finding> byQuestion = new ArrayList<>(report.findings());
        byQuestion.sort(Comparator.comparingInt(finding -> finding.line() == 0 ? Integer.MAX_VALUE : finding.line()));
        return reports.format(new CheckReport(report.ok(), report.words(), report.characters(), byQuestion), true);
    }

    /**
     * The closing questions the list lacks, worded for this contact: the bank's first referral question when the
     * checks find no "who else should I talk to?", and its first stay-in-touch question when none asks that.
     */
    private Closers missingClosers(StepContext context) {
        Placeholders fill = placeholders(context);
        List<String> list = list(context);
        // The checks decide whether a referral question is there, so the flow and /questions check never disagree.
        boolean referral = checker.check(list, minutes(context)).has(REFERRAL_RULE);
        return new Closers(
                referral ? Optional.of(fill.fill(bank.tagged(Tag.REFERRAL).get(0).text())) : Optional.empty(),
                asksToStayInTouch(list, fill) ? Optional.empty()
                        : Optional.of(fill.fill(bank.tagged(Tag.STAY_IN_TOUCH).get(0).text())));
    }

    /** The closing questions a list lacks. */
    private record Closers(Optional<String> referral, Optional<String> stayInTouch) {
        List<String> questions() {
            List<String> missing = new ArrayList<>();
            referral.ifPresent(missing::add);
            stayInTouch.ifPresent(missing::add);
            return missing;
        }

        String messageKey() {
            if (referral.isPresent()) {
                return stayInTouch.isPresent() ? "questions.closing.both" : "questions.closing.referral";
            }
            return stayInTouch.isPresent() ? "questions.closing.stay" : "questions.closing.none";
        }
    }

    private boolean asksToStayInTouch(List<String> list, Placeholders fill) {
        List<String> phrases = new ArrayList<>();
        for (String phrase : texts.get("questions.stay-in-touch.phrases").split(",")) {
            if (!phrase.isBlank()) {
                phrases.add(phrase.strip().toLowerCase(Locale.ROOT));
            }
        }
        for (String question : list) {
            String lower = question.toLowerCase(Locale.ROOT);
            if (phrases.stream().anyMatch(lower::contains)) {
                return true;
            }
        }
        return bankQuestionsIn(list, fill).stream().anyMatch(question -> question.has(Tag.STAY_IN_TOUCH));
    }

    /** The bank questions on the list, as filled for this contact. */
    private List<BankQuestion> bankQuestionsIn(List<String> list, Placeholders fill) {
        Set<String> onList = new HashSet<>();
        list.forEach(question -> onList.add(comparable(question)));
        return bank.all().stream().filter(question -> onList.contains(fixedKeys.containsKey(question)
                ? fixedKeys.get(question) : comparable(fill.fill(question.text())))).toList();
    }

    private static Set<Tag> tagsOf(List<BankQuestion> questions) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        questions.forEach(question -> tags.addAll(question.tags()));
        return tags;
    }

    private String tagLabels(Set<Tag> tags) {
        List<String> labels = new ArrayList<>();
        for (Tag tag : Tag.values()) {
            if (tags.contains(tag)) {
                labels.add(texts.get("questions.tag." + tag.id()));
            }
        }
        return String.join(", ", labels);
    }

    static String numbered(List<String> questions) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            lines.add((i + 1) + ". " + questions.get(i));
        }
        return String.join("\n", lines);
    }

    // ---- answers -----------------------------------------------------------------------------------------------

    /** Back to the menu, saying what the step just did. */
    private static Next toMenu(StepContext context) {
        String did = context.answer(DID);
        return did.isEmpty() ? Next.goTo("menu") : Next.goTo("menu", did);
    }

    private static List<String> list(StepContext context) {
        return QuestionLines.fromAnswer(context.answer(LIST));
    }

    private static int minutes(StepContext context) {
        return Minutes.stored(context.answer(MINUTES), MINUTES_RANGE).count();
    }

    private static String name(StepContext context) {
        return context.answer(CONTACT_NAME);
    }

    private Placeholders placeholders(StepContext context) {
        return Placeholders.of(name(context), context.answer(CONTACT_ORGANISATION), texts);
    }

    private Topic pickedTopic(StepContext context) {
        return bank.topic(context.answer("topic")).orElse(bank.topics().get(0));
    }

    // The same question typed again, whatever its case or spacing, is already on the list.
    private static int indexOf(List<String> list, String question) {
        String wanted = comparable(question);
        for (int i = 0; i < list.size(); i++) {
            if (comparable(list.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static String comparable(String question) {
        return NOT_A_WORD.matcher(question.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String label(String text) {
        if (text.codePointCount(0, text.length()) <= LABEL_MAX) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, LABEL_MAX - 1)) + "\u2026";
    }
}
