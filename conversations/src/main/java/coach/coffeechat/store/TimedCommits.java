package coach.coffeechat.store;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.Clock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * A data source whose connections time every commit: how long the database takes to make a transaction durable,
 * whoever commits (the engine's own turns, {@link Database#inTransaction} and every feature's work). A commit that
 * fails is timed too, tagged {@code outcome=failed}. Wrap the pool with it only when metrics are on: every call on
 * a connection then passes through one reflective hop. Thread-safe.
 */
public final class TimedCommits {
    /** Commits, tagged {@code outcome} ({@code committed} or {@code failed}). */
    public static final String COMMIT = "coffeechat.db.commit";

    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(25),
            Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofMillis(2000)};

    private final Timer committed;
    private final Timer failed;
    private final Clock clock;

    private TimedCommits(MeterRegistry meters) {
        this.clock = meters.config().clock();
        this.committed = timer(meters, "committed");
        this.failed = timer(meters, "failed");
    }

    private static Timer timer(MeterRegistry meters, String outcome) {
        return Timer.builder(COMMIT).description("How long the database took to commit one transaction")
                .tag("outcome", outcome).serviceLevelObjectives(BUCKETS).register(meters);
    }

    /**
     * {@code dataSource}, with every commit of its connections timed into {@code meters}.
     *
     * @param dataSource the pool
     * @param meters where the timer lives
     */
    public static DataSource around(DataSource dataSource, MeterRegistry meters) {
        TimedCommits timers = new TimedCommits(meters);
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                    Object result = invoke(method, dataSource, arguments);
                    return result instanceof Connection connection ? timers.timing(connection) : result;
                });
    }

    private Connection timing(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("commit") || method.getParameterCount() != 0) {
                        return invoke(method, connection, arguments);
                    }
                    Timer.Sample sample = Timer.start(clock);
                    try {
                        Object result = invoke(method, connection, arguments);
                        sample.stop(committed);
                        return result;
                    } catch (Throwable e) {
                        sample.stop(failed);
                        throw e;
                    }
                });
    }

    private static Object invoke(Method method, Object target, Object[] arguments)
            throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
