package coach.coffeechat.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import coach.coffeechat.bot.App;
import coach.coffeechat.bot.console.ConsoleSession;
import coach.coffeechat.bot.console.Terminal;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.Texts;
import coach.coffeechat.followup.FollowUpScheduler;
import coach.coffeechat.followup.FollowUpSink;
import java.io.IOException;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of "Operating it": after a scripted console session on the started bot, with one follow-up
 * held and one delivered, a scrape of {@code /metrics} finds the counters moved; with {@code metrics.port} unset,
 * nothing listens.
 */
final class OperatingItTest {
    private static final Texts TEXTS = Texts.load(Optional.empty());
    private static final String ANA_NOTE = "She moved from teaching into research";

    @TempDir
    Path dataDir;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T09:00:00Z"));

    @Test
    void aScrapeAfterAScriptedSessionFindsTheCountersMoved() throws Exception {
        try (App app = App.start(config(Map.of("COFFEECHAT_METRICS_PORT", "0")), TEXTS, clock)) {
            // GIVEN Ana added (one answer refused on the way) and met; her thank-you cannot be sent: it is held
            converse(app, "/contact add", "Ana Li", "UX researcher", "Acme Health", ANA_NOTE, "scorching", "warm",
                    "friend", "", "yes", "/contact stage contact: Ana Li stage: met");
            clock.advance(Duration.ofHours(2));
            try (FollowUpScheduler closedInbox = app.coach().timer(
                    prompt -> new FollowUpSink.Undeliverable("50007 cannot send messages to this user"))) {
                assertThat(closedInbox.runOnce().held()).isEqualTo(1);
            }
            // AND Ben added and met; his thank-you falls due and the console prints it before the next line
            converse(app, "/contact add", "Ben Okafor", "Designer", "Acme Health", "", "warm", "friend", "", "yes",
                    "/contact stage contact: Ben Okafor stage: met");
            clock.advance(Duration.ofHours(2));
            String printed = converse(app, "/contact list");
            assertThat(printed).contains("Ben Okafor");

            // WHEN the metrics are scraped
            InetSocketAddress address = app.telemetry().address().orElseThrow();
            Scrape scrape = Scrape.of(address);

            // THEN the interactions, the engine's time, the commits and the follow-ups moved
            assertThat(scrape.value("coffeechat_interactions_total",
                    Map.of("command", "contact add", "input", "command", "outcome", "completed"))).isEqualTo(2);
            assertThat(scrape.value("coffeechat_interactions_total",
                    Map.of("command", "contact stage", "outcome", "completed"))).isEqualTo(2);
            assertThat(scrape.value("coffeechat_interactions_total",
                    Map.of("input", "answer", "outcome", "refused"))).isGreaterThanOrEqualTo(1);
            assertThat(scrape.value("coffeechat_engine_step_seconds_count",
                    Map.of("input", "command", "outcome", "completed"))).isGreaterThanOrEqualTo(5);
            assertThat(scrape.value("coffeechat_engine_step_seconds_sum", Map.of())).isPositive();
            assertThat(scrape.value("coffeechat_db_commit_seconds_count", Map.of("outcome", "committed")))
                    .isPositive();
            assertThat(scrape.value("coffeechat_followups_claimed_total", Map.of())).isEqualTo(2);
            assertThat(scrape.value("coffeechat_followups_deliveries_total", Map.of("outcome", "held")))
                    .isEqualTo(1);
            assertThat(scrape.value("coffeechat_followups_deliveries_total", Map.of("outcome", "delivered")))
                    .isEqualTo(1);
            assertThat(scrape.find("coffeechat_followups_due", Map.of())).singleElement()
                    .satisfies(due -> assertThat(due.value()).isZero());
            assertThat(scrape.value("jvm_memory_used_bytes", Map.of())).isPositive();
            assertThat(scrape.value("process_uptime_seconds", Map.of())).isPositive();
            // AND no label holds a name, a note or the user's id
            assertThat(scrape.find("coffeechat_interactions_total", Map.of())).allSatisfy(series ->
                    assertThat(series.labels().values()).noneMatch(value -> value.contains("Ana")
                            || value.contains("Ben") || value.contains("teaching")
                            || value.contains(ConsoleSession.USER.toString())));
            // AND the bot is healthy: the database answers, and the console has no gateway
            assertThat(Scrape.get(address, "/health").body()).isEqualTo("ok\n");
        }
    }

    @Test
    void withMetricsPortUnsetNothingListens() throws IOException {
        assumeTrue(ListeningSockets.known(), "needs Linux's /proc to list the process's sockets");
        Map<Integer, String> before = ListeningSockets.ofThisProcess();
        try (App app = App.start(config(Map.of()), TEXTS, clock)) {
            converse(app, "/contact list");

            assertThat(app.telemetry().address()).isEmpty();
            assertThat(ListeningSockets.ofThisProcess()).as("sockets listening since the start")
                    .isEqualTo(before);
            // the meters the engine asked for are empty shells: nothing was counted or timed
            assertThat(app.telemetry().meters().getMeters()).allSatisfy(meter -> assertThat(meter.measure())
                    .allSatisfy(m -> assertThat(m.getValue()).satisfiesAnyOf(v -> assertThat(v).isZero(),
                            v -> assertThat(v).isNaN())));
        }
    }

    private CoachConfig config(Map<String, String> environment) {
        Map<String, String> all = new HashMap<>(environment);
        all.put("COFFEECHAT_DATA_DIR", dataDir.toString());
        return CoachConfig.from(Settings.load(Optional.empty(), all));
    }

    private String converse(App app, String... lines) {
        StringWriter out = new StringWriter();
        try {
            ConsoleSession.withFollowUps(app.coach(), app.config(),
                    Terminal.scripted(String.join("\n", lines) + "\n", out, new StringWriter())).run();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
