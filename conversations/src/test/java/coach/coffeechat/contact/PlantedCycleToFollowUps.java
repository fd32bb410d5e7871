package coach.coffeechat.contact;

import coach.coffeechat.followup.PlantedCycleBackToContacts;

/**
 * A test-only violation for {@code ArchitectureTest}: contact needing followup, which
 * {@code followup.PlantedCycleBackToContacts} closes into a cycle.
 */
public final class PlantedCycleToFollowUps {
    PlantedCycleBackToContacts toFollowUps() {
        return new PlantedCycleBackToContacts();
    }
}
