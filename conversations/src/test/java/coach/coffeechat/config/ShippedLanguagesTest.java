package coach.coffeechat.config;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.questions.QuestionBank;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every language shipped in {@code config/lang/TAG/} is complete: every key of every English message file and of
 * {@code commands.properties} with exactly English's placeholders, every request template and follow-up draft with
 * English's placeholders, a question bank that loads, command names Discord accepts (unique after localization),
 * and no file English lacks. One test per language folder present: a language is checked as soon as its folder is.
 */
final class ShippedLanguagesTest {
    /** The shipped configuration, from the module's directory (where Maven runs the tests). */
    private static final Path CONFIG = Path.of("..", "config");

    @TestFactory
    Stream<DynamicTest> everyShippedLanguageIsComplete() throws IOException {
        Languages languages = Languages.load(Optional.empty());
        List<Path> folders;
        try (Stream<Path> list = Files.list(CONFIG.resolve("lang"))) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            assertThat(languages.find(folder.getFileName().toString()))
                    .as("config/lang/languages.properties names %s", folder.getFileName()).isPresent();
            assertThat(problems(folder)).as("what %s lacks or gets wrong", folder).isEmpty();
        }));
    }

    @Test
    void thePartialTestLanguageShowsWhatTheCheckFinds() {
        Path french = FrenchConfig.dir().orElseThrow().resolve("lang/fr");

        List<String> problems = problems(french);

        assertThat(problems).anyMatch(p -> p.contains("templates/messages.properties lacks") && p.contains("engine.error"));
        assertThat(problems).anyMatch(p -> p.startsWith("templates/requests/email-cold.txt is missing"));
        assertThat(problems).anyMatch(p -> p.startsWith("commands.properties lacks"));
        assertThat(problems).noneMatch(p -> p.contains("placeholders"));
    }

    /** Everything a shipped language folder lacks or gets wrong, one line each. */
    static List<String> problems(Path folder) {
        List<String> problems = new ArrayList<>();
        for (String name : Texts.FILES) {
            String file = "templates/" + name + ".properties";
            compareKeys(file, read(CONFIG.resolve(file)), folder.resolve(file), problems);
        }
        Map<String, String> commands = read(CONFIG.resolve(CommandTexts.FILE));
        compareKeys(CommandTexts.FILE, commands, folder.resolve(CommandTexts.FILE), problems);
        if (Files.isRegularFile(folder.resolve(CommandTexts.FILE))) {
            try {
                Map<String, String> own = read(folder.resolve(CommandTexts.FILE));
                CommandNameRules.checkKeys(folder.resolve(CommandTexts.FILE).toString(), own, commands);
                CommandNameRules.checkNames(folder.toString(), own, commands);
            } catch (ConfigException e) {
                problems.add(e.getMessage());
            }
        }
        for (String templates : List.of("templates/requests", "templates/followups")) {
            for (Path english : list(CONFIG.resolve(templates))) {
                String file = templates + "/" + english.getFileName();
                Path own = folder.resolve(file);
                if (file.endsWith(".md")) {
                    continue;
                }
                if (!Files.isRegularFile(own)) {
                    problems.add(file + " is missing");
                    continue;
                }
                String mismatch = PlaceholderSet.mismatch(file, text(english), text(own));
                if (!mismatch.isEmpty()) {
                    problems.add(mismatch);
                }
            }
        }
        Path bank = folder.resolve("questions/bank.txt");
        if (!Files.isRegularFile(bank)) {
            problems.add("questions/bank.txt is missing");
        } else {
            try {
                QuestionBank.parse(bank.toString(), text(bank));
            } catch (ConfigException e) {
                problems.add(e.getMessage());
            }
        }
        for (Path file : walk(folder)) {
            Path relative = folder.relativize(file);
            if (!Files.isRegularFile(CONFIG.resolve(relative))) {
                problems.add(relative + " has no English counterpart in config/");
            }
        }
        return problems;
    }

    private static void compareKeys(String file, Map<String, String> english, Path own, List<String> problems) {
        if (!Files.isRegularFile(own)) {
            problems.add(file + " is missing");
            return;
        }
        Map<String, String> translated = read(own);
        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(translated.keySet());
        Set<String> unknown = new TreeSet<>(translated.keySet());
        unknown.removeAll(english.keySet());
        if (!missing.isEmpty()) {
            problems.add(file + " lacks " + missing.size() + " key(s) English has: " + missing);
        }
        if (!unknown.isEmpty()) {
            problems.add(file + " has key(s) English lacks: " + unknown);
        }
        translated.forEach((key, value) -> {
            if (english.containsKey(key)) {
                String mismatch = PlaceholderSet.mismatch(file + " " + key, english.get(key), value);
                if (!mismatch.isEmpty()) {
                    problems.add(mismatch);
                }
            }
        });
    }

    private static Map<String, String> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            Map<String, String> values = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
            return values;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + dir, e);
        }
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + dir, e);
        }
    }
}
