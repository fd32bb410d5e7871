package coach.coffeechat.questions;

import coach.coffeechat.checks.Finding;
import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.ServerMaterial;
import coach.coffeechat.engine.StepContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bank as a member of a server sees it: the shipped topics, and first, when the server's coach added
 * questions, a topic of the server's own ({@value #TOPIC}). Outside a server it is the shipped bank. It also checks a
 * question a coach wants to add, with the rules the bank's own questions keep. Thread-safe.
 */
final class ServerBank {
    /** The id of the topic holding the server's own questions, and how their ids start. */
    static final String TOPIC = "coach";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private final QuestionBank bank;
    private final ServerMaterial material;
    private final Supplier<QuestionChecker> checker;
    private final Texts texts;

    ServerBank(QuestionBank bank, ServerMaterial material, Supplier<QuestionChecker> checker, Texts texts) {
        this.bank = bank;
        this.material = material;
        this.checker = checker;
        this.texts = texts;
    }

    /** The topics offered: the server's own first, when it has questions, then the shipped ones. */
    List<Topic> topics(StepContext context) {
        List<Topic> topics = new ArrayList<>();
        serverTopic(context).ifPresent(topics::add);
        topics.addAll(bank.topics());
        return topics;
    }

    /** The topic with this id, the server's own included. */
    Optional<Topic> topic(StepContext context, String id) {
        return TOPIC.equals(id) ? serverTopic(context) : bank.topic(id);
    }

    /** The question with this id, the server's own included. */
    Optional<BankQuestion> question(StepContext context, String id) {
        if (id.startsWith(TOPIC + "-")) {
            return serverTopic(context).flatMap(topic -> topic.questions().stream()
                    .filter(question -> question.id().equals(id)).findFirst());
        }
        return bank.question(id);
    }

    private Optional<Topic> serverTopic(StepContext context) {
        List<BankQuestion> questions = new ArrayList<>();
        for (ServerMaterial.Question own : material.questions(context.connection(),
                context.answer(QuestionFlows.SERVER))) {
            Set<Tag> tags = tags(own.tagIds());
            if (!tags.isEmpty()) {
                questions.add(new BankQuestion(TOPIC + "-" + own.id(), TOPIC, own.text(), tags));
            }
        }
        if (questions.isEmpty()) {
            return Optional.empty();
        }
        int shown = Math.min(questions.size(), QuestionBank.MAX_PER_TOPIC);
        return Optional.of(new Topic(TOPIC, texts.get("questions.topic.coach"), questions.subList(0, shown)));
    }

    /**
     * Why a coach cannot add this question to a server's bank, said for the coach; empty when it can. The rules of
     * the shipped bank (letters, at most {@value QuestionBank#MAX_LENGTH} characters, only the bank's placeholders,
     * not a question the bank or the server already holds) and the question checks about one question, on the
     * question filled for a sample contact, with no finding at all.
     *
     * @param others the questions the server already holds
     */
    List<String> problems(String text, List<String> others) {
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return List.of(texts.get("coach.questions.needs-letters"));
        }
        if (text.length() > QuestionBank.MAX_LENGTH) {
            return List.of(texts.get("coach.questions.too-long", "length", text.length(),
                    "max", QuestionBank.MAX_LENGTH));
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            if (!QuestionBank.PLACEHOLDERS.contains(placeholder.group(1))) {
                return List.of(texts.get("coach.questions.unknown-placeholder", "placeholder",
                        "${" + placeholder.group(1) + "}"));
            }
        }
        String comparable = QuestionLines.comparable(text);
        boolean known = bank.all().stream().anyMatch(question -> QuestionLines.comparable(question.text())
                .equals(comparable)) || others.stream().anyMatch(other -> QuestionLines.comparable(other)
                .equals(comparable));
        if (known) {
            return List.of(texts.get("coach.questions.already"));
        }
        String filled = Placeholders.of("Ana Li", "UX researcher", "Acme Health", texts).fill(text);
        List<String> findings = checker.get().check(List.of(filled), QuestionFlows.MINUTES_RANGE.byDefault()).findings()
                .stream().filter(finding -> finding.line() > 0).map(Finding::message).toList();
        if (!findings.isEmpty()) {
            List<String> refusals = new ArrayList<>(List.of(texts.get("coach.questions.checks-found")));
            refusals.addAll(findings);
            return List.of(String.join("\n", refusals));
        }
        return List.of();
    }

    /** The tags of these ids; unknown ids are left out. */
    static Set<Tag> tags(List<String> ids) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        for (String id : ids) {
            Tag.fromId(id.strip()).ifPresent(tags::add);
        }
        return tags;
    }
}
