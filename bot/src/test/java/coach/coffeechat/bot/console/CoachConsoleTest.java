package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coach's five minutes in the console, on a server simulated by name: set it up, share counts after the
 * confirmation, see the roster, and get the weekly digest printed between inputs with its chart saved in the data
 * directory.
 */
final class CoachConsoleTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryCoach coach = InMemoryCoach.open(clock, Map.of());

    @TempDir
    Path dataDir;

    @AfterEach
    void close() {
        coach.close();
    }

    @Test
    void setUpShareRosterAndTheDigestWithItsChart() throws IOException {
        String transcript = converse("""
                /coach setup server: Cohort A channel: #coach-desk role: @Coach time: 10:00 timezone: UTC
                /coach share server: Cohort A level: counts
                yes
                /coach roster server: Cohort A
                /coach settings server: Cohort A
                /quit
                """, 5);

        assertThat(transcript).contains("Coaching is set up for Cohort A.", "Coach role: @Coach",
                "Mondays at 10:00 (UTC) in #coach-desk", "If you share counts, the coaches of Cohort A will see",
                "Done: the coaches of Cohort A see your counts", "Cohort A: 1 member shares their progress");
        Path chart = dataDir.resolve("coach-digests").resolve("cohort-a-2026-03-02.png");
        assertThat(transcript).contains("In #coach-desk: Cohort A: the week to 2 Mar",
                "The chart: " + chart.toAbsolutePath().normalize());
        assertThat(transcript.indexOf("In #coach-desk")).isLessThan(transcript.lastIndexOf("> /quit"));
        assertThat(Files.size(chart)).isGreaterThan(10_000);
    }

    @Test
    void aChallengeIsStartedJoinedAnnouncedAndCountedFromARequestSent() throws IOException {
        coach.converse("/contact add", "Ana Li", "", "", "", "warm", "friend", "", "yes",
                "/contact stage contact: Ana Li stage: request-sent");

        String transcript = converse("""
                /coach setup server: Cohort A channel: #coach-desk timezone: UTC
                /challenge start server: Cohort A goal: requests count: 2 end: 2026-03-04
                /challenge join server: Cohort A appear: named
                /challenge status server: Cohort A
                /quit
                """, 99);

        assertThat(transcript).contains("Started: 2 requests sent each, from Mon 2 Mar to Wed 4 Mar.",
                "In the challenge's channel:\nNew challenge in Cohort A: 2 requests sent each, from Mon 2 Mar to Wed 4 Mar.",
                "You're in: 2 requests sent each, until Wed 4 Mar.", "You: 1 of 2 requests sent.",
                "1 member has joined. Together, requests sent: 1; 0 members reached the goal.");
        assertThat(transcript.indexOf("New challenge in Cohort A"))
                .isLessThan(transcript.indexOf("> /challenge join"));
    }

    @Test
    void aCoachAddsAQuestionAndWritesATemplateOverSeveralLinesAndTheConsoleAnnouncementSaysWhatToType()
            throws IOException {
        String transcript = converse("""
                /coach setup server: Cohort A channel: #coach-desk timezone: UTC
                /coach questions server: Cohort A action: add question: What surprised you in your first month?
                /coach template server: Cohort A name: followup-reminder
                \"\"\"
                Hi ${first},

                A short nudge from our cohort. ${referrer}

                ${sender}
                \"\"\"
                /challenge start server: Cohort A goal: requests count: 2 end: friday
                /quit
                """, 99);

        assertThat(transcript).contains("Added to the questions of Cohort A: \"What surprised you in your first"
                        + " month?\"", "1. What surprised you in your first month? (insights)",
                "Saved for Cohort A: members who draft in this server now get followup-reminder like this:\nHi",
                "A short nudge from our cohort.", "from Mon 2 Mar to Fri 6 Mar",
                "Join by typing /challenge join server: Cohort A")
                .doesNotContain("button below");
    }

    /** One console session with the timer; the clock moves an hour as line {@code moveAtLine} (from 1) is read. */
    private String converse(String script, int moveAtLine) throws IOException {
        BufferedReader in = new ClockMovingScript(script, clock, moveAtLine, Duration.ofHours(1));
        StringWriter out = new StringWriter();
        Terminal terminal = new Terminal(in, new PrintWriter(out, true), new PrintWriter(new StringWriter()), false);
        CoachConfig config = CoachConfig.from(Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_DATA_DIR", dataDir.toString())));
        ConsoleSession.withFollowUps(coach.coach(), config, terminal).run();
        return out.toString().replace(System.lineSeparator(), "\n");
    }
}
