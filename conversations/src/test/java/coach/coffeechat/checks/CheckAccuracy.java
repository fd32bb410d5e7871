package coach.coffeechat.checks;

import coach.coffeechat.checks.Examples.Entry;
import coach.coffeechat.config.Texts;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * How right the checks are on a labelled set of realistic requests and question lists, each labelled with the findings
 * a careful coach would give and no others. For every rule it counts the labelled positives, the true and false
 * positives and the false negatives, and from them precision and recall. A finding about one question counts only on
 * the question it is labelled on.
 *
 * <p>There are two sets, each a folder of {@code requests-N.txt} and {@code questions-N.txt} files numbered from 1 in
 * {@code src/test/resources/checks/}: {@code labelled} (the default), which the checks were tuned on, and
 * {@code heldout}, written blind and kept out of tuning so that it measures the checks on text they have not seen.
 *
 * <p>Run it with {@code mvn -B -q -o -pl conversations test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=coach.coffeechat.checks.CheckAccuracy}; add {@code -Dexec.args=heldout} to measure the held-out
 * set, and {@code details} (such as {@code -Dexec.args="heldout details"}) to list every miss and false alarm. A
 * language tag ({@code -Dexec.args="es details"}) measures that language's labelled set, in
 * {@code checks/lang/es/labelled/}, with its rules ({@link CheckRules#load(Optional, String)}).
 * {@link CheckAccuracyTest} holds every rule to the targets on the labelled set.
 */
public final class CheckAccuracy {
    /** The set the checks were tuned on. */
    static final String LABELLED = "labelled";
    /** The set written blind and kept out of tuning. */
    static final String HELDOUT = "heldout";
    private static final Set<String> REQUEST_SETTINGS = Set.of("fire", "format", "plan", "referrer", "recipient");
    private static final Set<String> QUESTION_SETTINGS = Set.of("fire", "minutes");

    /**
     * The figures of one rule.
     *
     * @param checker {@code request} or {@code question}
     * @param rule the rule id
     * @param positives how many findings the labels expect
     * @param truePositives findings both labelled and found
     * @param falsePositives findings found but not labelled
     * @param falseNegatives findings labelled but not found
     */
    record Figures(String checker, String rule, int positives, int truePositives, int falsePositives,
                   int falseNegatives) {
        /** The share of findings that are right; 1 when the rule found nothing. */
        double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? 1.0 : (double) truePositives / found;
        }

        /** The share of labelled findings found; 1 when nothing is labelled. */
        double recall() {
            return positives == 0 ? 1.0 : (double) truePositives / positives;
        }
    }

    /**
     * One difference between the labels and the checks.
     *
     * @param source the labelled text's file and line
     * @param name its name
     * @param finding the finding, {@code rule} or {@code rule@line}
     * @param missed true for a labelled finding the checks missed, false for a false alarm
     */
    record Difference(String source, String name, String finding, boolean missed) {
        @Override
        public String toString() {
            return (missed ? "missed      " : "false alarm ") + finding + "  (" + name + ", " + source + ")";
        }
    }

    /**
     * The figures for every rule and the differences behind them.
     *
     * @param figures by checker and rule, in the checkers' rule order
     * @param differences every miss and false alarm
     * @param texts how many labelled texts were read
     */
    record Result(List<Figures> figures, List<Difference> differences, int texts) {
    }

    private final RequestChecker requests;
    private final QuestionChecker questions;

    CheckAccuracy(CheckRules rules, Texts texts) {
        this.requests = new RequestChecker(rules, texts);
        this.questions = new QuestionChecker(rules, texts);
    }

    /**
     * Prints the figures of one set.
     *
     * @param args {@code heldout} to measure the held-out set instead of the labelled one, {@code details} to list
     *             every miss and false alarm, in any order
     */
    public static void main(String[] args) {
        List<String> options = List.of(args);
        String language = CheckRules.ENGLISH;
        for (String option : options) {
            if (option.matches("[a-z]{2,3}")) {
                language = option;
            } else if (!option.equals(HELDOUT) && !option.equals(LABELLED) && !option.equals("details")) {
                throw new IllegalArgumentException("Unknown option '" + option
                        + "'; use labelled, heldout, details, or a language tag such as es");
            }
        }
        String set = folder(language, options.contains(HELDOUT) ? HELDOUT : LABELLED);
        Result result = new CheckAccuracy(CheckRules.load(Optional.empty(), language), Texts.load(Optional.empty()))
                .measure(set);
        System.out.printf(Locale.ROOT, "set: %s (language %s)%n", set, language);
        print(result, System.out);
        if (options.contains("details")) {
            result.differences().forEach(System.out::println);
        }
    }

    /**
     * The folder of one set of a language under {@code checks/}: the English sets are {@code labelled} and
     * {@code heldout}, another language's are under {@code lang/TAG/}, such as {@code lang/es/labelled}.
     */
    static String folder(String language, String set) {
        return language.equals(CheckRules.ENGLISH) ? set : "lang/" + language + "/" + set;
    }

    /** The files of one kind in a set: {@code checks/SET/KIND-1.txt}, {@code -2.txt} and on while they exist. */
    static List<String> files(String set, String kind) {
        List<String> files = new ArrayList<>();
        for (int n = 1; ; n++) {
            String resource = "checks/" + set + "/" + kind + "-" + n + ".txt";
            if (CheckAccuracy.class.getClassLoader().getResource(resource) == null) {
                break;
            }
            files.add(resource);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No checks/" + set + "/" + kind + "-1.txt on the test classpath");
        }
        return files;
    }

    /** Checks every text of the labelled set and compares the findings with the labels. */
    Result measure() {
        return measure(LABELLED);
    }

    /**
     * Checks every text of one set and compares the findings with the labels.
     *
     * @param set {@code labelled} or {@code heldout}: the folder under {@code checks/}
     */
    Result measure(String set) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        RequestChecker.RULES.forEach(rule -> counts.put("request " + rule, new Counts()));
        QuestionChecker.RULES.forEach(rule -> counts.put("question " + rule, new Counts()));
        List<Difference> differences = new ArrayList<>();
        int texts = 0;
        for (String file : files(set, "requests")) {
            for (Entry entry : Examples.entries(file, REQUEST_SETTINGS)) {
                texts++;
                CheckReport report = requests.check(new RequestDraft(String.join("\n", entry.lines()),
                        RequestFormat.fromId(entry.settings().getOrDefault("format", "email")).orElseThrow(),
                        entry.settings().getOrDefault("referrer", ""),
                        entry.settings().getOrDefault("recipient", ""),
                        LinkedInPlan.fromId(entry.settings().getOrDefault("plan", "free")).orElseThrow()));
                compare("request", entry, report, counts, differences);
            }
        }
        for (String file : files(set, "questions")) {
            for (Entry entry : Examples.entries(file, QUESTION_SETTINGS)) {
                texts++;
                CheckReport report = questions.check(entry.lines(),
                        Integer.parseInt(entry.settings().getOrDefault("minutes", "15")));
                compare("question", entry, report, counts, differences);
            }
        }
        List<Figures> figures = new ArrayList<>();
        counts.forEach((key, count) -> {
            String[] parts = key.split(" ", 2);
            figures.add(new Figures(parts[0], parts[1], count.positives, count.truePositives, count.falsePositives,
                    count.falseNegatives));
        });
        return new Result(figures, differences, texts);
    }

    /** The labels of one text: {@code rule}, or {@code rule@line} for a finding about one question. */
    static Set<String> labels(Entry entry) {
        String fire = entry.settings().get("fire");
        if (fire == null) {
            throw new IllegalArgumentException(entry.source() + ": every labelled text needs 'fire:'");
        }
        Set<String> labels = new LinkedHashSet<>();
        for (String label : fire.split(",")) {
            if (!label.isBlank() && !label.strip().equals("none")) {
                labels.add(label.strip());
            }
        }
        return labels;
    }

    private static void compare(String checker, Entry entry, CheckReport report, Map<String, Counts> counts,
                                List<Difference> differences) {
        Set<String> expected = labels(entry);
        Set<String> found = new LinkedHashSet<>();
        for (Finding finding : report.findings()) {
            found.add(finding.line() == 0 ? finding.rule() : finding.rule() + "@" + finding.line());
        }
        for (String label : expected) {
            // A label for a rule the checker does not have is counted too, as missed; the test rejects it.
            Counts count = counts.computeIfAbsent(checker + " " + rule(label), key -> new Counts());
            count.positives++;
            if (found.contains(label)) {
                count.truePositives++;
            } else {
                count.falseNegatives++;
                differences.add(new Difference(entry.source(), entry.name(), label, true));
            }
        }
        for (String finding : found) {
            if (!expected.contains(finding)) {
                counts.get(checker + " " + rule(finding)).falsePositives++;
                differences.add(new Difference(entry.source(), entry.name(), finding, false));
            }
        }
    }

    private static String rule(String label) {
        int at = label.indexOf('@');
        return at < 0 ? label : label.substring(0, at);
    }

    /** The figures as a Markdown table, as the README shows them. */
    static void print(Result result, PrintStream out) {
        out.printf(Locale.ROOT, "%d labelled texts%n%n", result.texts());
        out.println("| checks | rule | labelled | TP | FP | FN | precision | recall |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        for (Figures f : result.figures()) {
            out.printf(Locale.ROOT, "| %s | `%s` | %d | %d | %d | %d | %.2f | %.2f |%n", f.checker(), f.rule(),
                    f.positives(), f.truePositives(), f.falsePositives(), f.falseNegatives(), f.precision(),
                    f.recall());
        }
    }

    /** The counts of one rule while measuring. */
    private static final class Counts {
        int positives;
        int truePositives;
        int falsePositives;
        int falseNegatives;
    }

    /** The figures by rule id, for tests. */
    static Map<String, Figures> byRule(Result result) {
        Map<String, Figures> byRule = new TreeMap<>();
        result.figures().forEach(f -> byRule.put(f.checker() + " " + f.rule(), f));
        return byRule;
    }
}
