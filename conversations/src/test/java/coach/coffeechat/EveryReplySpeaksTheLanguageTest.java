package coach.coffeechat;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Languages;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.testing.ProductBench;
import coach.coffeechat.testing.TestCoach;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No reply keeps English words a language replaced: every message is worded when it is shown, in the language of the
 * user, never once at start-up. A test language "qq" (every English message and command description in capitals,
 * placeholders kept) is added
 * under {@code --config}; every command is started in it, each step asked for help and answered, and no text shown
 * (notes, prompts, options, fields, flow titles) may hold a stretch of an English message's words.
 */
final class EveryReplySpeaksTheLanguageTest {
    private static final UserId MAYA = new UserId("maya");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");

    @Test
    void noTextShownInALanguageIsLeftInEnglish(@TempDir Path dir) throws IOException {
        Optional<Path> config = Optional.of(capitalsLanguage(dir));
        List<String> shown = new ArrayList<>();
        try (ProductBench bench = new ProductBench(config)) {
            TestCoach.addAnaLi(bench.coach(), MAYA);
            try (LanguageScope scope = LanguageScope.open(Languages.load(config).find("qq").orElseThrow())) {
                for (CommandSpec spec : bench.coach().commands().specs()) {
                    walk(bench, spec, shown);
                }
            }
        }
        // The walk went through the flows: their titles, in capitals, were shown.
        assertThat(shown.stream().filter(text -> !text.isEmpty() && text.equals(text.toUpperCase(Locale.ROOT)))
                .count()).as("texts shown in the test language").isGreaterThan(300);
        Set<String> english = englishStretches();
        Set<String> left = new TreeSet<>();
        for (String text : shown) {
            english.stream().filter(text::contains).forEach(stretch -> left.add(stretch + "   <- in: " + text));
        }
        assertThat(left).as("English words shown to a user of another language").isEmpty();
    }

    /** Starts the command, then asks help at each step and answers it, a few steps deep, then cancels. */
    private static void walk(ProductBench bench, CommandSpec spec, List<String> shown) {
        Map<String, String> options = new HashMap<>();
        for (CommandSpec.OptionSpec option : spec.options()) {
            if (!option.required()) {
                continue;
            }
            switch (option.kind()) {
                case CONTACT, TEXT -> options.put(option.name(), "Ana Li");
                case CHOICE -> options.put(option.name(), option.choices().get(0).id());
                case INTEGER -> options.put(option.name(), "15");
                case TIME_ZONE -> options.put(option.name(), "Europe/Paris");
                default -> {
                    return;
                }
            }
        }
        Reply reply = bench.handle(MAYA, new Input.Command(spec.path(), options));
        collect(reply, shown);
        for (int step = 0; step < 6 && reply.prompt().isPresent(); step++) {
            collect(bench.handle(MAYA, new Input.Control(ControlAction.HELP)), shown);
            reply = bench.handle(MAYA, answer(reply.prompt().get()));
            collect(reply, shown);
        }
        collect(bench.handle(MAYA, new Input.Control(ControlAction.CANCEL)), shown);
    }

    private static Input answer(Prompt prompt) {
        if (prompt instanceof Prompt.Choice choice) {
            return new Input.Pick(choice.options().get(0).id());
        }
        if (prompt instanceof Prompt.Form form) {
            Map<String, String> fields = new HashMap<>();
            form.fields().forEach(field -> fields.put(field.id(), field.defaultValue().isEmpty() ? "Ana Li"
                    : field.defaultValue()));
            return new Input.Form(fields);
        }
        if (prompt instanceof Prompt.Confirm) {
            return new Input.Answer("no");
        }
        return new Input.Answer(prompt instanceof Prompt.Info ? "" : "Ana Li");
    }

    private static void collect(Reply reply, List<String> shown) {
        shown.addAll(reply.notes());
        shown.add(reply.flowTitle());
        reply.prompt().ifPresent(prompt -> {
            shown.add(prompt.text());
            if (prompt instanceof Prompt.Choice choice) {
                choice.options().forEach(option -> {
                    shown.add(option.label());
                    shown.add(option.description());
                });
            } else if (prompt instanceof Prompt.Form form) {
                shown.add(form.title());
                form.fields().forEach(field -> {
                    shown.add(field.label());
                    shown.add(field.placeholder());
                });
            } else if (prompt instanceof Prompt.Text text) {
                shown.add(text.label());
                shown.add(text.placeholder());
            } else if (prompt instanceof Prompt.Confirm confirm) {
                shown.add(confirm.yesLabel());
                shown.add(confirm.noLabel());
            }
        });
    }

    /** Every stretch of three or more words between the placeholders of an English message. */
    private static Set<String> englishStretches() throws IOException {
        Set<String> stretches = new TreeSet<>();
        for (Map.Entry<String, String> entry : english().entrySet()) {
            for (String stretch : PLACEHOLDER.split(entry.getValue())) {
                String trimmed = stretch.strip();
                // Command words stay English in every language ("/contact add"), as Discord reports them back.
                if (trimmed.split("\\s+").length >= 3 && !trimmed.equals(trimmed.toUpperCase(Locale.ROOT))
                        && !trimmed.startsWith("/")) {
                    stretches.add(trimmed);
                }
            }
        }
        return stretches;
    }

    /** A --config directory whose language "qq" is English in capitals, placeholders as they are. */
    private static Path capitalsLanguage(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("lang/qq/templates"));
        Files.writeString(dir.resolve("lang/languages.properties"), "qq=QQ\n");
        for (String name : Texts.FILES) {
            Properties capitals = new Properties();
            for (Map.Entry<String, String> entry : file(name).entrySet()) {
                capitals.setProperty(entry.getKey(), capitals(entry.getValue()));
            }
            try (Writer out = Files.newBufferedWriter(dir.resolve("lang/qq/templates/" + name + ".properties"),
                    StandardCharsets.UTF_8)) {
                capitals.store(out, null);
            }
        }
        // The commands' descriptions and choices too (names stay as they are: Discord wants them lower case).
        Properties commands = new Properties();
        read("config/commands.properties").forEach((key, value) -> {
            if (!key.endsWith(".name")) {
                commands.setProperty(key, value.toUpperCase(Locale.ROOT));
            }
        });
        try (Writer out = Files.newBufferedWriter(dir.resolve("lang/qq/commands.properties"), StandardCharsets.UTF_8)) {
            commands.store(out, null);
        }
        return dir;
    }

    private static String capitals(String text) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            out.append(text.substring(at, matcher.start()).toUpperCase(Locale.ROOT)).append(matcher.group());
            at = matcher.end();
        }
        return out.append(text.substring(at).toUpperCase(Locale.ROOT)).toString();
    }

    private static Map<String, String> english() throws IOException {
        Map<String, String> all = new HashMap<>();
        for (String name : Texts.FILES) {
            all.putAll(file(name));
        }
        return all;
    }

    private static Map<String, String> file(String name) throws IOException {
        return read("config/templates/" + name + ".properties");
    }

    private static Map<String, String> read(String resource) throws IOException {
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> values = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
            return values;
        }
    }
}
