package coach.coffeechat.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the engine counts for an operator: every input handled, by command and outcome, and how long its turn took
 * (waiting for the user's lock, the database and the commit included). Tags hold catalog paths and fixed words
 * only, never what a user typed and never a user id, so the number of series stays bounded: a command the catalog
 * does not know is counted as {@code unknown}. Without a registry ({@link #none()}) nothing is read or counted.
 * Thread-safe.
 */
public final class EngineMetrics {
    /** Inputs handled, tagged {@code command}, {@code input} and {@code outcome}. */
    public static final String INTERACTIONS = "coffeechat.interactions";
    /** How long one input took in the engine, tagged {@code input} and {@code outcome}. */
    public static final String STEP = "coffeechat.engine.step";

    /** The histogram buckets of {@link #STEP}: a handful, so that a scrape stays small. */
    private static final Duration[] STEP_BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(25),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(1000), Duration.ofMillis(2500)};
    private static final EngineMetrics NONE = new EngineMetrics(null, null);

    private final MeterRegistry registry;
    private final CommandCatalog commands;
    // Looked up once per tag set: Micrometer's builders cost more than the count itself (about 0.8 against 0.1 us).
    private final Map<Tags, Meters> meters = new ConcurrentHashMap<>();

    private EngineMetrics(MeterRegistry registry, CommandCatalog commands) {
        this.registry = registry;
        this.commands = commands;
    }

    /**
     * Counts into {@code registry}; with none, counts nothing.
     *
     * @param registry where the meters live, or null
     * @param commands the catalog the {@code command} tag's values come from
     */
    public static EngineMetrics into(MeterRegistry registry, CommandCatalog commands) {
        return registry == null ? NONE : new EngineMetrics(registry, Objects.requireNonNull(commands, "commands"));
    }

    /** Counts nothing. */
    public static EngineMetrics none() {
        return NONE;
    }

    /** How one input ended, as the engine sees it. */
    enum Outcome {
        /** The input was carried out: a command ran, an answer was taken. */
        COMPLETED,
        /** The input changed nothing: an answer the step refused, a stale click, an unknown command. */
        REFUSED,
        /** The engine failed (the database, a bug) and answered "try again". */
        ERROR;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Starts measuring one input. */
    Call call(Input input) {
        if (registry == null) {
            return Call.UNCOUNTED;
        }
        String command = "none";
        Outcome start = Outcome.COMPLETED;
        if (input instanceof Input.Command typed) {
            command = commands.find(typed.path()).map(CommandSpec::path).orElse("unknown");
            start = command.equals("unknown") ? Outcome.REFUSED : Outcome.COMPLETED;
        }
        return new Call(this, input, command, start, Timer.start(registry));
    }

    private static String kind(Input input) {
        if (input instanceof Input.Command) {
            return "command";
        }
        if (input instanceof Input.Answer) {
            return "answer";
        }
        if (input instanceof Input.Pick) {
            return "pick";
        }
        return input instanceof Input.Form ? "form" : "control";
    }

    /** One tag set: the catalog's path (or a fixed word), the kind of input and the outcome. */
    private record Tags(String command, String kind, Outcome outcome) {
    }

    /** The counter and the timer of one tag set. */
    private record Meters(Counter interactions, Timer step) {
    }

    private void record(Call call) {
        Meters counted = meters.computeIfAbsent(new Tags(call.command, kind(call.input), call.outcome), tags -> {
            String outcome = tags.outcome().tag();
            return new Meters(Counter.builder(INTERACTIONS)
                    .description("Inputs the engine handled, by command and outcome")
                    .tags("command", tags.command(), "input", tags.kind(), "outcome", outcome).register(registry),
                    Timer.builder(STEP).description("How long the engine took over one input")
                            .tags("input", tags.kind(), "outcome", outcome).serviceLevelObjectives(STEP_BUCKETS)
                            .register(registry));
        });
        counted.interactions().increment();
        call.sample.stop(counted.step());
    }

    /** One input being measured; used by the one thread handling it. */
    static final class Call {
        /** A call nobody counts: for work that is no interaction, and when metrics are off. */
        static final Call UNCOUNTED = new Call(null, null, "", Outcome.COMPLETED, null);

        private final EngineMetrics metrics;
        private final Input input;
        private final String command;
        private final Timer.Sample sample;
        private Outcome outcome;

        private Call(EngineMetrics metrics, Input input, String command, Outcome outcome, Timer.Sample sample) {
            this.metrics = metrics;
            this.input = input;
            this.command = command;
            this.outcome = outcome;
            this.sample = sample;
        }

        /**
         * The engine made its turn from {@code current} to {@code next}: an answer, pick or form that left the
         * session as it was (stale, nothing open, moved on) or only counted a failed attempt was refused.
         */
        void turned(Session current, Session next) {
            if (metrics == null || input instanceof Input.Command || input instanceof Input.Control) {
                return;
            }
            boolean attemptCounted = next.inFlow() && current.inFlow()
                    && next.top().flowId().equals(current.top().flowId())
                    && next.top().stepId().equals(current.top().stepId())
                    && next.top().attempts() > current.top().attempts();
            outcome = next == current || attemptCounted ? Outcome.REFUSED : Outcome.COMPLETED;
        }

        /** The engine failed and answers "try again". */
        void failed() {
            outcome = Outcome.ERROR;
        }

        /** Records the input's outcome and time, and hands the reply on. */
        Reply done(Reply reply) {
            if (metrics != null) {
                metrics.record(this);
            }
            return reply;
        }
    }
}
