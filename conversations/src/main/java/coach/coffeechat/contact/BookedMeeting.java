package coach.coffeechat.contact;

import java.time.Instant;
import java.util.Objects;

/**
 * The meeting booked with a contact ({@code /meeting schedule}) and the calendar event sent for it.
 *
 * @param at when it starts
 * @param format in-person, phone or video; empty when left to the contact
 * @param uid the iCalendar UID of its event, kept while it is moved; empty when no invite was sent
 * @param sequence the SEQUENCE of the last invite sent for it (0 for the first)
 */
public record BookedMeeting(Instant at, String format, String uid, int sequence) {
    public BookedMeeting {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(uid, "uid");
        if (sequence < 0) {
            throw new IllegalArgumentException("a SEQUENCE is never negative: " + sequence);
        }
    }
}
