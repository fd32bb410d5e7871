package coach.coffeechat.questions;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The questions prepared for one contact, in the order they will be asked.
 *
 * @param contactId the contact they are for
 * @param questions the questions, one line each
 * @param minutes how many minutes the user asked for
 * @param updatedAt when the list was last saved
 */
public record QuestionList(long contactId, List<String> questions, int minutes, Instant updatedAt) {
    public QuestionList {
        questions = List.copyOf(questions);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
