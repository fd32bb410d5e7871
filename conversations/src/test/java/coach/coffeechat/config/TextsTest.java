package coach.coffeechat.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.contact.Warmth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TextsTest {
    private static final Texts TEXTS = Texts.load(Optional.empty());

    @Test
    void placeholdersAreFilledAndValuesAreNeverExpandedAgain() {
        assertThat(TEXTS.get("contact.add.saved", "name", "Ana Li")).isEqualTo("Saved Ana Li.");
        assertThat(TEXTS.get("contact.add.saved", "name", "${name}")).isEqualTo("Saved ${name}.");
        assertThat(TEXTS.get("contact.add.saved", "name", "${${x}}")).isEqualTo("Saved ${${x}}.");
    }

    @Test
    void aConfigDirectoryCanRewordAMessage(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/messages.properties"), "contact.add.saved=Got ${name} saved!\n");

        Texts reworded = Texts.load(Optional.of(dir));

        assertThat(reworded.get("contact.add.saved", "name", "Ana")).isEqualTo("Got Ana saved!");
        assertThat(reworded.get("contact.removed", "name", "Ana")).isEqualTo("Removed Ana.");
    }

    @Test
    void aPluralPlaceholderPicksTheWordByTheCount(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/messages.properties"),
                "contact.add.saved=${name}: ${n} ${plural:n|question|questions}, ${plural:missing|a|b}\n");
        Texts plural = Texts.load(Optional.of(dir));

        assertThat(plural.get("contact.add.saved", "name", "Ana", "n", 1))
                .isEqualTo("Ana: 1 question, ${plural:missing|a|b}");
        assertThat(plural.get("contact.add.saved", "name", "Ana", "n", 0)).startsWith("Ana: 0 questions");
        assertThat(plural.get("contact.add.saved", "name", "Ana", "n", 12)).startsWith("Ana: 12 questions");
        assertThat(TEXTS.get("questions.saved", "count", 1, "name", "Ana", "list", "1. Why?"))
                .startsWith("Saved 1 question for Ana.");
    }

    @Test
    void anOverrideOfAnUnknownMessageIsRefused(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/messages.properties"), "contact.add.svaed=Typo\n");

        assertThatThrownBy(() -> Texts.load(Optional.of(dir))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("contact.add.svaed");
    }

    @Test
    void everyWarmthSourceAndStageHasALabel() {
        for (var warmth : Warmth.values()) {
            assertThat(TEXTS.has("contact.warmth." + warmth.id())).as(warmth.id()).isTrue();
            assertThat(TEXTS.has("contact.warmth." + warmth.id() + ".hint")).as(warmth.id()).isTrue();
        }
        for (var source : Source.values()) {
            assertThat(TEXTS.has("contact.source." + source.id())).as(source.id()).isTrue();
        }
        for (var stage : Stage.values()) {
            assertThat(TEXTS.has("contact.stage." + stage.id())).as(stage.id()).isTrue();
        }
    }

    @Test
    void everyMessageKeyTheCodeNamesExists() throws IOException {
        // Keys are named as string literals in texts.get("...") calls and in "prefix." + id concatenations.
        Pattern literal = Pattern.compile("texts\\.get\\(\\s*\"([a-z0-9.-]+)\"\\s*[,)]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!TEXTS.has(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
