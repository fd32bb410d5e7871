package coach.coffeechat.coach;

import static coach.coffeechat.coach.CoachBench.SERVER;
import static coach.coffeechat.coach.CoachBench.in;
import static coach.coffeechat.coach.CoachBench.inChannel;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server's digest and challenge posts go to a shared channel, so they speak the language the coach set for the
 * server with {@code /coach setup language:}, whatever language the timer's thread or the coach speaks; a server
 * with none set speaks English. Time only moves when the test moves it.
 */
final class ServerLanguageTest {
    private static final UserId DANA = new UserId("dana");
    private final CoachBench bench = new CoachBench();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void aSpanishServersDigestAndChallengePostsAreInSpanish() {
        bench.setUp(SERVER, "day", "tuesday", "time", "09:00", "timezone", "UTC", "language", "es");
        assertThat(bench.command(DANA, in(SERVER, "Dana", false), "coach settings").text())
                .contains("Digest and challenge posts in: Español");
        bench.command(DANA, inChannel("Dana", true), "challenge start", "goal", "meetings", "count", "1",
                "end", "2026-03-08");

        bench.round();
        to(Instant.parse("2026-03-03T09:00:00Z"));
        bench.round();

        assertThat(bench.challengePosts).hasSize(1);
        assertThat(bench.challengePosts.get(0).text()).startsWith("Nuevo reto en Cohort A:")
                .contains("Únete con el botón de abajo");
        assertThat(bench.challengePosts.get(0).joinLabel()).isEqualTo("Unirme al reto");
        assertThat(bench.posted).hasSize(1);
        assertThat(bench.posted.get(0).title()).startsWith("Cohort A: la semana hasta el");
        assertThat(bench.posted.get(0).text()).contains("Aquí nadie comparte todavía su progreso");
    }

    @Test
    void aServerWithNoLanguageSetSpeaksEnglish() {
        bench.setUp(SERVER, "day", "tuesday", "time", "09:00", "timezone", "UTC");
        assertThat(bench.command(DANA, in(SERVER, "Dana", false), "coach settings").text())
                .contains("Digest and challenge posts in: English");
        bench.command(DANA, inChannel("Dana", true), "challenge start", "goal", "meetings", "count", "1",
                "end", "2026-03-08");

        bench.round();
        to(Instant.parse("2026-03-03T09:00:00Z"));
        bench.round();

        assertThat(bench.challengePosts.get(0).text()).startsWith("New challenge in Cohort A:");
        assertThat(bench.challengePosts.get(0).joinLabel()).isEqualTo("Join the challenge");
        assertThat(bench.posted.get(0).title()).startsWith("Cohort A: the week to");
        assertThat(bench.posted.get(0).text()).contains("Nobody here shares their progress yet");
    }

    @Test
    void anUnknownLanguageIsRefusedKindlyAndChangesNothing() {
        bench.setUp(SERVER, "language", "es");
        String refused = bench.setUp(SERVER, "language", "klingon", "day", "friday").text();

        assertThat(refused).contains("klingon").contains("English").contains("Español");
        assertThat(bench.command(DANA, in(SERVER, "Dana", false), "coach settings").text())
                .contains("Digest and challenge posts in: Español").contains("Mondays");
    }

    private void to(Instant when) {
        bench.clock.advance(Duration.between(bench.clock.instant(), when));
    }
}
