package coach.coffeechat.questions;

import java.util.List;
import java.util.Objects;

/**
 * A group of bank questions, such as "A typical day".
 *
 * @param id the stable id written in the bank, such as {@code day}
 * @param label what users see
 * @param questions its questions in bank order, 1 to {@value QuestionBank#MAX_PER_TOPIC}
 */
public record Topic(String id, String label, List<BankQuestion> questions) {
    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        questions = List.copyOf(questions);
    }
}
