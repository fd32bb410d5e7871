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
 * the same name under its own {@code templates/FOLDER/}. Each other {@link Language} has its own under
 * {@code config/lang/TAG/templates/FOLDER/} (shipped) and {@code lang/TAG/templates/FOLDER/} under {@code --config}
 * (a coach's, which win); a file a language leaves out is English's, file by file, and a language's file must use
 * exactly the placeholders of the English one. {@link #get} reads the language of the current {@link
 * LanguageScope}. Read once at start-up; immutable and thread-safe.
 */
public final class TemplateFiles {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    private final String folder;
    private final Map<String, Map<String, String>> byLanguage;

    private TemplateFiles(String folder, Map<String, Map<String, String>> byLanguage) {
        this.folder = folder;
        Map<String, Map<String, String>> copy = new HashMap<>();
        byLanguage.forEach((tag, templates) -> copy.put(tag, Map.copyOf(templates)));
        this.byLanguage = Map.copyOf(copy);
    }

    /**
     * Loads the named templates; every one must ship with the bot.
     *
     * @param folder the folder under {@code templates/}, such as {@code requests}
     * @param names the file names, such as {@code email-warm.txt}
     * @param overrideDir the {@code --config} directory, or empty
     */
    public static TemplateFiles load(String folder, List<String> names, Optional<Path> overrideDir) {
        return load(folder, names, Languages.load(overrideDir), overrideDir);
    }

    /**
     * Loads the named templates in every language; every one must ship with the bot in English.
     *
     * @param folder the folder under {@code templates/}, such as {@code requests}
     * @param names the file names, such as {@code email-warm.txt}
     * @param languages the languages to load (English always)
     * @param overrideDir the {@code --config} directory, or empty
     * @throws ConfigException in one line, for a language's file whose placeholders differ from English's
     */
    public static TemplateFiles load(String folder, List<String> names, Languages languages,
                                     Optional<Path> overrideDir) {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        Map<String, String> english = new HashMap<>();
        for (String name : names) {
            english.put(name, read(folder, name, Language.ENGLISH, overrideDir)
                    .orElseThrow(() -> new IllegalStateException("config/templates/" + folder + "/" + name
                            + " is missing from the classpath; the build is broken")));
        }
        byLanguage.put(Language.ENGLISH.tag(), english);
        for (Language language : languages.all()) {
            if (language.english()) {
                continue;
            }
            Map<String, String> templates = new HashMap<>(english);
            for (String name : names) {
                Optional<String> own = read(folder, name, language, overrideDir);
                if (own.isPresent()) {
                    String shipped = read(folder, name, Language.ENGLISH, Optional.empty()).orElseThrow();
                    String mismatch = PlaceholderSet.mismatch("The template " + language.tag() + "/templates/"
                            + folder + "/" + name, shipped, own.get());
                    if (!mismatch.isEmpty()) {
                        throw new ConfigException(mismatch);
                    }
                    templates.put(name, own.get());
                }
            }
            byLanguage.put(language.tag(), templates);
        }
        return new TemplateFiles(folder, byLanguage);
    }

    /** The template with this file name, in the current language ({@link LanguageScope}). */
    public String get(String name) {
        return getIn(LanguageScope.current(), name);
    }

    /** The template with this file name in {@code language} (English's when the language has none of its own). */
    public String getIn(Language language, String name) {
        Map<String, String> templates = byLanguage.getOrDefault(language.tag(),
                byLanguage.get(Language.ENGLISH.tag()));
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

    /**
     * A language's own file: under {@code --config} if there is one there, else the shipped one; empty when the
     * language has neither (English always ships its own).
     */
    private static Optional<String> read(String folder, String name, Language language, Optional<Path> overrideDir) {
        if (overrideDir.isPresent()) {
            Path file = language.folderIn(overrideDir.get()).resolve("templates").resolve(folder).resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new ConfigException("Cannot read the template " + file + ": " + e.getMessage());
                }
            }
        }
        String resource = language.resourceFolder() + "templates/" + folder + "/" + name;
        try (InputStream in = TemplateFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
