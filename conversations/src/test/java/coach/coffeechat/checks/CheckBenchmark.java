package coach.coffeechat.checks;

import coach.coffeechat.config.Texts;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Measures the request and question checks on every adversarial input ({@link AdversarialInputs}: built from each
 * entry of each word list in {@code config/checks.properties} and from the patterns in the checks' code, plus lists
 * aimed at the duplicate rule) at 4 KB and at 64 KB, and on 1 MB of ordinary text (the example drafts and questions
 * of the tests, repeated; the questions numbered). Prints, per checker: the latency at 4 KB and at 64 KB over all
 * inputs (p50, p99, the slowest), how the time grows from 4 KB to 64 KB (16 times the input: linear work takes about
 * 16 times as long, less where a fixed cost dominates), the throughput at 64 KB, the most one 64 KB check allocated,
 * and the time and allocation for 1 MB of ordinary text; then the peak heap in use. Each time is the median of three
 * runs after a warm-up run, once every input has been checked at 4 KB. Run with {@code mvn -B -q -pl conversations test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=coach.coffeechat.checks.CheckBenchmark} (see README). Not part of the
 * test suite.
 */
public final class CheckBenchmark {
    private static final int SMALL = 4 * 1_024;
    private static final int LARGE = 64 * 1_024;
    private static final int ORDINARY = 1_024 * 1_024;
    private static final int RUNS = 3;
    private static final double TARGET_SMALL_MILLIS = 50;
    private static final ThreadMXBean THREAD = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    /**
     * One checker on one input.
     *
     * @param input the input's name
     * @param smallNanos the median time at 4 KB
     * @param largeNanos the median time at 64 KB
     * @param largeBytes the bytes one check at 64 KB allocated
     */
    private record Timing(String input, long smallNanos, long largeNanos, long largeBytes) {
        double growth() {
            return (double) largeNanos / Math.max(1, smallNanos);
        }
    }

    /**
     * The median time of a check, and what one run of it allocated.
     *
     * @param nanos the median of the runs
     * @param bytes allocated by the last run
     */
    private record Run(long nanos, long bytes) {
    }

    private CheckBenchmark() {
    }

