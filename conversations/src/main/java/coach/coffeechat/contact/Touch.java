package coach.coffeechat.contact;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Where staying in touch with one contact stands.
 *
 * @param cadence how often the user wants to be in touch
 * @param cadenceSetAt when they chose it (empty for the usual rhythm)
 * @param lastTouched the last time they actually touched the contact, if ever
 */
public record Touch(Cadence cadence, Optional<Instant> cadenceSetAt, Optional<Instant> lastTouched) {
    public Touch {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(cadenceSetAt, "cadenceSetAt");
        Objects.requireNonNull(lastTouched, "lastTouched");
    }

    /** What the cadence counts from: the last touch, or when the cadence was chosen if there was none since. */
    public Optional<Instant> countingFrom() {
        return lastTouched.or(() -> cadenceSetAt);
    }

    /**
     * When the next touch is owed by the chosen cadence: {@link #countingFrom} plus its days on the calendar of
     * {@code zone}. Empty for the usual rhythm and for off.
     */
    public Optional<Instant> owedAt(ZoneId zone) {
        if (cadence.days().isEmpty()) {
            return Optional.empty();
        }
        return countingFrom().map(from -> LocalDateTime.ofInstant(from, zone).plusDays(cadence.days().getAsInt())
                .atZone(zone).toInstant());
    }

    /** Whether a touch is owed at {@code now}: the chosen cadence has passed since the last touch. */
    public boolean owed(Instant now, ZoneId zone) {
        return owedAt(zone).filter(at -> !at.isAfter(now)).isPresent();
    }
}
