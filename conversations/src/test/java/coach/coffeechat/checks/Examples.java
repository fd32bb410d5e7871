package coach.coffeechat.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the table of examples in {@code src/test/resources/checks/}: each example starts with {@code ## name}, then
 * {@code key: value} settings, then its text, one {@code > } line per line (a lone {@code >} is an empty line).
 * Lines starting with {@code #} outside an example are comments.
 */
final class Examples {

    /** What an example expects of its rule. */
    enum Expect {
        /** The rule fires as an error. */
        ERROR,
        /** The rule fires as a warning. */
        WARN,
        /** The rule does not fire. */
        NONE;

        Optional<Severity> severity() {
            return switch (this) {
                case ERROR -> Optional.of(Severity.ERROR);
                case WARN -> Optional.of(Severity.WARN);
                case NONE -> Optional.empty();
            };
        }
    }

    /**
     * One example.
     *
     * @param source the file and line it starts on, for failure messages
     * @param name what it shows
     * @param rule the rule under test
     * @param expect what the rule should do
     * @param settings the other settings, by key
     * @param lines the text, line by line
     */
    record Example(String source, String name, String rule, Expect expect, Map<String, String> settings,
                   List<String> lines) {

        String setting(String key, String otherwise) {
            return settings.getOrDefault(key, otherwise);
        }

        /** The lines joined into one text. */
        String text() {
            return String.join("\n", lines);
        }

        @Override
        public String toString() {
            return rule + " " + expect.name().toLowerCase(java.util.Locale.ROOT) + ": " + name;
        }
    }

    private Examples() {
    }

    /**
     * One entry of a table file, before its settings are read: the shape the example tables and the labelled sets
     * share.
     *
     * @param source the file and line it starts on, for failure messages
     * @param name what it shows
     * @param settings its settings, by key, in the order written
     * @param lines the text, line by line
     */
    record Entry(String source, String name, Map<String, String> settings, List<String> lines) {
    }

    /**
     * Reads one file of examples from the test classpath.
     *
     * @param resource such as {@code checks/requests.txt}
     * @param allowedSettings the setting keys this file may use besides {@code rule} and {@code expect}
     * @throws IllegalArgumentException naming the line when the file does not follow the format
     */
    static List<Example> read(String resource, Set<String> allowedSettings) {
        Set<String> allowed = new java.util.HashSet<>(allowedSettings);
        allowed.add("rule");
        allowed.add("expect");
        List<Example> examples = new ArrayList<>();
        for (Entry entry : entries(resource, allowed)) {
            Map<String, String> settings = new LinkedHashMap<>(entry.settings());
            String rule = settings.remove("rule");
            String expect = settings.remove("expect");
            if (rule == null || expect == null) {
                throw new IllegalArgumentException(entry.source() + ": every example needs 'rule:' and 'expect:'");
            }
            examples.add(new Example(entry.source(), entry.name(), rule,
                    Expect.valueOf(expect.toUpperCase(java.util.Locale.ROOT)), settings, entry.lines()));
        }
        return examples;
    }

    /**
     * Reads the entries of one table file from the test classpath: each starts with {@code ## name}, then
     * {@code key: value} settings, then its text.
     *
     * @param allowedSettings the setting keys entries may use
     * @throws IllegalArgumentException naming the line when the file does not follow the format
     */
    static List<Entry> entries(String resource, Set<String> allowedSettings) {
        InputStream in = Examples.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException(resource + " is not on the test classpath");
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Builder current = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String where = resource + ":" + number;
                if (line.startsWith("## ")) {
                    if (current != null) {
                        entries.add(current.build());
                    }
                    current = new Builder(where, line.substring(3).strip());
                } else if (line.startsWith("#") || (line.isBlank() && (current == null || current.lines.isEmpty()))) {
                    continue;
                } else if (current == null) {
                    throw new IllegalArgumentException(where + ": text outside an example: " + line);
                } else if (line.equals(">") || line.startsWith("> ")) {
                    current.lines.add(line.length() > 2 ? line.substring(2) : "");
                } else if (line.isBlank()) {
                    entries.add(current.build());
                    current = null;
                } else {
                    int colon = line.indexOf(':');
                    if (colon < 0 || !current.lines.isEmpty()) {
                        throw new IllegalArgumentException(where + ": expected 'key: value' before the text: " + line);
                    }
                    String key = line.substring(0, colon).strip();
                    if (!allowedSettings.contains(key)) {
                        throw new IllegalArgumentException(where + ": unknown setting '" + key + "'");
                    }
                    current.settings.put(key, line.substring(colon + 1).strip());
                }
            }
            if (current != null) {
                entries.add(current.build());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static final class Builder {
        final String source;
        final String name;
        final Map<String, String> settings = new LinkedHashMap<>();
        final List<String> lines = new ArrayList<>();

        Builder(String source, String name) {
            this.source = source;
            this.name = name;
        }

        Entry build() {
            return new Entry(source, name, settings, lines);
        }
    }

    /**
     * Asserts what an example's rule found: nothing for a negative example, otherwise exactly one finding with the
     * expected severity, the expected line and a filled-in message.
     */
    static void assertFound(Example example, List<Finding> all, int line) {
        List<Finding> found = all.stream().filter(f -> f.rule().equals(example.rule())).toList();
        String context = example.source() + " found " + all;
        if (example.expect() == Expect.NONE) {
            assertThat(found).as(context).isEmpty();
            return;
        }
        assertThat(found).as(context).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(example.expect().severity().orElseThrow()))
                .satisfies(f -> assertThat(f.line()).isEqualTo(line))
                .satisfies(f -> assertThat(f.message()).isNotBlank().doesNotContain("${"));
    }

    /** Asserts that the table covers exactly these rules, each with five positive and five negative examples. */
    static void assertFiveEachWay(List<Example> examples, List<String> rules) {
        Map<String, Map<Boolean, Long>> counts = examples.stream().collect(Collectors.groupingBy(Example::rule,
                Collectors.partitioningBy(e -> e.expect() == Expect.NONE, Collectors.counting())));
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(rules);
        counts.forEach((rule, byExpectation) -> {
            assertThat(byExpectation.get(false)).as(rule + " positive examples").isGreaterThanOrEqualTo(5);
            assertThat(byExpectation.get(true)).as(rule + " negative examples").isGreaterThanOrEqualTo(5);
        });
    }
}
