package coach.coffeechat.coach;

import coach.coffeechat.engine.UserId;
import java.util.Objects;

/**
 * A member who shares something with their server's coach.
 *
 * @param user who
 * @param name their name in the server, as the coach sees it
 * @param sharing what they share: {@link Sharing#COUNTS} or {@link Sharing#NAMED}
 */
record Member(UserId user, String name, Sharing sharing) {
    Member {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sharing, "sharing");
    }
}
