package coach.coffeechat.questions;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which bank questions a list holds, as filled in for one contact; a question matches whatever its case, spacing
 * or punctuation. The comparable form of every bank question without placeholders is worked out once, since the
 * menu matches them at every step. Thread-safe after construction.
 */
final class BankMatches {
    private final QuestionBank bank;
    private final Map<BankQuestion, String> fixedKeys = new HashMap<>();

    BankMatches(QuestionBank bank) {
        this.bank = bank;
        for (BankQuestion question : bank.everyLanguage()) {
            if (!question.text().contains("${")) {
                fixedKeys.put(question, QuestionLines.comparable(question.text()));
            }
        }
    }

    /** The bank questions on the list, in bank order, with their placeholders filled by {@code fill}. */
    List<BankQuestion> on(List<String> list, Placeholders fill) {
        Set<String> onList = new HashSet<>();
        list.forEach(question -> onList.add(QuestionLines.comparable(question)));
        return bank.all().stream().filter(question -> onList.contains(fixedKeys.containsKey(question)
                ? fixedKeys.get(question) : QuestionLines.comparable(fill.fill(question.text())))).toList();
    }

    /** Every tag the questions carry. */
    static Set<Tag> tagsOf(Collection<BankQuestion> questions) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        questions.forEach(question -> tags.addAll(question.tags()));
        return tags;
    }
}
