package coach.coffeechat.store;

import coach.coffeechat.followup.FollowUpKind;

/** A test-only violation for {@code ArchitectureTest}: the ground floor reaching up into a feature. */
public final class PlantedStoreReachingIntoAFeature {
    FollowUpKind reachesUp() {
        return FollowUpKind.THANK_YOU;
    }
}
