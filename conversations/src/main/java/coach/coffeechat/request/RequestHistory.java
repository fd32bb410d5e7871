package coach.coffeechat.request;

import coach.coffeechat.engine.UserId;
import java.sql.Connection;
import java.util.List;

/**
 * The requests a user sent, as other features may read them: format, length and date, never the text. Scoped to
 * the owner, in the caller's transaction. Obtained from {@link RequestFeature#history()}.
 */
@FunctionalInterface
public interface RequestHistory {

    /** Every request the user marked sent, oldest first. */
    List<SentRequest> sent(Connection connection, UserId owner);
}
