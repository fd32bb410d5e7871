package coach.coffeechat.coach;

import java.util.Objects;

/**
 * What one member who joined a challenge did with the bot during it, counted from their actions.
 *
 * @param member who joined, and how they appear on the leaderboard
 * @param requests requests marked sent
 * @param meetings meetings logged
 * @param thankYous thank-yous sent on time
 * @param followUps follow-ups marked done
 */
record Effort(ChallengeRepository.Joined member, int requests, int meetings, int thankYous, int followUps) {
    Effort {
        Objects.requireNonNull(member, "member");
    }

    /** The steps that count toward the challenge's goal. */
    int toward(ChallengeGoal goal) {
        return switch (goal) {
            case REQUESTS -> requests;
            case MEETINGS -> meetings;
            case THANK_YOUS -> thankYous;
            case FOLLOW_UPS -> followUps;
        };
    }

    /** What the leaderboard ranks: effort (requests sent, thank-yous on time, follow-ups done), never outcomes. */
    int effort() {
        return requests + thankYous + followUps;
    }
}
