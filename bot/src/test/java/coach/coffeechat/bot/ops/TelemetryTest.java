package coach.coffeechat.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.config.ConfigException;
import coach.coffeechat.config.Settings;
import java.io.IOException;
import java.net.InetAddress;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's endpoint: on 127.0.0.1 only, {@code /metrics} in Prometheus's text format with the JVM's meters,
 * {@code /health} 200 or 503 with a one-line reason; with no port, nothing listens and nothing is kept.
 */
final class TelemetryTest {
    private final JdbcDataSource database = new JdbcDataSource();
    private Telemetry telemetry;

    TelemetryTest() {
        database.setURL("jdbc:h2:mem:telemetry-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    @AfterEach
    void close() {
        if (telemetry != null) {
            telemetry.close();
        }
    }

    private Telemetry serving() {
        telemetry = Telemetry.from(new OpsSettings(OptionalInt.of(0), OpsSettings.LogFormat.TEXT));
        telemetry.serve(database);
        return telemetry;
    }

    @Test
    void withoutAPortNothingListensAndNothingIsKept() {
        telemetry = Telemetry.from(OpsSettings.from(Settings.load(Optional.empty(), Map.of())));
        telemetry.serve(database);

        assertThat(telemetry.address()).isEmpty();
        telemetry.meters().counter("coffeechat.something").increment();
        assertThat(telemetry.meters().getMeters()).allSatisfy(meter ->
                assertThat(meter.measure()).allSatisfy(m -> assertThat(m.getValue()).isZero()));
        assertThat(telemetry.timed(database)).isSameAs(database);
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws IOException {
        InetSocketAddress address = serving().address().orElseThrow();

        assertThat(address.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        if (ListeningSockets.known()) {
            assertThat(ListeningSockets.ofThisProcess()).containsEntry(address.getPort(), "127.0.0.1");
        }
        Optional<InetAddress> outside = nonLoopbackAddress();
        if (outside.isPresent()) {
            assertThatThrownBy(() -> new Socket(outside.get(), address.getPort()).close())
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void metricsAreInPrometheusTextFormatWithTheJvmsMeters() throws Exception {
        InetSocketAddress address = serving().address().orElseThrow();
        telemetry.meters().counter("coffeechat.test.events", "kind", "one").increment(3);

        HttpResponse<String> response = Scrape.get(address, "/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(OpsServer.PROMETHEUS_TEXT);
        Scrape scrape = Scrape.parse(response.body());
        assertThat(scrape.value("coffeechat_test_events_total", Map.of("kind", "one"))).isEqualTo(3);
        assertThat(scrape.names()).contains("jvm_memory_used_bytes", "jvm_threads_live_threads",
                "process_uptime_seconds", "system_cpu_count", "jvm_gc_memory_allocated_bytes_total");
    }

    @Test
    void healthIsOkWhenTheDatabaseAnswersAndThereIsNoGateway() throws Exception {
        HttpResponse<String> response = Scrape.get(serving().address().orElseThrow(), "/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok\n");
    }

    @Test
    void aGatewayThatIsNotConnectedMakesItUnhealthyWithTheReason() throws Exception {
        serving().gateway(() -> Optional.of("gateway: shard 0 is RECONNECT_QUEUED"));

        HttpResponse<String> response = Scrape.get(telemetry.address().orElseThrow(), "/health");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("gateway: shard 0 is RECONNECT_QUEUED\n");
    }

    @Test
    void aDatabaseThatFailsMakesItUnhealthyWithoutNamingTheDatabase() throws Exception {
        DataSource failing = failingWith(new SQLException("cannot reach db.internal:5432 as coach", "08001"));
        telemetry = Telemetry.from(new OpsSettings(OptionalInt.of(0), OpsSettings.LogFormat.TEXT));
        telemetry.serve(failing);

        HttpResponse<String> response = Scrape.get(telemetry.address().orElseThrow(), "/health");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("database: SQLException (SQL state 08001)\n").doesNotContain("db.internal");
    }

    @Test
    void otherPathsAndMethodsAreRefused() throws Exception {
        InetSocketAddress address = serving().address().orElseThrow();

        assertThat(Scrape.get(address, "/metrics/extra").statusCode()).isEqualTo(404);
        assertThat(Scrape.get(address, "/").statusCode()).isEqualTo(404);
        HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + address.getPort() + "/health"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void aPortInUseStopsTheStartWithOneLineNamingTheSetting() throws Exception {
        InetSocketAddress taken = serving().address().orElseThrow();
        Telemetry second = Telemetry.from(new OpsSettings(OptionalInt.of(taken.getPort()), OpsSettings.LogFormat.TEXT));
        try {
            assertThatThrownBy(() -> second.serve(database)).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("metrics.port").hasMessageContaining(String.valueOf(taken.getPort()));
        } finally {
            second.close();
        }
    }

    private static DataSource failingWith(SQLException failure) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        throw failure;
                    }
                    return null;
                });
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(nic -> {
            try {
                return nic.isUp() && !nic.isLoopback();
            } catch (SocketException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> a.getAddress().length == 4).findFirst();
    }
}
