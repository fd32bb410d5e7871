package coach.coffeechat.bot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The operator's endpoint, on the JDK's own HTTP server and on the loopback address only: {@code GET /metrics} the
 * meters in Prometheus's text format, {@code GET /health} {@code 200 ok} or {@code 503} with the one-line reason.
 * Two daemon threads serve it, so a slow health check (up to its limit) does not hold up a scrape.
 */
final class OpsServer implements AutoCloseable {
    /** The content type of Prometheus's text format. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService threads;

    private OpsServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Listens on 127.0.0.1.
     *
     * @param port the port; 0 for any free one
     * @param metrics the scrape, written when asked
     * @param health why the bot is unhealthy, in one line; empty when it is healthy
     * @throws IOException when the port cannot be bound (in use, or not allowed)
     */
    static OpsServer start(int port, Supplier<String> metrics, Supplier<Optional<String>> health) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "coffeechat-ops-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/metrics", exchange -> answer(exchange, () -> new Answer(200, PROMETHEUS_TEXT,
                metrics.get())));
        server.createContext("/health", exchange -> answer(exchange, () -> health.get()
                .map(reason -> new Answer(503, "text/plain; charset=utf-8", reason + "\n"))
                .orElse(new Answer(200, "text/plain; charset=utf-8", "ok\n"))));
        server.start();
        return new OpsServer(server, threads);
    }

    /** Where it listens. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    private record Answer(int status, String contentType, String body) {
    }

    private static void answer(HttpExchange exchange, Supplier<Answer> answer) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Answer reply;
            if (!path.equals(exchange.getHttpContext().getPath())) {
                reply = new Answer(404, "text/plain; charset=utf-8", "not found\n");
            } else if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                reply = new Answer(405, "text/plain; charset=utf-8", "only GET\n");
            } else {
                reply = answer.get();
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops listening at once and ends its threads. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
