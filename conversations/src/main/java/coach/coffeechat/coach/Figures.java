package coach.coffeechat.coach;

import coach.coffeechat.contact.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One member's progress as their coach may see it: counts and dates, and the names of people met only when the
 * member shares names. Never any notes.
 *
 * @param member who, and what they share
 * @param contactsByStage how many contacts stand at each stage now
 * @param steps each step taken, oldest first
 * @param overdueFollowUps follow-ups past their due time and not acted on
 * @param lastActivity the member's latest step, contact added or meeting logged, if any
 * @param namesMet the people the member met, when they share names; empty otherwise
 */
record Figures(Member member, Map<Stage, Integer> contactsByStage, List<Step> steps, int overdueFollowUps,
               Optional<Instant> lastActivity, List<String> namesMet) {
    Figures {
        Objects.requireNonNull(member, "member");
        contactsByStage = contactsByStage.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(contactsByStage));
        steps = List.copyOf(steps);
        Objects.requireNonNull(lastActivity, "lastActivity");
        namesMet = member.sharing() == Sharing.NAMED ? List.copyOf(namesMet) : List.of();
    }

    /** What kind of step. */
    enum Kind { REQUEST_SENT, REPLY, MEETING, THANK_YOU_ON_TIME }

    /**
     * One step a member took.
     *
     * @param kind what it was
     * @param at when
     */
    record Step(Kind kind, Instant at) {
        Step {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The steps taken in {@code [from, to)}. */
    Tally tally(Instant from, Instant to) {
        int[] counts = new int[Kind.values().length];
        for (Step step : steps) {
            if (!step.at().isBefore(from) && step.at().isBefore(to)) {
                counts[step.kind().ordinal()]++;
            }
        }
        return new Tally(counts[0], counts[1], counts[2], counts[3]);
    }

    /** Every step ever taken. */
    Tally total() {
        return tally(Instant.MIN, Instant.MAX);
    }

    /** Contacts kept, at any stage. */
    int contacts() {
        return contactsByStage.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How long since the member's last activity at {@code now}; the longest possible when there was none. */
    Duration quietFor(Instant now) {
        return lastActivity.map(last -> Duration.between(last, now)).filter(d -> !d.isNegative())
                .orElse(Duration.ofDays(36_500));
    }
}
