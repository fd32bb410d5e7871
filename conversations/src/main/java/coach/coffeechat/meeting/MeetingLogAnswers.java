package coach.coffeechat.meeting;

import coach.coffeechat.engine.Minutes;
import coach.coffeechat.engine.TypedWords;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.engine.WhenReader;
import java.time.LocalDate;
import java.util.Map;

/**
 * What {@code meeting-log} was told, read into the log it saves. Steps not answered yet, or skipped, take their
 * defaults: met today, in person, {@link MeetingFlows#MINUTES_RANGE 15 minutes}, interest unsure. A stored date
 * that is after today by now (the user's time zone changed meanwhile) counts as today.
 *
 * @param answers the flow's answers
 */
record MeetingLogAnswers(Map<String, String> answers) {
    MeetingLogAnswers {
        answers = Map.copyOf(answers);
    }

    /** The log as answered so far, for {@code owner}'s meeting with contact {@code contactId}. */
    MeetingLog draft(UserId owner, long contactId, LocalDate today) {
        LocalDate metOn = WhenReader.date(TypedWords.english(), answer("date"), today).filter(date -> !date.isAfter(today)).orElse(today);
        int minutes = Minutes.stored(answer("minutes"), MeetingFlows.MINUTES_RANGE).count();
        return new MeetingLog(owner, contactId, metOn,
                MeetingFormat.fromId(answer("format")).orElse(MeetingFormat.IN_PERSON), minutes,
                answer("learned"), answer("advice"), suggested().people(), answer("promised"), interest(),
                answer("stay"));
    }

    /** Whether the user is still interested in the field, unsure until answered. */
    Interest interest() {
        return Interest.fromId(answer("interested")).orElse(Interest.UNSURE);
    }

    /** The people the contact suggested. */
    SuggestedPeople suggested() {
        return SuggestedPeople.parse(answer("suggested"));
    }

    private String answer(String key) {
        return answers.getOrDefault(key, "");
    }
}
