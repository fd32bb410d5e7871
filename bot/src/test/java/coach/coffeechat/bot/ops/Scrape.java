package coach.coffeechat.bot.ops;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a scraper reads from {@code /metrics}: Prometheus's text format, parsed into series (name, labels, value),
 * and the plain GETs the tests make.
 */
final class Scrape {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One sample line. */
    record Series(String name, Map<String, String> labels, double value) {
    }

    private final List<Series> series;

    private Scrape(List<Series> series) {
        this.series = series;
    }

    /** Parses the text format; a line that is neither a comment nor a sample fails the parse. */
    static Scrape parse(String text) {
        List<Series> all = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                throw new IllegalArgumentException("not a Prometheus sample line: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                int end = 0;
                while (label.find() && label.start() == end) {
                    labels.put(label.group(1), label.group(2));
                    end = label.end();
                }
                if (end != sample.group(2).length()) {
                    throw new IllegalArgumentException("labels not in the text format: " + line);
                }
            }
            all.add(new Series(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return new Scrape(all);
    }

    /** GETs {@code /metrics} and parses it. */
    static Scrape of(InetSocketAddress address) throws IOException, InterruptedException {
        HttpResponse<String> response = get(address, "/metrics");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/metrics answered " + response.statusCode());
        }
        return parse(response.body());
    }

    /** A GET of {@code path} on the endpoint. */
    static HttpResponse<String> get(InetSocketAddress address, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + address.getPort() + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The series named {@code name} that carry all of {@code labels}. */
    List<Series> find(String name, Map<String, String> labels) {
        return series.stream().filter(s -> s.name().equals(name))
                .filter(s -> s.labels().entrySet().containsAll(labels.entrySet())).toList();
    }

    /** The sum of the values of the series named {@code name} that carry all of {@code labels}; 0 when none. */
    double value(String name, Map<String, String> labels) {
        return find(name, labels).stream().mapToDouble(Series::value).sum();
    }

    /** Every series name, for messages. */
    List<String> names() {
        return series.stream().map(Series::name).distinct().toList();
    }
}
