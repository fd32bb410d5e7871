package coach.coffeechat.coach;

import static coach.coffeechat.coach.CoachBench.SERVER;
import static coach.coffeechat.coach.CoachBench.text;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The weekly digest goes out once per week at the server's local day and time: not a minute early, not twice for
 * repeated rounds, a restart or a failed post retried, and at 09:00 local on both sides of a daylight saving change
 * (Europe/Berlin moves to summer time on Sunday 29 March 2026). Time only moves when the test moves it.
 */
final class DigestTimingTest {
    private static final UserId MAYA = new UserId("maya");
    private static final UserId LEO = new UserId("leo");
    private final CoachBench bench = new CoachBench();
    private final List<Instant> postedAt = new ArrayList<>();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void onceAWeekAtNineLocalAcrossRestartsAndTheChangeToSummerTime() {
        recordPostingTimes();
        // Monday 2 March, 10:00 in Berlin: this week's 09:00 has passed before the setup, so it is not posted.
        bench.setUp(SERVER, "timezone", "Europe/Berlin", "day", "monday", "time", "09:00");
        bench.share(MAYA, "Maya", SERVER, Sharing.COUNTS);
        bench.round();
        assertThat(bench.posted).isEmpty();

        moveTo("2026-03-09T07:59:00Z");
        assertThat(bench.posted).as("08:59 in Berlin").isEmpty();
        moveTo("2026-03-09T08:00:00Z");
        bench.round();
        bench.restart();
        bench.round();
        assertThat(postedAt).containsExactly(Instant.parse("2026-03-09T08:00:00Z"));

        walkHourlyTo("2026-03-30T06:00:00Z");
        moveTo("2026-03-30T06:59:00Z");
        assertThat(bench.posted).as("08:59 summer time in Berlin").hasSize(3);
        moveTo("2026-03-30T07:00:00Z");
        bench.restart();
        walkHourlyTo("2026-04-05T23:00:00Z");

        assertThat(postedAt).containsExactly(Instant.parse("2026-03-09T08:00:00Z"),
                Instant.parse("2026-03-16T08:00:00Z"), Instant.parse("2026-03-23T08:00:00Z"),
                Instant.parse("2026-03-30T07:00:00Z"));
        assertThat(bench.posted).extracting(Digest::week).containsExactly(LocalDate.parse("2026-03-09"),
                LocalDate.parse("2026-03-16"), LocalDate.parse("2026-03-23"), LocalDate.parse("2026-03-30"));
    }

    @Test
    void aPostThatFailedIsTriedAgainAfterTheLeaseWithTheSameNonceAndThenNeverAgain() {
        List<Digest> attempts = new ArrayList<>();
        bench.postTo(digest -> {
            attempts.add(digest);
            if (attempts.size() == 1) {
                throw new IllegalStateException("the process died before it could record the post");
            }
            return new DigestSink.Posted();
        });
        bench.setUp(SERVER, "day", "tuesday", "time", "09:00", "timezone", "UTC");

        moveTo("2026-03-03T09:00:00Z");
        moveTo("2026-03-03T09:04:00Z");
        assertThat(attempts).as("within the lease").hasSize(1);
        bench.restart();
        moveTo("2026-03-03T09:05:00Z");
        walkHourlyTo("2026-03-09T09:00:00Z");

        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1).nonce()).isEqualTo(attempts.get(0).nonce()).hasSize(25);
        assertThat(attempts.get(1).idempotencyKey()).isEqualTo("digest:" + SERVER + ":2026-03-02");
    }

    @Test
    void theDigestCountsAndNamesOnlyMembersWhoShareAndForgetsThoseWhoStop() {
        recordPostingTimes();
        bench.setUp(SERVER, "day", "tuesday", "time", "09:00", "timezone", "UTC");
        bench.contactThrough(MAYA, "Ana Li", "request-sent");
        bench.contactThrough(LEO, "Bo Chen", "request-sent", "replied");
        bench.share(MAYA, "Maya", SERVER, Sharing.NAMED);
        bench.clock.advance(Duration.ofDays(20));
        bench.share(new UserId("kim"), "Kim", SERVER, Sharing.COUNTS);

        moveTo("2026-03-24T09:00:00Z");
        String first = bench.posted.get(0).text();
        bench.command(MAYA, CoachBench.in(SERVER, "Maya", false), "coach share", "level", "off");
        moveTo("2026-03-31T09:00:00Z");
        String second = bench.posted.get(1).text();

        assertThat(first).contains(text("coach.digest.totals", "members", 2, "contacts", 1, "requests", 1,
                "replies", 0, "meetings", 0, "thanks", 0), text("coach.digest.nudge.overdue", "name", "Maya", "count", 1),
                text("coach.digest.nudge.not-started", "name", "Kim"));
        assertThat(first).doesNotContain("Leo", "Bo Chen", "Ana Li");
        assertThat(second).doesNotContain("Maya").contains("Kim");
        assertThat(bench.posted.get(0).pingRole()).as("no ping unless the coach asked for it").isEmpty();
        assertThat(bench.posted.get(0).chart()).hasSizeGreaterThan(1000);
    }

    private void recordPostingTimes() {
        bench.postTo(digest -> {
            bench.posted.add(digest);
            postedAt.add(bench.clock.instant());
            return new DigestSink.Posted();
        });
    }

    /** Moves the clock forward to {@code when} and runs a round there. */
    private void moveTo(String when) {
        bench.clock.advance(Duration.between(bench.clock.instant(), Instant.parse(when)));
        bench.round();
    }

    /** A round every hour on the hour up to {@code when}. */
    private void walkHourlyTo(String when) {
        Instant end = Instant.parse(when);
        while (bench.clock.instant().isBefore(end)) {
            Instant next = bench.clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.HOURS);
            bench.clock.advance(Duration.between(bench.clock.instant(), next));
            bench.round();
        }
    }
}
