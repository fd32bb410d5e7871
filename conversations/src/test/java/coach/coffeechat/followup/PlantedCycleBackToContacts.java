package coach.coffeechat.followup;

import coach.coffeechat.contact.PlantedCycleToFollowUps;

/** A test-only violation for {@code ArchitectureTest}: the way back from followup to contact. */
public final class PlantedCycleBackToContacts {
    PlantedCycleToFollowUps toContacts() {
        return new PlantedCycleToFollowUps();
    }
}
