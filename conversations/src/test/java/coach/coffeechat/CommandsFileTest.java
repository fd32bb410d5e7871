package coach.coffeechat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandKeys;
import coach.coffeechat.store.Database;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code config/commands.properties} is the English mirror of the command catalog: every command, subcommand,
 * option and choice name and description, under the keys other languages translate. The catalog (in Java, next to
 * each handler) is the source; this test fails when the file and the catalog differ. To regenerate the file after
 * changing a command:
 *
 * <pre>mvn -B -o -pl conversations test -Dtest=CommandsFileTest -Dcommands.write=true</pre>
 */
class CommandsFileTest {
    /** The file, from the module's directory (where Maven runs the tests). */
    static final Path FILE = Path.of("..", "config", "commands.properties");

    @Test
    void theFileMirrorsTheCatalog() throws IOException {
        String expected = render(CommandKeys.english(catalog()));
        if (Boolean.getBoolean("commands.write")) {
            Files.writeString(FILE, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.readString(FILE, StandardCharsets.UTF_8);
        assertEquals(expected, actual, FILE.normalize() + " differs from the command catalog; regenerate it with"
                + " mvn -B -o -pl conversations test -Dtest=CommandsFileTest -Dcommands.write=true");
    }

    /** Every command of the assembled product. */
    static CommandCatalog catalog() {
        try (Database database = TestDatabases.inMemory()) {
            return TestCoach.on(database.dataSource(), Clock.systemUTC()).commands();
        }
    }

    /** The file's text: a header, then each command's keys after a comment naming it, in catalog order. */
    static String render(Map<String, String> keys) {
        StringBuilder out = new StringBuilder();
        for (String line : List.of(
                "# The slash commands as Discord shows them in English: names, descriptions, options and choices.",
                "# GENERATED from the command catalog (the Java source of each command); do not edit by hand.",
                "# Regenerate: mvn -B -o -pl conversations test -Dtest=CommandsFileTest -Dcommands.write=true",
                "# Another language gives the same keys in config/lang/<tag>/commands.properties (see README, Languages):",
                "# names lowercase, 1-32 characters, no spaces; descriptions and choice names 1-100 characters.")) {
            out.append(line).append('\n');
        }
        String group = "";
        for (Map.Entry<String, String> entry : keys.entrySet()) {
            String word = entry.getKey().substring(0, entry.getKey().indexOf('.'));
            if (!word.equals(group)) {
                out.append("\n# /").append(word).append('\n');
                group = word;
            }
            out.append(escape(entry.getKey(), true)).append('=').append(escape(entry.getValue(), false)).append('\n');
        }
        return out.toString();
    }

    /** Escapes as {@link java.util.Properties#load(java.io.Reader)} reads it back; the file is UTF-8. */
    private static String escape(String text, boolean key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '=', ':', '#', '!' -> out.append(key ? "\\" + c : String.valueOf(c));
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
