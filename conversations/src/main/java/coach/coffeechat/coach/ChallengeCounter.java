package coach.coffeechat.coach;

import coach.coffeechat.followup.FollowUpFeature;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts what each member of a challenge did during it, through the contact, meeting and follow-up features'
 * public faces (the same reading as the coach's figures, so a thank-you is on time by the same rule). Nobody
 * reports their own numbers. Stateless.
 */
final class ChallengeCounter {
    private final ChallengeRepository challenges;
    private final FiguresReader figures;
    private final FollowUpFeature followUps;

    ChallengeCounter(ChallengeRepository challenges, FiguresReader figures, FollowUpFeature followUps) {
        this.challenges = challenges;
        this.figures = figures;
        this.followUps = followUps;
    }

    /** Each member's effort during the challenge, as it stands at {@code now}. */
    List<Effort> count(Connection connection, Challenge challenge, Instant now) {
        Instant to = challenge.to();
        List<Effort> counted = new ArrayList<>();
        for (ChallengeRepository.Joined joined : challenges.members(connection, challenge.id())) {
            Tally tally = figures.read(connection, new Member(joined.user(), joined.name(), Sharing.COUNTS), now)
                    .tally(challenge.from(), to);
            int done = followUps.doneBetween(connection, joined.user(), challenge.from(), to);
            counted.add(new Effort(joined, tally.requestsSent(), tally.meetingsHeld(), tally.thankYousOnTime(),
                    done));
        }
        return counted;
    }
}
