package coach.coffeechat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds project types named inline by their full name ({@code coach.coffeechat.store.Database db}) in Java source,
 * outside package and import lines, comments and string literals: such a name is a dependency no import line
 * shows, so a reader (and a review of the imports) misses it.
 */
final class InlineNames {
    private static final Pattern QUALIFIED = Pattern.compile("\\bcoach\\.coffeechat(?:\\.[a-z][a-z0-9]*)*\\.[A-Z]\\w*");

    private InlineNames() {
    }

    /** The inline names in one file, each as {@code path: name}. */
    static List<String> find(Path file) {
        try {
            return find(Files.readString(file)).stream().map(name -> file + ": " + name).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inline names in a piece of source. */
    static List<String> find(String source) {
        List<String> found = new ArrayList<>();
        for (String line : codeOnly(source).split("\n")) {
            String code = line.strip();
            if (code.startsWith("package ") || code.startsWith("import ")) {
                continue;
            }
            Matcher matcher = QUALIFIED.matcher(code);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    // Blanks out comments and string and character literals, keeping line breaks so that lines stay lines.
    private static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < source.length() && source.charAt(i) != c && source.charAt(i) != '\n') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
