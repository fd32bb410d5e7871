package coach.coffeechat.bot.discord;

import coach.coffeechat.Coach;
import coach.coffeechat.bot.discord.fake.Bodies;
import coach.coffeechat.bot.discord.fake.FakeDiscord;
import coach.coffeechat.bot.discord.fake.FakeUser;
import coach.coffeechat.bot.discord.fake.GatewayEvents.Where;
import coach.coffeechat.bot.discord.fake.RecordedCall;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.Texts;
import coach.coffeechat.store.Database;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.dv8tion.jda.api.JDA;

/**
 * Measures, on the fake Discord with the real JDA client and the bot's own H2 settings, the time from the gateway
 * dispatch of an interaction to the callback request the bot sends back: for {@code /draft} (no flow) and for a
 * flow step (a button click that moves a flow, a durable write). p50 and p99 over 1,000 interactions each, after
 * 200 warm-up ones; Discord's own limit is 3 seconds, the target p99 is under 50 ms. Then the throughput when
 * 2,000 {@code /draft} interactions from 200 users arrive at once, and the heap in use after a full collection.
 * Run with
 * {@code mvn -q -pl bot exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=coach.coffeechat.bot.discord.DiscordLatencyBenchmark} (see README). Not part of the test suite.
 */
public final class DiscordLatencyBenchmark {
    private static final int WARMUP = 200;
    private static final int MEASURED = 1_000;
    private static final int BURST = 2_000;
    private static final int BURST_USERS = 200;
    /** The callback type of a deferred answer (DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE). */
    private static final int DEFERRED = 5;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private DiscordLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("coffeechat-discord-bench");
        CoachConfig config = CoachConfig.from(Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_DATA_DIR", dir.toString())));
        System.out.printf(Locale.ROOT, "Coffee Chat Coach Discord latency benchmark: %d interactions each, %d cores,"
                + " Java %s%n", MEASURED, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (FakeDiscord discord = FakeDiscord.start();
             Database database = Database.open(config.jdbcUrl(), "", "", config.poolSize())) {
            Coach coach = Coach.assemble(config, Texts.load(Optional.empty()), database.dataSource(),
                    Clock.systemUTC());
            try (DiscordTransport transport = DiscordTransport.start(coach, new DiscordTransport.Settings("fake-token",
                    Optional.of(discord.restBaseUrl()), Optional.of(discord.gatewayUrl()), Optional.empty(), false))) {
                for (JDA jda : transport.shards().getShards()) {
                    jda.awaitReady();
                }
                FakeUser user = discord.newUser("bench");
                Map<String, Object> draft = new LinkedHashMap<>();
                draft.put("name", "Priya");
                draft.put("field", "application security");
                measure(discord, "/draft", () -> discord.events().slashCommand(user, Where.GUILD, "draft", draft));
                measure(discord, "flow step (button)", () -> {
                    RecordedCall started = answer(discord, discord.events().subcommand(user, Where.GUILD, "contact",
                            "add", Map.of()));
                    String cancel = Bodies.components(started.body()).keySet().stream()
                            .filter(id -> id.endsWith(":c:cancel")).findFirst().orElseThrow();
                    return discord.events().buttonClick(user, Where.GUILD, cancel);
                });
                throughput(discord, draft);
                System.out.printf(Locale.ROOT, "heap in use after a full GC: %.1f MB%n", heapAfterGc() / 1e6);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Builds the interaction to measure; may send unmeasured interactions first. */
    @FunctionalInterface
    private interface Interaction {
        ObjectNode next() throws Exception;
    }

    private static void measure(FakeDiscord discord, String name, Interaction interaction) throws Exception {
        long[] nanos = new long[MEASURED];
        for (int i = -WARMUP; i < MEASURED; i++) {
            ObjectNode event = interaction.next();
            long dispatched = System.nanoTime();
            RecordedCall callback = answer(discord, event);
            if (i >= 0) {
                nanos[i] = callback.receivedNanos() - dispatched;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-20s dispatch to callback: p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms"
                + "   (target p99 < 50 ms)%n", name, nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 99 / 100] / 1e6,
                nanos[MEASURED - 1] / 1e6);
    }

    /**
     * Dispatches {@code /draft} for many users at once and waits until every one has its answer: a direct callback,
     * or the edit that follows a deferral.
     */
    private static void throughput(FakeDiscord discord, Map<String, Object> draft) throws InterruptedException {
        List<FakeUser> users = new ArrayList<>();
        for (int i = 0; i < BURST_USERS; i++) {
            users.add(discord.newUser("burst" + i));
        }
        long before = answers(discord);
        long started = System.nanoTime();
        for (int i = 0; i < BURST; i++) {
            discord.dispatch("INTERACTION_CREATE",
                    discord.events().slashCommand(users.get(i % BURST_USERS), Where.GUILD, "draft", draft));
        }
        long deadline = started + Duration.ofMinutes(2).toNanos();
        while (answers(discord) - before < BURST) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the burst was not answered within 2 minutes");
            }
            Thread.sleep(2);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "throughput: %d /draft from %d users at once, all answered in %.2f s: %.0f"
                + " interactions/s%n", BURST, BURST_USERS, seconds, BURST / seconds);
    }

    /** Interactions answered so far: callbacks other than a deferral, plus edits of a deferred original. */
    private static long answers(FakeDiscord discord) {
        return discord.requests().stream()
                .filter(call -> call.matches("POST", "interactions/\\d+/[^/]+/callback")
                        && call.body().path("type").asInt() != DEFERRED
                        || call.matches("PATCH", "webhooks/\\d+/[^/]+/messages/@original"))
                .count();
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static RecordedCall answer(FakeDiscord discord, ObjectNode event) {
        discord.dispatch("INTERACTION_CREATE", event);
        return discord.awaitRequest("POST", "interactions/" + event.path("id").asText() + "/[^/]+/callback", WAIT);
    }
}