    public static void main(String[] args) {
        CheckRules rules = CheckRules.load(Optional.empty());
        Texts texts = Texts.load(Optional.empty());
        RequestChecker requests = new RequestChecker(rules, texts);
        QuestionChecker questions = new QuestionChecker(rules, texts);
        Consumer<String> checkRequest = text -> requests.check(new RequestDraft(text, RequestFormat.EMAIL, "Sam Park",
                "Ana Li", LinkedInPlan.FREE));
        Consumer<String> checkQuestions = text -> questions.check(List.of(text.split("\n", -1)), 180);
        List<AdversarialInputs.Input> inputs = new ArrayList<>(AdversarialInputs.all(rules));
        inputs.addAll(AdversarialInputs.questionLists());
        System.out.printf(Locale.ROOT, "Coffee Chat Coach checks benchmark: %,d adversarial inputs at %,d and %,d "
                + "characters, %d cores, Java %s%n", inputs.size(), SMALL, LARGE,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        report("check-request", time(inputs, checkRequest),
                ordinary(Examples.read("checks/requests.txt", Set.of("format", "plan", "referrer", "recipient"))),
                checkRequest);
        report("check-questions", time(inputs, checkQuestions),
                numbered(Examples.read("checks/questions.txt", Set.of("minutes", "line"))), checkQuestions);
        System.out.printf(Locale.ROOT, "peak heap in use: %.1f MB%n", peakHeap() / 1e6);
    }

    /** Every input once at 4 KB first, so that the first inputs timed do not pay for compiling the checks. */
    private static List<Timing> time(List<AdversarialInputs.Input> inputs, Consumer<String> check) {
        inputs.forEach(input -> check.accept(input.build().apply(SMALL)));
        List<Timing> timings = new ArrayList<>();
        for (AdversarialInputs.Input input : inputs) {
            Run small = run(input.build().apply(SMALL), check);
            Run large = run(input.build().apply(LARGE), check);
            timings.add(new Timing(input.name(), small.nanos(), large.nanos(), large.bytes()));
        }
        return timings;
    }

    private static void report(String checker, List<Timing> timings, String ordinary, Consumer<String> check) {
        long[] small = timings.stream().mapToLong(Timing::smallNanos).sorted().toArray();
        long[] large = timings.stream().mapToLong(Timing::largeNanos).sorted().toArray();
        double[] growth = timings.stream().mapToDouble(Timing::growth).sorted().toArray();
        Timing slowestSmall = timings.stream().max(Comparator.comparingLong(Timing::smallNanos)).orElseThrow();
        Timing slowestLarge = timings.stream().max(Comparator.comparingLong(Timing::largeNanos)).orElseThrow();
        Timing steepest = timings.stream().max(Comparator.comparingDouble(Timing::growth)).orElseThrow();
        Timing hungriest = timings.stream().max(Comparator.comparingLong(Timing::largeBytes)).orElseThrow();
        long overTarget = Arrays.stream(small).filter(nanos -> millis(nanos) >= TARGET_SMALL_MILLIS).count();
        System.out.printf(Locale.ROOT, "%s%n", checker);
        System.out.printf(Locale.ROOT, "  4 KB:  p50 %7.3f ms  p99 %7.3f ms  slowest %7.3f ms (%s); %d of %d at "
                        + "50 ms or more%n", millis(percentile(small, 50)), millis(percentile(small, 99)),
                millis(slowestSmall.smallNanos()), slowestSmall.input(), overTarget, small.length);
        System.out.printf(Locale.ROOT, "  64 KB: p50 %7.3f ms  p99 %7.3f ms  slowest %7.3f ms (%s)%n",
                millis(percentile(large, 50)), millis(percentile(large, 99)), millis(slowestLarge.largeNanos()),
                slowestLarge.input());
        System.out.printf(Locale.ROOT, "  time at 64 KB / at 4 KB (16 times the input): p50 %.1f  p99 %.1f  most %.1f "
                + "(%s)%n", percentile(growth, 50), percentile(growth, 99), steepest.growth(), steepest.input());
        System.out.printf(Locale.ROOT, "  throughput at 64 KB: %.1f MB/s; most allocated by one 64 KB check: %.1f MB "
                        + "(%s)%n", (double) LARGE * timings.size() / (Arrays.stream(large).sum() / 1e9) / 1e6,
                hungriest.largeBytes() / 1e6, hungriest.input());
        Run run = run(ordinary, check);
        System.out.printf(Locale.ROOT, "  1 MB of ordinary text: %.1f ms (target < 1 s), %.1f MB allocated%n",
                millis(run.nanos()), run.bytes() / 1e6);
    }

    /** One warm-up run, then the median of {@value #RUNS}. */
    private static Run run(String text, Consumer<String> check) {
        check.accept(text);
        long[] nanos = new long[RUNS];
        long bytes = 0;
        for (int run = 0; run < RUNS; run++) {
            long allocatedBefore = THREAD.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            check.accept(text);
            nanos[run] = System.nanoTime() - start;
            bytes = THREAD.getCurrentThreadAllocatedBytes() - allocatedBefore;
        }
        Arrays.sort(nanos);
        return new Run(nanos[RUNS / 2], bytes);
    }

    /** Every example text, one after the other with a blank line between, repeated to 1 MB. */
    private static String ordinary(List<Examples.Example> examples) {
        String all = examples.stream().map(Examples.Example::text).collect(Collectors.joining("\n\n"));
        return all.repeat(ORDINARY / all.length() + 1).substring(0, ORDINARY);
    }

    /** Every example question, one a line, numbered as people number lists, repeated to 1 MB. */
    private static String numbered(List<Examples.Example> examples) {
        List<String> lines = examples.stream().flatMap(example -> example.lines().stream())
                .filter(line -> !line.isBlank()).toList();
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < ORDINARY; i++) {
            text.append(i + 1).append(". ").append(lines.get(i % lines.size())).append('\n');
        }
        return text.toString();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
