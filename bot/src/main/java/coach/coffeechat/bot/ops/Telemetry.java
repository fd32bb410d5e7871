package coach.coffeechat.bot.ops;

import coach.coffeechat.config.ConfigException;
import coach.coffeechat.store.TimedCommits;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's view of the running bot. With {@code metrics.port} set: a Prometheus registry holding the
 * product's meters and the JVM's (memory, garbage collection, threads, CPU, uptime), served with the health check on
 * 127.0.0.1 ({@link OpsServer}). Without it: an empty registry that keeps nothing, no JVM meters, commits not timed,
 * and nothing listening. Healthy means the database answers within {@link #DATABASE_LIMIT} and the gateway, if
 * there is one, is connected. Thread-safe.
 */
public final class Telemetry implements AutoCloseable {
    /** How long the database may take to answer the health check. */
    public static final Duration DATABASE_LIMIT = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(Telemetry.class);

    private final OptionalInt port;
    private final MeterRegistry meters;
    private final Optional<PrometheusMeterRegistry> prometheus;
    private final Optional<JvmGcMetrics> gc;
    private volatile Gateway gateway = Gateway.NONE;
    private DatabaseCheck database;
    private OpsServer server;

    private Telemetry(OptionalInt port, MeterRegistry meters, Optional<PrometheusMeterRegistry> prometheus,
                      Optional<JvmGcMetrics> gc) {
        this.port = port;
        this.meters = meters;
        this.prometheus = prometheus;
        this.gc = gc;
    }

    /** The meters the settings ask for: Prometheus's and the JVM's with a port, none without. */
    public static Telemetry from(OpsSettings settings) {
        if (settings.metricsPort().isEmpty()) {
            return new Telemetry(OptionalInt.empty(), new CompositeMeterRegistry(), Optional.empty(),
                    Optional.empty());
        }
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return new Telemetry(settings.metricsPort(), registry, Optional.of(registry), Optional.of(gc));
    }

    /** Where the product and the transports count: keeps nothing when metrics are off. */
    public MeterRegistry meters() {
        return meters;
    }

    /** The pool with every commit timed when metrics are on; the pool itself when they are off. */
    public DataSource timed(DataSource pool) {
        return prometheus.isPresent() ? TimedCommits.around(pool, meters) : pool;
    }

    /**
     * Starts serving {@code /metrics} and {@code /health} on 127.0.0.1 when a port is set; does nothing otherwise.
     *
     * @param pool the database the health check asks
     * @throws ConfigException when the port cannot be bound (in use, or not allowed)
     */
    public synchronized void serve(DataSource pool) {
        if (port.isEmpty() || server != null) {
            return;
        }
        database = new DatabaseCheck(pool, DATABASE_LIMIT);
        try {
            server = OpsServer.start(port.getAsInt(), () -> prometheus.orElseThrow().scrape(), this::problem);
        } catch (IOException e) {
            database.close();
            throw new ConfigException("Setting metrics.port is '" + port.getAsInt() + "': cannot listen on 127.0.0.1:"
                    + port.getAsInt() + " (" + e.getMessage() + "); choose a free port or leave it empty");
        }
        LOG.info("metrics and health on http://{}:{}/ (/metrics, /health)",
                server.address().getHostString(), server.address().getPort());
    }

    /** Where {@code /metrics} and {@code /health} listen; empty when nothing does. */
    public synchronized Optional<InetSocketAddress> address() {
        return Optional.ofNullable(server).map(OpsServer::address);
    }

    /** The gateway the health check asks from now on ({@link Gateway#NONE} until a transport says otherwise). */
    public void gateway(Gateway current) {
        this.gateway = current;
    }

    /** Why the bot is unhealthy, in one line; empty when it is healthy. The gateway is asked first: it is quick. */
    public Optional<String> problem() {
        Optional<String> gatewayProblem = gateway.problem();
        if (gatewayProblem.isPresent()) {
            return gatewayProblem;
        }
        DatabaseCheck check;
        synchronized (this) {
            check = database;
        }
        return check == null ? Optional.of("not serving") : check.problem();
    }

    /** Stops listening and ends the JVM meters' listeners; the registry keeps its last values. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            database.close();
            server = null;
        }
        gc.ifPresent(JvmGcMetrics::close);
    }
}
