package coach.coffeechat.testing;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Conversations;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Frame;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.Session;
import coach.coffeechat.engine.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A random walk through flows, half helpful and half hostile input, checking after every input that nothing
 * escaped (no engine error reply) and that the stored session is still valid: versions only grow, every frame
 * names a flow and step that exist, and no answer is longer than any prompt allows. Tests supply the moves that
 * fit their flows.
 */
public final class RandomWalk {
    /** Text that breaks naive bots: empty, huge, control characters, emoji, SQL and markdown, mentions, placeholders. */
    public static final List<String> HOSTILE_TEXT = List.of(
            "", " ", "x".repeat(5_000), "\u0000\u0001\u0007\u001b[31mred\u001b[0m",
            "\uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDCBB", "'; DROP TABLE contacts; --", "\" OR 1=1 --",
            "**bold** __u__ ~~s~~ `code` ||spoiler|| > quote", "@everyone", "@here", "<@123456789012345678>",
            "<@&123456789012345678>", "${name}", "${${x}}", "\uD800 lone", "\r\n\t", "\u0661\u0662\u0663",
            "9999999999999999999999", "-1", "0", "26", "c99999", "c-1", "yes", "no", "back", "skip", "cancel", "help",
            "/resume", "/cancel", "/help", "/contact list", "/unknown thing");

    private final Conversations engine;
    private final UserId user;
    private final Map<String, Flow> flows;
    private final MutableClock clock;
    private final Random random;

    /** What to send: the test's own idea of hostile, helpful and fresh-start input. */
    public interface Moves {
        /** Input meant to break things. */
        Input hostile(Random random);

        /** Input that usually moves the flow on, so that the walk reaches every step. */
        Input helpful(Reply last, Random random);

        /** Input that starts a flow when none is open. */
        Input restart(Random random);

        /** Runs before each input, for example to keep some contacts around. */
        default void beforeEach() {
        }
    }

    /**
     * @param engine the engine walked through
     * @param user whose session it is
     * @param flows every flow the session may hold, by id
     * @param clock moved a little before each input
     * @param random the seeded source of every choice
     */
    public RandomWalk(Conversations engine, UserId user, Collection<Flow> flows, MutableClock clock, Random random) {
        this.engine = engine;
        this.user = user;
        this.flows = new HashMap<>();
        flows.forEach(flow -> this.flows.put(flow.id(), flow));
        this.clock = clock;
        this.random = random;
    }

    /**
     * Sends {@code inputs} inputs, half hostile, checking the invariants after each one.
     *
     * @return how many hostile inputs each step ({@code flow/step}) received
     */
    public Map<String, Integer> walk(int inputs, Duration maxPause, Moves moves) {
        String error = TestCoach.TEXTS.get("engine.error");
        Map<String, Integer> hostilePerStep = new TreeMap<>();
        long lastVersion = 0;
        moves.beforeEach();
        Reply reply = engine.handle(user, moves.restart(random));
        for (int i = 0; i < inputs; i++) {
            moves.beforeEach();
            clock.advance(Duration.ofSeconds(random.nextInt((int) maxPause.toSeconds() + 1)));
            Session before = engine.stored(user).orElseThrow();
            boolean hostile = random.nextBoolean();
            Input input = hostile ? moves.hostile(random) : moves.helpful(reply, random);
            if (hostile && before.inFlow() && before.pending() == null) {
                hostilePerStep.merge(before.top().flowId() + "/" + before.top().stepId(), 1, Integer::sum);
            }

            reply = engine.handle(user, input);

            assertThat(reply.notes()).as("input %s: %s", i, input).doesNotContain(error);
            Session after = engine.stored(user).orElseThrow();
            assertThat(after.version()).isGreaterThanOrEqualTo(lastVersion);
            assertThat(reply.version()).isEqualTo(after.version());
            for (Frame frame : after.frames()) {
                assertThat(flows).containsKey(frame.flowId());
                assertThat(flows.get(frame.flowId()).step(frame.stepId())).as(frame.stepId()).isNotNull();
                assertThat(frame.answers().values()).allSatisfy(value ->
                        assertThat(value.length()).isLessThanOrEqualTo(Prompt.MAX_TEXT));
            }
            lastVersion = after.version();
            if (!after.inFlow()) {
                reply = engine.handle(user, moves.restart(random));
            }
        }
        return hostilePerStep;
    }

    /** Asserts that every step of these flows received at least {@code atLeast} hostile inputs. */
    public static void assertEveryStepReached(Map<String, Integer> hostilePerStep, Collection<Flow> flows,
                                              int atLeast) {
        for (Flow flow : flows) {
            for (String step : flow.steps().keySet()) {
                assertThat(hostilePerStep.getOrDefault(flow.id() + "/" + step, 0))
                        .as("hostile inputs at %s/%s", flow.id(), step).isGreaterThanOrEqualTo(atLeast);
            }
        }
    }

    /**
     * A hostile input of any kind: a control, a form of hostile fields, a command with hostile options, or text.
     *
     * @param texts the hostile texts to pick from
     * @param formKeys field ids to fill (plus a control character)
     * @param commands command paths to try
     * @param optionNames option names to fill
     */
    public static Input hostile(Random random, List<String> texts, List<String> formKeys, List<String> commands,
                                List<String> optionNames) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return new Input.Control(ControlAction.values()[random.nextInt(ControlAction.values().length)]);
        }
        if (kind == 1) {
            Map<String, String> fields = new HashMap<>();
            List<String> keys = new ArrayList<>(formKeys);
            keys.add("\u0000");
            for (String key : keys) {
                if (random.nextBoolean()) {
                    fields.put(key, pick(random, texts));
                }
            }
            return new Input.Form(fields);
        }
        if (kind == 2) {
            Map<String, String> options = new HashMap<>();
            optionNames.forEach(name -> options.put(name, pick(random, texts)));
            List<String> paths = new ArrayList<>(commands);
            paths.add("x y z");
            paths.add("");
            return new Input.Command(pick(random, paths), options);
        }
        return new Input.Answer(pick(random, texts));
    }

    /** One of the values, at random. */
    public static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
