package coach.coffeechat.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import coach.coffeechat.bot.App;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.UserId;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DatabaseOutageTest} on PostgreSQL, where {@code COFFEECHAT_TEST_POSTGRES_URL} names a server: the bot
 * reaches it through a link the test cuts (the health turns 503 naming the database) and restores (200 again, and
 * the bot answers, without a restart).
 */
final class DatabaseOutagePostgresTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    /** How many health checks (each at most two seconds) the pool may take to connect again. */
    private static final int RECOVERY_CHECKS = 25;

    @TempDir
    Path work;

    @Test
    void healthFollowsAPostgresqlServerThatGoesAwayAndComesBack() throws Exception {
        String server = System.getenv("COFFEECHAT_TEST_POSTGRES_URL");
        assumeTrue(server != null && !server.isBlank(), "needs a PostgreSQL server (COFFEECHAT_TEST_POSTGRES_URL)");
        String schema = "outage_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        try (Connection connection = DriverManager.getConnection(server);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        URI direct = URI.create(server.substring("jdbc:".length()));
        try (CuttableLink link = CuttableLink.to(direct.getHost(), direct.getPort())) {
            String url = server.replace(direct.getHost() + ":" + direct.getPort(), "127.0.0.1:" + link.port())
                    + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            CoachConfig config = CoachConfig.from(Settings.load(Optional.empty(), Map.of(
                    "COFFEECHAT_DATA_DIR", work.resolve("data").toString(), "COFFEECHAT_DB_URL", url,
                    "COFFEECHAT_DB_POOL_SIZE", "2", "COFFEECHAT_METRICS_PORT", "0")));
            try (App app = App.start(config, Texts.load(Optional.empty()), CLOCK)) {
                InetSocketAddress address = app.telemetry().address().orElseThrow();
                assertThat(Scrape.get(address, "/health").statusCode()).isEqualTo(200);

                link.cut();
                HttpResponse<String> down = Scrape.get(address, "/health");
                assertThat(down.statusCode()).isEqualTo(503);
                assertThat(down.body()).startsWith("database: ").hasLineCount(1).doesNotContain(schema);

                link.restore();
                int checks = 0;
                while (Scrape.get(address, "/health").statusCode() != 200 && checks < RECOVERY_CHECKS) {
                    checks++;
                }
                assertThat(Scrape.get(address, "/health").body()).isEqualTo("ok\n");
                assertThat(app.coach().conversations().handle(new UserId("after-outage"),
                        Input.Command.of("contact list")).text()).contains("You haven't added anyone yet.");
            }
        }
    }
}
