package coach.coffeechat.request;

import coach.coffeechat.checks.CheckRules;
import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.checks.RequestChecker;
import coach.coffeechat.config.Texts;
import coach.coffeechat.testing.TestCoach;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One language of the draft grid ({@link OwnDraftsPassOwnChecksTest}): its drafter (its request templates and
 * messages), its checks (its word lists), the answers a user of that language types, and how its drafts introduce the
 * writer. English always; another language when its templates ship ({@code config/lang/TAG/templates/requests/}) or
 * lie under the directory named by the system property {@value #SCRATCH} ({@code DIR/lang/TAG/templates/...}), for
 * trying templates not yet merged. Its templates and messages are read as a {@code --config} directory would give them,
 * so the grid needs nothing of the language machinery beyond the checks'.
 *
 * @param tag the language tag
 * @param checker the request checks of the language
 * @param drafter the drafter with the language's templates and messages
 * @param answers the answers, by kind ({@code learn}, {@code summary}, {@code why}) and size
 * @param intro how a draft introduces the writer, before the sender's first name
 * @param subject the label an email's first line starts with in this language ("Subject", "Asunto", "Betreff")
 * @param texts the language's messages, as the drafter reads them
 */
record GridLanguage(String tag, RequestChecker checker, RequestDrafter drafter,
                    Map<String, Map<OwnDraftsPassOwnChecksTest.Size, String>> answers, Pattern intro,
                    String subject, Texts texts) {
    /** The system property naming a directory with {@code lang/TAG/templates/} to try. */
    static final String SCRATCH = "grid.languages";
    /** The languages that may join the grid, with their answers and introductions. */
    private static final List<String> OTHERS = List.of("es", "de");
    // The drafter speaks through the request messages, the checks word their findings with the check messages.
    private static final List<String> FILES = List.of("requests", "checks");

    /** Every language whose templates are there, English first. */
    static List<GridLanguage> all() {
        List<GridLanguage> languages = new ArrayList<>();
        RequestChecker english = new RequestChecker(CheckRules.load(Optional.empty()), TestCoach.TEXTS);
        languages.add(new GridLanguage("en", english, new RequestDrafter(RequestTemplates.load(Optional.empty()),
                TestCoach.TEXTS, english), GridAnswers.ENGLISH, Pattern.compile("(?i)(I'm|it's|my name is) "),
                "Subject", TestCoach.TEXTS));
        for (String tag : OTHERS) {
            templates(tag).ifPresent(dir -> languages.add(of(tag, dir)));
        }
        return languages;
    }

    private static GridLanguage of(String tag, Path configDir) {
        Texts texts = Texts.load(Optional.of(configDir));
        RequestChecker checker = new RequestChecker(CheckRules.load(Optional.empty(), tag), texts);
        RequestDrafter drafter = new RequestDrafter(RequestTemplates.load(Optional.of(configDir)), texts, checker);
        return switch (tag) {
            case "es" -> new GridLanguage(tag, checker, drafter, GridAnswers.SPANISH,
                    Pattern.compile("(?i)(soy|me llamo|mi nombre es|habla) "), "Asunto", texts);
            case "de" -> new GridLanguage(tag, checker, drafter, GridAnswers.GERMAN,
                    Pattern.compile("(?i)(ich bin|hier ist|mein Name ist|ich heiße|hier spricht) "), "Betreff", texts);
            default -> throw new IllegalArgumentException("no grid answers for " + tag);
        };
    }

    /**
     * The language's templates and messages laid out as a {@code --config} directory (its {@code templates/} folder),
     * copied from the scratch directory or the classpath; empty when the language ships no request templates.
     */
    private static Optional<Path> templates(String tag) {
        String folder = "lang/" + tag + "/templates/";
        String scratch = System.getProperty(SCRATCH, "");
        Path from = scratch.isBlank() ? null : Path.of(scratch).resolve(folder);
        if (from == null && GridLanguage.class.getClassLoader()
                .getResource("config/" + folder + "requests/email-cold.txt") == null) {
            return Optional.empty();
        }
        if (from != null && !Files.isRegularFile(from.resolve("requests/email-cold.txt"))) {
            return Optional.empty();
        }
        try {
            Path dir = Files.createTempDirectory("grid-" + tag);
            Files.createDirectories(dir.resolve("templates/requests"));
            List<String> names = new ArrayList<>();
            FILES.forEach(name -> names.add(name + ".properties"));
            Stream.of(RequestFormatsAndVariants.NAMES).forEach(name -> names.add("requests/" + name + ".txt"));
            for (String name : names) {
                copy(from, "config/" + folder + name, name, dir.resolve("templates").resolve(name));
            }
            return Optional.of(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, String resource, String name, Path to) throws IOException {
        if (from != null) {
            if (Files.isRegularFile(from.resolve(name))) {
                Files.copy(from.resolve(name), to, StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        try (InputStream in = GridLanguage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Override
    public String toString() {
        return tag;
    }

    /** The request template names, such as {@code email-cold}. */
    private static final class RequestFormatsAndVariants {
        static final String[] NAMES = Stream.of(RequestFormat.values())
                .flatMap(format -> Stream.of(DraftVariant.values()).map(variant -> RequestTemplates.name(format,
                        variant))).toArray(String[]::new);
    }
}
