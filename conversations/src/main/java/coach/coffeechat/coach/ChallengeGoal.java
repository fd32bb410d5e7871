package coach.coffeechat.coach;

import coach.coffeechat.engine.Identified;
import java.util.Locale;
import java.util.Optional;

/** What a challenge counts: steps members take with the bot, never outcomes and never numbers they type in. */
enum ChallengeGoal implements Identified {
    /** Requests marked as sent. */
    REQUESTS,
    /** Coffee chats held (meetings logged). */
    MEETINGS,
    /** Thank-yous sent within a day of the meeting being logged. */
    THANK_YOUS,
    /** Follow-ups marked done. */
    FOLLOW_UPS;

    /** The id typed and stored: {@code requests}, {@code meetings}, {@code thank-yous}, {@code follow-ups}. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The goal with this id, ignoring case. */
    static Optional<ChallengeGoal> fromId(String id) {
        return Identified.fromId(ChallengeGoal.class, id);
    }
}
