package coach.coffeechat.coach;

import coach.coffeechat.engine.Identified;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** How the roster is ordered. */
enum RosterSort implements Identified {
    /** Quiet longest first: who may be stuck comes first. */
    STUCK,
    /** Most steps in the past two weeks first. */
    ACTIVE,
    /** By name. */
    NAME;

    /** What "most active" looks back over. */
    static final Duration RECENT = Duration.ofDays(14);

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order with this id, ignoring case. */
    static Optional<RosterSort> fromId(String id) {
        return Identified.fromId(RosterSort.class, id);
    }

    /** The members' order at {@code now}; ties go by name. */
    Comparator<Figures> order(Instant now) {
        Comparator<Figures> byName = Comparator.comparing((Figures f) -> f.member().name().toLowerCase(Locale.ROOT))
                .thenComparing(f -> f.member().user().value());
        return switch (this) {
            case STUCK -> Comparator.comparing((Figures f) -> f.quietFor(now)).reversed().thenComparing(byName);
            case ACTIVE -> Comparator.comparingInt((Figures f) -> f.tally(now.minus(RECENT), now).steps()).reversed()
                    .thenComparing(byName);
            case NAME -> byName;
        };
    }
}
