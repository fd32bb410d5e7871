package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.followup.FollowUp;
import coach.coffeechat.followup.FollowUpKind;
import coach.coffeechat.followup.FollowUpState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console runs the follow-up timer between inputs: a prompt is printed before the next line is read and counts as
 * delivered only then; one that falls due as the user quits stays due and comes first next time.
 */
final class ConsoleFollowUpsDeliveryTest {
    private static final String ALARM = "\u23f0";
    private static final int NEVER = 0;

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryCoach coach = InMemoryCoach.open(clock, Map.of());

    @BeforeEach
    void metAnaAnHourAgoSoTheThankYouIsDueNow() {
        coach.converse("/contact add", "Ana Li", "", "", "", "warm", "friend", "", "yes",
                "/contact stage contact: Ana Li stage: met");
    }

    @AfterEach
    void close() {
        coach.close();
    }

    @Test
    void aPromptThatFallsDueAsTheUserQuitsIsNotMarkedSentAndComesFirstNextTime() throws IOException {
        // WHEN the thank-you falls due while /quit is being typed
        String leaving = converse("/contact list\n/quit\n", 2);

        // THEN it was not printed, and it is still due
        assertThat(leaving).doesNotContain(ALARM);
        assertThat(thankYou().state()).isEqualTo(FollowUpState.PENDING);
        assertThat(thankYou().dueAt()).isBeforeOrEqualTo(clock.instant());

        // AND the next session prints it before anything is typed, and only then counts it as sent
        String next = converse("/quit\n", NEVER);
        assertThat(next.indexOf(ALARM + " ")).isPositive().isLessThan(next.indexOf("> /quit"));
        assertThat(next).contains("Ana Li");
        assertThat(thankYou().state()).isEqualTo(FollowUpState.SENT);
    }

    @Test
    void aPromptDueBetweenInputsIsPrintedBeforeTheNextOneIsRead() throws IOException {
        // WHEN the thank-you falls due while /contact list is being typed
        String transcript = converse("/contact list\n/contact list\n", 1);

        // THEN it comes after the first answer, before the second input
        assertThat(transcript.indexOf(ALARM + " ")).isGreaterThan(transcript.indexOf("Your contacts (1):"))
                .isLessThan(transcript.lastIndexOf("> /contact list"));
        assertThat(thankYou().state()).isEqualTo(FollowUpState.SENT);
    }

    private FollowUp thankYou() {
        return coach.followUps().stream().filter(followUp -> followUp.kind() == FollowUpKind.THANK_YOU)
                .findFirst().orElseThrow();
    }

    /**
     * One console session with the timer, over {@code script}; the clock moves an hour (the thank-you falls due) as
     * line {@code moveAtLine} (from 1) starts to be read: after the timer's round for that line.
     */
    private String converse(String script, int moveAtLine) throws IOException {
        BufferedReader in = new ClockMovingScript(script, clock, moveAtLine, Duration.ofHours(1));
        StringWriter out = new StringWriter();
        Terminal terminal = new Terminal(in, new PrintWriter(out, true), new PrintWriter(new StringWriter()), false);
        ConsoleSession.withFollowUps(coach.coach(), InMemoryCoach.CONFIG, terminal).run();
        return out.toString().replace(System.lineSeparator(), "\n");
    }
}
