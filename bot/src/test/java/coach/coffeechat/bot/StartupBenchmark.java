package coach.coffeechat.bot;

import coach.coffeechat.bot.discord.fake.FakeDiscord;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the packaged jar takes from the start of its process to the gateway IDENTIFY a fake Discord receives:
 * min, p50 and p99 over N restarts on a database the jar already created (the wait every user sits through after
 * a restart), for one or more variants run alternately, so that all of them see the same load. Each variant is a
 * jar and the JVM options to start it with; each gets its own data directory, created by one untimed start first.
 * Also prints the median of each phase the jar logs ({@code start-up phase ...} lines, see
 * {@code coach.coffeechat.bot.StartupPhases}). A {@code main} in test scope, not run by the test suite:
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * mvn -B -q -o -pl bot test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=coach.coffeechat.bot.StartupBenchmark \
 *     -Dexec.args="20 plain=bot/target/coffeechat.jar cds=bot/target/coffeechat.jar@-XX:SharedArchiveFile=bot/target/coffeechat.jsa"
 * </pre>
 *
 * <p>Arguments: the number of timed starts per variant, then {@code name=jar[@option,option...]} for each variant.
 */
public final class StartupBenchmark {
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final Pattern PHASE = Pattern.compile("start-up phase (\\S+) took (\\d+) ms");
    private static final Pattern MAIN_ENTERED = Pattern.compile("start-up main entered at epoch millisecond (\\d+)");
    /**
     * What the jar logs once its engine is ready and its transport started: "ready" since the database opens beside
     * the gateway, "started" before, when the engine was ready before the transport started.
     */
    private static final Pattern READY = Pattern.compile("Discord transport (ready|started) with");

    private StartupBenchmark() {
    }

    /** One way to start the jar. */
    private record Variant(String name, Path jar, List<String> options, Path dataDir) {
        static Variant parse(String argument, Path work) {
            int equals = argument.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("a variant is name=jar[@option,option...], not " + argument);
            }
            String name = argument.substring(0, equals);
            String rest = argument.substring(equals + 1);
            int at = rest.indexOf('@');
            Path jar = Path.of(at < 0 ? rest : rest.substring(0, at)).toAbsolutePath();
            List<String> options = at < 0 ? List.of() : Arrays.asList(rest.substring(at + 1).split(","));
            return new Variant(name, jar, options, work.resolve(name));
        }
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: RUNS name=jar[@option,...] [name=jar[@option,...] ...]");
        }
        int runs = Integer.parseInt(args[0]);
        Path work = Files.createTempDirectory("coffeechat-startup");
        List<Variant> variants = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            variants.add(Variant.parse(args[i], work));
        }
        for (Variant variant : variants) {
            startOnce(variant); // creates and migrates its database, registers the commands: not timed
        }
        Map<String, List<Long>> totals = new LinkedHashMap<>();
        Map<String, List<Long>> readies = new LinkedHashMap<>();
        Map<String, Map<String, List<Long>>> phases = new LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            for (Variant variant : variants) {
                Timed timed = startOnce(variant);
                totals.computeIfAbsent(variant.name(), name -> new ArrayList<>()).add(timed.millis());
                readies.computeIfAbsent(variant.name(), name -> new ArrayList<>()).add(timed.readyMillis());
                Map<String, List<Long>> byPhase = phases.computeIfAbsent(variant.name(), name -> new TreeMap<>());
                timed.phases().forEach((phase, millis) ->
                        byPhase.computeIfAbsent(phase, key -> new ArrayList<>()).add(millis));
            }
        }
        System.out.printf(Locale.ROOT, "%d cores, Java %s, load average %.2f, %d alternating starts per variant%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), runs);
        String first = variants.get(0).name();
        for (Variant variant : variants) {
            line(variant.name(), "start to IDENTIFY", totals.get(variant.name()), totals.get(first), first);
            line(variant.name(), "start to ready   ", readies.get(variant.name()), readies.get(first), first);
            phases.get(variant.name()).forEach((phase, millis) -> System.out.printf(Locale.ROOT,
                    "%-12s   phase %-22s p50 %5.0f ms%n", "", phase, percentile(millis, 50)));
        }
    }

    private static void line(String variant, String what, List<Long> times, List<Long> baseline, String first) {
        System.out.printf(Locale.ROOT, "%-12s %s: min %5d ms  p50 %5.0f ms  p99 %5.0f ms  (p50 / %s p50 = %.2f)%n",
                variant, what, times.stream().mapToLong(Long::longValue).min().orElseThrow(), percentile(times, 50),
                percentile(times, 99), first, percentile(times, 50) / percentile(baseline, 50));
    }

    /**
     * One timed start.
     *
     * @param millis from the process's start to the IDENTIFY
     * @param readyMillis from the process's start to the later of the IDENTIFY and the engine being ready
     * @param phases what the jar logged, by phase
     */
    private record Timed(long millis, long readyMillis, Map<String, Long> phases) {
    }

    /** Starts the variant against a fresh fake Discord, times it to IDENTIFY, stops it and reads its phases. */
    private static Timed startOnce(Variant variant) throws Exception {
        Files.createDirectories(variant.dataDir());
        Path log = variant.dataDir().resolve("logs").resolve(Logging.FILE_NAME);
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        try (FakeDiscord discord = FakeDiscord.start()) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(variant.options());
            command.addAll(List.of("-jar", variant.jar().toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(variant.dataDir().resolve("stderr.txt").toFile());
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(name -> name.equals("DISCORD_TOKEN") || name.startsWith("COFFEECHAT_"));
            environment.put("DISCORD_TOKEN", "fake-benchmark-token");
            environment.put("COFFEECHAT_DATA_DIR", variant.dataDir().toString());
            environment.put("COFFEECHAT_DISCORD_REST_URL", discord.restBaseUrl());
            environment.put("COFFEECHAT_DISCORD_GATEWAY_URL", discord.gatewayUrl());
            long startedAt = System.currentTimeMillis();
            long started = System.nanoTime();
            Process process = builder.start();
            try {
                discord.awaitSession(1, START_LIMIT);
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                awaitReady(log, logStart, process);
                long readyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
                return new Timed(millis, readyMillis, phases(log, logStart, startedAt));
            } finally {
                process.destroyForcibly();
            }
        }
    }

    /** Polls the log (every 5 ms) until the jar says its engine is ready and its transport started. */
    private static void awaitReady(Path log, long from, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (!READY.matcher(added(log, from)).find()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the jar did not get ready; see " + log);
            }
            Thread.sleep(5);
        }
    }

    /**
     * The phases the jar logged in this run (what its log gained since {@code from}), and the time from starting the
     * process, at {@code startedAt}, to its {@code main}.
     */
    private static Map<String, Long> phases(Path log, long from, long startedAt) throws IOException {
        Map<String, Long> phases = new LinkedHashMap<>();
        String added = added(log, from);
        Matcher entered = MAIN_ENTERED.matcher(added);
        if (entered.find()) {
            phases.put("jvm-to-main", Long.parseLong(entered.group(1)) - startedAt);
        }
        Matcher matcher = PHASE.matcher(added);
        while (matcher.find()) {
            phases.put(matcher.group(1), Long.parseLong(matcher.group(2)));
        }
        return phases;
    }

    private static String added(Path log, long from) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static double percentile(List<Long> values, int percent) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
