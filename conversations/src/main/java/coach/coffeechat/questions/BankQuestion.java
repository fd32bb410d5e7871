package coach.coffeechat.questions;

import java.util.Objects;
import java.util.Set;

/**
 * One question of the bank.
 *
 * @param id stable within a loaded bank: the topic's id and the question's place in it, such as {@code day-3}
 * @param topicId the topic it belongs to
 * @param text the question, possibly with {@code ${name}}, {@code ${organisation}} and {@code ${field}}
 * @param tags what it is for: at least one
 */
public record BankQuestion(String id, String topicId, String text, Set<Tag> tags) {
    public BankQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(text, "text");
        tags = Set.copyOf(tags);
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("question " + id + " has no tag");
        }
    }

    /** Whether it carries the tag. */
    public boolean has(Tag tag) {
        return tags.contains(tag);
    }
}
