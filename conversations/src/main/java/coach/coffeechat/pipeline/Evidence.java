package coach.coffeechat.pipeline;

import java.util.Optional;

/**
 * The one comparison worth telling a user from their own numbers: of two groups of the same split (say referred
 * and cold requests), each with at least the configured number of requests, the pair whose reply rates differ
 * most. Nothing when no split has two such groups, or their rates are equal. Stateless.
 *
 * @param dimension the split the two groups come from
 * @param better the group with the higher reply rate
 * @param worse the group with the lower reply rate
 */
record Evidence(Funnel.Dimension dimension, Funnel.Group better, Funnel.Group worse) {

    /**
     * The comparison, if the funnel has enough data for one.
     *
     * @param funnel the user's figures
     * @param minRequests the fewest requests a group needs to be compared ({@code pipeline.evidence-min-requests})
     */
    static Optional<Evidence> of(Funnel funnel, int minRequests) {
        Evidence found = null;
        for (Funnel.Split split : funnel.splits()) {
            for (Funnel.Group a : split.groups()) {
                for (Funnel.Group b : split.groups()) {
                    if (a.asked() >= minRequests && b.asked() >= minRequests && a.rate() > b.rate()
                            && (found == null || a.rate() - b.rate() > found.gap())) {
                        found = new Evidence(split.dimension(), a, b);
                    }
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private double gap() {
        return better.rate() - worse.rate();
    }
}
