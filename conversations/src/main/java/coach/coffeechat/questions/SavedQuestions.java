package coach.coffeechat.questions;

import coach.coffeechat.engine.UserId;
import java.sql.Connection;
import java.util.Optional;

/**
 * The question lists users saved, as other features may read them (the prep before a meeting lists them). Every
 * read is scoped to the owner and works in the caller's transaction.
 */
public interface SavedQuestions {

    /** The list saved for one of the user's contacts, if any. */
    Optional<QuestionList> find(Connection connection, UserId owner, long contactId);
}
