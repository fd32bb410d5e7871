package coach.coffeechat.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * That a meeting took place, without anything said in it: what a cohort's coach may count.
 *
 * @param contactId who it was with
 * @param metOn the day it took place
 * @param loggedAt when the user logged it
 */
public record MeetingHeld(long contactId, LocalDate metOn, Instant loggedAt) {
    public MeetingHeld {
        Objects.requireNonNull(metOn, "metOn");
        Objects.requireNonNull(loggedAt, "loggedAt");
    }
}
