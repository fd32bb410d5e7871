package coach.coffeechat.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringSubstitutor;

/**
 * Whole-text templates (a request, a thank-you note) kept one per file under {@code config/templates/FOLDER/}, so
 * a coach can edit each as it will read. A {@code --config} directory may replace any of them with a file of
 * the same name under its own {@code templates/FOLDER/}. Read once at start-up; immutable and thread-safe.
 */
public final class TemplateFiles {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    private final String folder;
    private final Map<String, String> templates;

    private TemplateFiles(String folder, Map<String, String> templates) {
        this.folder = folder;
        this.templates = Map.copyOf(templates);
    }

    /**
     * Loads the named templates; every one must ship with the bot.
     *
     * @param folder the folder under {@code templates/}, such as {@code requests}
     * @param names the file names, such as {@code email-warm.txt}
     * @param overrideDir the {@code --config} directory, or empty
     */
    public static TemplateFiles load(String folder, List<String> names, Optional<Path> overrideDir) {
        Map<String, String> templates = new HashMap<>();
        for (String name : names) {
            templates.put(name, read(folder, name, overrideDir));
        }
        return new TemplateFiles(folder, templates);
    }

    /** The template with this file name. */
    public String get(String name) {
        String template = templates.get(name);
        if (template == null) {
            throw new IllegalArgumentException("no template " + name + " in templates/" + folder);
        }
        return template;
    }

    /**
     * Fills a template: values are never expanded again, and lines a missing value left empty, double spaces and
     * runs of blank lines are tidied away.
     */
    public String fill(String name, Map<String, String> values) {
        return fillText(get(name), values);
    }

    /** Fills a template given as text (a server's own, say) the same way as {@link #fill}. */
    public static String fillText(String template, Map<String, String> values) {
        StringSubstitutor substitutor = new StringSubstitutor(values);
        substitutor.setDisableSubstitutionInValues(true);
        return tidy(substitutor.replace(template));
    }

    /** The placeholders a template uses, in order of first use: {@code ${first}} gives {@code first}. */
    public static List<String> placeholders(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!names.contains(matcher.group(1))) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** Removes double spaces, leading and trailing blank lines, and runs of blank lines. */
    public static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        boolean lastBlank = true;
        for (String raw : text.split("\n", -1)) {
            String line = raw.replaceAll(" {2,}", " ").strip();
            boolean blank = line.isEmpty();
            if (blank && lastBlank) {
                continue;
            }
            out.append(line).append('\n');
            lastBlank = blank;
        }
        return out.toString().strip();
    }

    private static String read(String folder, String name, Optional<Path> overrideDir) {
        if (overrideDir.isPresent()) {
            Path file = overrideDir.get().resolve("templates").resolve(folder).resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new ConfigException("Cannot read the template " + file + ": " + e.getMessage());
                }
            }
        }
        String resource = "config/templates/" + folder + "/" + name;
        try (InputStream in = TemplateFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath; the build is broken");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
