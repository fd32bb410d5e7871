package coach.coffeechat.meeting;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored meeting log.
 *
 * @param id the database id
 * @param log what the user logged, suggestions linked to their contacts
 * @param createdAt when it was logged
 */
public record Meeting(long id, MeetingLog log, Instant createdAt) {
    public Meeting {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
