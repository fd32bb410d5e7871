package coach.coffeechat.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link MeetingLogAnswers}: the meeting log as answered so far, defaults standing in for what is not. */
final class MeetingLogAnswersTest {
    private static final UserId MAYA = new UserId("maya");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void nothingAnsweredIsAFifteenMinuteMeetingInPersonTodayInterestUnsure() {
        MeetingLog log = new MeetingLogAnswers(Map.of()).draft(MAYA, 42, TODAY);

        assertThat(log).isEqualTo(new MeetingLog(MAYA, 42, TODAY, MeetingFormat.IN_PERSON, 15, "", "", List.of(),
                "", Interest.UNSURE, ""));
    }

    @Test
    void everyAnswerGoesIntoTheLog() {
        MeetingLog log = new MeetingLogAnswers(Map.ofEntries(Map.entry("date", "2026-02-27"),
                Map.entry("format", "video"), Map.entry("minutes", "40"), Map.entry("learned", "A lot"),
                Map.entry("advice", "Take the course"), Map.entry("suggested", "Priya Raman\npriya raman"),
                Map.entry("promised", "Send my portfolio"), Map.entry("interested", "yes"),
                Map.entry("stay", "LinkedIn"))).draft(MAYA, 42, TODAY);

        assertThat(log).isEqualTo(new MeetingLog(MAYA, 42, LocalDate.of(2026, 2, 27), MeetingFormat.VIDEO, 40,
                "A lot", "Take the course", List.of(Suggestion.of("Priya Raman", "", "")), "Send my portfolio",
                Interest.YES, "LinkedIn"));
    }

    @Test
    void yesterdayIsReadAndAStoredDateAfterTodayCountsAsToday() {
        assertThat(new MeetingLogAnswers(Map.of("date", "yesterday")).draft(MAYA, 42, TODAY).metOn())
                .isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(new MeetingLogAnswers(Map.of("date", "2026-03-03")).draft(MAYA, 42, TODAY).metOn())
                .isEqualTo(TODAY);
    }

    @Test
    void storedMinutesOutsideOneTo240AreTheDefault() {
        assertThat(new MeetingLogAnswers(Map.of("minutes", "241")).draft(MAYA, 42, TODAY).minutes()).isEqualTo(15);
        assertThat(new MeetingLogAnswers(Map.of("minutes", "240")).draft(MAYA, 42, TODAY).minutes()).isEqualTo(240);
    }

    @Test
    void theInterestIsUnsureUntilAnswered() {
        assertThat(new MeetingLogAnswers(Map.of()).interest()).isEqualTo(Interest.UNSURE);
        assertThat(new MeetingLogAnswers(Map.of("interested", "no")).interest()).isEqualTo(Interest.NO);
    }
}
