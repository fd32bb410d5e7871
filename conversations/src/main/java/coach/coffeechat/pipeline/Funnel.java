package coach.coffeechat.pipeline;

import coach.coffeechat.contact.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One user's outreach as figures: where their contacts stand, what came of their requests (overall and split by
 * the link to the person, the format and the length), and what came after the replies.
 *
 * @param perStage how many contacts stand at each stage (every stage present, 0 when none)
 * @param requests every request sent, and the replies to it
 * @param meetingsHeld meetings the user logged
 * @param referralsGained contacts someone referred the user to
 * @param thankYous thank-yous marked after a meeting
 * @param thankYousOnTime of those, how many within a day of the meeting
 * @param splits the requests split three ways: by link, format and length
 */
record Funnel(Map<Stage, Integer> perStage, Group requests, int meetingsHeld, int referralsGained, int thankYous,
              int thankYousOnTime, List<Split> splits) {

    Funnel {
        Map<Stage, Integer> all = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            all.put(stage, perStage.getOrDefault(stage, 0));
        }
        perStage = Collections.unmodifiableMap(all);
        Objects.requireNonNull(requests, "requests");
        splits = List.copyOf(splits);
    }

    /** How many contacts in all. */
    int contacts() {
        return perStage.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How a split groups requests. */
    enum Dimension {
        /** Referred, warm, lukewarm or cold. */
        LINK,
        /** Email, LinkedIn note or phone. */
        FORMAT,
        /** Short, medium or long. */
        LENGTH;

        /** The id in message keys. */
        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The requests split one way, groups in a fixed order, empty groups left out.
     *
     * @param dimension how they are grouped
     * @param groups the groups
     */
    record Split(Dimension dimension, List<Group> groups) {
        Split {
            Objects.requireNonNull(dimension, "dimension");
            groups = List.copyOf(groups);
        }
    }

    /**
     * Some requests and the replies they got.
     *
     * @param id the group's id within its split ({@code referred}, {@code email}, {@code short}); {@code all} for
     *     every request
     * @param asked how many requests were sent
     * @param replied how many got a reply
     * @param daysToReply for each reply, the days from the request to it
     */
    record Group(String id, int asked, int replied, List<Double> daysToReply) {
        Group {
            Objects.requireNonNull(id, "id");
            daysToReply = List.copyOf(daysToReply);
        }

        /** Replies per request, 0 to 1; 0 with no request. */
        double rate() {
            return asked == 0 ? 0 : (double) replied / asked;
        }

        /** The median of {@link #daysToReply()}, when there was a reply. */
        OptionalDouble medianDays() {
            if (daysToReply.isEmpty()) {
                return OptionalDouble.empty();
            }
            List<Double> sorted = new ArrayList<>(daysToReply);
            Collections.sort(sorted);
            int middle = sorted.size() / 2;
            return OptionalDouble.of(sorted.size() % 2 == 1 ? sorted.get(middle)
                    : (sorted.get(middle - 1) + sorted.get(middle)) / 2);
        }
    }
}
