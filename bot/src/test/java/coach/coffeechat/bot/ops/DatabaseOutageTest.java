package coach.coffeechat.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.bot.App;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.UserId;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The health endpoint follows the database: the bot runs on an H2 server over TCP, the server is stopped under the
 * running bot (the health turns 503 with a database reason) and started again on the same port (the pool connects
 * again and the health turns 200, without a restart of the bot).
 */
final class DatabaseOutageTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    /** How many health checks (each at most two seconds) the pool may take to connect again. */
    private static final int RECOVERY_CHECKS = 25;

    @TempDir
    Path work;

    private Server database;

    @AfterEach
    void stopDatabase() {
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void healthTurnsUnhealthyWhenTheDatabaseStopsAndHealthyWhenItReturns() throws Exception {
        int port = freePort();
        database = startDatabase(port);
        Map<String, String> environment = Map.of("COFFEECHAT_DATA_DIR", work.resolve("data").toString(),
                "COFFEECHAT_DB_URL", "jdbc:h2:tcp://127.0.0.1:" + port + "/coach", "COFFEECHAT_DB_POOL_SIZE", "2",
                "COFFEECHAT_METRICS_PORT", "0");
        CoachConfig config = CoachConfig.from(Settings.load(Optional.empty(), environment));
        try (App app = App.start(config, Texts.load(Optional.empty()), CLOCK)) {
            InetSocketAddress address = app.telemetry().address().orElseThrow();
            assertThat(Scrape.get(address, "/health").statusCode()).isEqualTo(200);

            // WHEN the database stops under the running bot
            database.stop();

            // THEN the health says so, in one line that names the database
            HttpResponse<String> down = Scrape.get(address, "/health");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).startsWith("database: ").endsWith("\n").hasLineCount(1);

            // WHEN it is back on the same port
            database = startDatabase(port);

            // THEN the pool connects again, the health turns 200 and the bot answers
            int checks = 0;
            while (Scrape.get(address, "/health").statusCode() != 200 && checks < RECOVERY_CHECKS) {
                checks++;
            }
            assertThat(Scrape.get(address, "/health").body()).isEqualTo("ok\n");
            assertThat(app.coach().conversations().handle(new UserId("after-outage"),
                    Input.Command.of("contact list")).text()).contains("You haven't added anyone yet.");
        }
    }

    private Server startDatabase(int port) throws SQLException {
        return Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir",
                work.resolve("h2").toString()).start();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
