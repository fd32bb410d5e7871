package coach.coffeechat.coach;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A group challenge in a server: each member who joins aims for {@code target} steps of one kind between two local
 * dates, both included.
 *
 * @param id the database id
 * @param serverId the server
 * @param channel where its posts go: the channel it was started in
 * @param goal what is counted
 * @param target how many steps each member aims for
 * @param startsOn the first day, in the server's zone
 * @param endsOn the last day, in the server's zone
 * @param zone the server's zone when it was started
 */
record Challenge(long id, String serverId, String channel, ChallengeGoal goal, int target, LocalDate startsOn,
                 LocalDate endsOn, ZoneId zone) {
    Challenge {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        Objects.requireNonNull(zone, "zone");
    }

    /** When it starts: the start of its first day. */
    Instant from() {
        return startsOn.atStartOfDay(zone).toInstant();
    }

    /** When it is over: the start of the day after its last. */
    Instant to() {
        return endsOn.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Halfway between its start and its end. */
    Instant midpoint() {
        return from().plus(Duration.between(from(), to()).dividedBy(2));
    }

    /** Whether it is over at {@code now}. */
    boolean over(Instant now) {
        return !now.isBefore(to());
    }
}
