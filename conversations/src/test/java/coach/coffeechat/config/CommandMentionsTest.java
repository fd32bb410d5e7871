package coach.coffeechat.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every message of a language names commands and options as that language's Discord shows them
 * ({@code commands.properties}): a Spanish message says {@code /contacto añadir}, not {@code /contact add}, and
 * {@code /ajustes zona-horaria:}, not {@code /ajustes timezone:}. English messages name real commands. The messages
 * are the values of {@code templates/*.properties} (English's in {@code config/templates}, each language's in
 * {@code config/lang/TAG/templates}); comments and the request and follow-up templates (which go to the contact)
 * are not read.
 *
 * <p>What counts as a mention, so that links, dates, paths and "y/o" do not:
 * <ul>
 *   <li>a command: a slash at the start of the text or after a space, an opening bracket or quote (not after a
 *       letter, digit, {@code /}, {@code :} or {@code .}: that is {@code https://...}, {@code 12/03}, {@code y/o}),
 *       followed by a lower-case word that is not followed by another {@code /} (a file path). The word must be the
 *       language's name of a command, or {@code /quit} and {@code /exit} (the console's own, in every language);
 *       anything else is wrong: another language's name, or no command at all.</li>
 *   <li>a subcommand: the word after a command that has subcommands, after one space. If it is the name of one of
 *       the command's subcommands in another language but not in this one, it is wrong; any other word is prose
 *       ({@code /coach en el servidor}).</li>
 *   <li>an option: a lower-case word and a colon ({@code contacto:}, not {@code https:}) after a command, up to the
 *       next command or line. If it is the name of one of the command's options in another language but not in
 *       this one, it is wrong; {@code server:} is the console's and stays English; any other word is prose.</li>
 * </ul>
 */
final class CommandMentionsTest {
    /** The shipped configuration, from the module's directory (where Maven runs the tests). */
    private static final Path CONFIG = Path.of("..", "config");
    private static final Set<String> CONSOLE_COMMANDS = Set.of("quit", "exit");
    private static final String SERVER_OPTION = "server";
    private static final String WORD = "\\p{Ll}[\\p{Ll}\\p{N}_'-]*";
    private static final Pattern COMMAND =
            Pattern.compile("(?<![\\p{L}\\p{N}_/:.\\\\])/(" + WORD + ")(?![\\p{L}\\p{N}_/])");
    private static final Pattern SUBCOMMAND = Pattern.compile("\\G (" + WORD + ")(?![\\p{L}\\p{N}_/])");
    private static final Pattern OPTION = Pattern.compile("(?<!\\S)(" + WORD + "):(?!//)");
    private static final Pattern TOP = Pattern.compile("^([^.]+)\\.name$");
    private static final Pattern SUB = Pattern.compile("^([^.]+)\\.([^.]+)\\.name$");
    private static final Pattern OPTION_KEY = Pattern.compile("^(.+)\\.option\\.([^.]+)\\.name$");
    private static final Pattern CHOICE_KEY = Pattern.compile("^(.+)\\.option\\.([^.]+)\\.choice\\.([^.]+)$");
    private static final Pattern CHOICE_WORD = Pattern.compile("[\\p{L}\\p{N}-]+");

    private static final CommandTexts TEXTS = CommandTexts.load(Languages.load(Optional.empty()), Optional.empty());

    @TestFactory
    Stream<DynamicTest> everyMessageNamesCommandsAsItsLanguageDoes() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("en", () -> assertThat(problems("en", CONFIG.resolve("templates")))
                .as("command mentions in config/templates").isEmpty()));
        for (String tag : new TreeMap<>(TEXTS.byLanguage()).keySet()) {
            Path folder = CONFIG.resolve("lang").resolve(tag).resolve("templates");
            tests.add(DynamicTest.dynamicTest(tag, () -> assertThat(problems(tag, folder))
                    .as("command mentions in %s", folder).isEmpty()));
        }
        return tests.stream();
    }

    @Test
    void theCheckFindsAnotherLanguagesNamesAndNoCommandButNotLinksDatesOrPaths() {
        assertThat(problems("es", "Escribe /contact add para empezar.")).singleElement().asString()
                .contains("/contact");
        assertThat(problems("es", "Escribe /contacto add para empezar.")).singleElement().asString()
                .contains("add");
        assertThat(problems("es", "Prueba /contacto ver contact: Ana")).singleElement().asString()
                .contains("contact:");
        assertThat(problems("de", "Tippe /kontakte")).singleElement().asString().contains("no command");
        assertThat(problems("en", "Type /contacto add")).hasSize(1);

        assertThat(problems("es", "Escribe /contacto añadir o /contacto ver contacto: Ana, y/o /ayuda."))
                .isEmpty();
        assertThat(problems("es", "/coach en el servidor; /reto unirme server: Cohort A; /quit para salir"))
                .isEmpty();
        assertThat(problems("es", "Mira https://example.com/contact el 12/03, o /home/ana/contact.csv")).isEmpty();
        assertThat(problems("de", "Ändere sie mit /einstellungen zeitzone: Europe/Berlin ruhezeiten: 21:00-08:00"))
                .isEmpty();
    }

    @Test
    void aChoiceAfterItsOptionIsNamedAsTheLanguageNamesIt() {
        assertThat(problems("es", "Escribe /contacto etapa etapa: replied.")).singleElement().asString()
                .contains("etapa:").contains("ha respondido");
        assertThat(problems("de", "Mit /kontakt stand stand: replied")).hasSize(1);
        assertThat(problems("en", "Type /contact stage stage: ha respondido")).hasSize(1);

        assertThat(problems("es", "Escribe /contacto etapa etapa: ha respondido, o etapa: `${stage}`.")).isEmpty();
        assertThat(problems("de", "Mit /kontakt stand stand: hat geantwortet oder stand: wie gehabt")).isEmpty();
        assertThat(problems("en", "Type /contact stage stage: replied")).isEmpty();
    }

    /** Every wrong mention in the language's message files, one line each. */
    private static List<String> problems(String tag, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(file -> file.getFileName().toString().endsWith(".properties")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            Properties messages = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
            for (String key : new TreeMap<>(messages).keySet().stream().map(Object::toString).toList()) {
                problems(tag, messages.getProperty(key)).forEach(problem ->
                        problems.add(file.getFileName() + " " + key + ": " + problem));
            }
        }
        return problems;
    }

    /** What is wrong with the mentions in one message of the language. */
    private static List<String> problems(String tag, String message) {
        Names own = Names.of(tag);
        List<Names> others = allTags().stream().filter(other -> !other.equals(tag)).map(Names::of).toList();
        List<String> problems = new ArrayList<>();
        List<Mention> commands = COMMAND.matcher(message).results().map(Mention::new).toList();
        for (int i = 0; i < commands.size(); i++) {
            Mention command = commands.get(i);
            String word = command.word();
            if (CONSOLE_COMMANDS.contains(word)) {
                continue;
            }
            String english = own.top.get(word);
            if (english == null) {
                Optional<String> elsewhere = others.stream().map(names -> names.top.get(word))
                        .filter(Objects::nonNull).findFirst();
                problems.add(elsewhere.map(top -> "/" + word + " is another language's name for /" + top
                        + "; here it is /" + own.name(top)).orElse("/" + word + " names no command"));
                continue;
            }
            String path = english;
            int end = command.end();
            Matcher sub = SUBCOMMAND.matcher(message).region(end, message.length());
            if (own.subs.containsKey(english) && sub.lookingAt()) {
                String typed = sub.group(1);
                String englishSub = own.subs.get(english).get(typed);
                if (englishSub != null) {
                    path = english + " " + englishSub;
                    end = sub.end();
                } else if (others.stream().anyMatch(names -> names.subs.get(english).containsKey(typed))) {
                    problems.add("/" + word + " " + typed + " uses another language's name for a subcommand");
                }
            }
            int tailEnd = i + 1 < commands.size() ? commands.get(i + 1).start() : message.length();
            int newline = message.indexOf('\n', end);
            String tail = message.substring(end, newline >= 0 && newline < tailEnd ? newline : tailEnd);
            String spec = path;
            Matcher option = OPTION.matcher(tail);
            while (option.find()) {
                String typed = option.group(1);
                String englishOption = own.options.getOrDefault(spec, Map.of()).get(typed);
                if (englishOption != null) {
                    choiceProblem(own, others, spec, englishOption, tail.substring(option.end()))
                            .ifPresent(problem -> problems.add(typed + ": after /" + spec + " " + problem));
                }
                if (typed.equals(SERVER_OPTION) || englishOption != null) {
                    continue;
                }
                if (others.stream().anyMatch(names -> names.options.getOrDefault(spec, Map.of()).containsKey(typed))) {
                    problems.add(typed + ": after /" + spec + " is another language's name for an option");
                }
            }
        }
        return problems;
    }

    /**
     * What is wrong with the value after an option that has fixed choices: it must start with one of the language's
     * names of them (English's values in English); a value starting with a word of another choice name or value, in
     * any language, is wrong; anything else ({@code ${stage}}, a backtick, prose) is not a value.
     */
    private static Optional<String> choiceProblem(Names own, List<Names> others, String spec, String option,
                                                  String after) {
        Map<String, String> choices = own.choices.getOrDefault(spec + "|" + option, Map.of());
        String value = after.stripLeading();
        if (choices.isEmpty() || value.isEmpty() || !Character.isLetterOrDigit(value.codePointAt(0))) {
            return Optional.empty();
        }
        boolean named = choices.keySet().stream().anyMatch(name -> value.startsWith(name)
                && (value.length() == name.length() || !Character.isLetterOrDigit(value.charAt(name.length()))));
        if (named) {
            return Optional.empty();
        }
        String first = CHOICE_WORD.matcher(value).results().findFirst().map(java.util.regex.MatchResult::group)
                .orElse(value).toLowerCase(java.util.Locale.ROOT);
        Set<String> choiceWords = new HashSet<>();
        Stream.concat(Stream.of(own), others.stream())
                .flatMap(names -> names.choices.getOrDefault(spec + "|" + option, Map.of()).entrySet().stream())
                .flatMap(entry -> Stream.of(entry.getKey(), entry.getValue()))
                .forEach(name -> CHOICE_WORD.matcher(name).results().findFirst()
                        .ifPresent(word -> choiceWords.add(word.group().toLowerCase(java.util.Locale.ROOT))));
        return choiceWords.contains(first)
                ? Optional.of("names no choice of this language: '" + value + "'; its choices are "
                        + new TreeMap<>(choices).keySet())
                : Optional.empty();
    }

    private static Set<String> allTags() {
        Set<String> tags = new HashSet<>(TEXTS.byLanguage().keySet());
        tags.add("en");
        return tags;
    }

    /** A command mention: the word after the slash and where the match starts and ends. */
    private record Mention(String word, int start, int end) {
        Mention(java.util.regex.MatchResult match) {
            this(match.group(1), match.start(), match.end());
        }
    }

    /**
     * A language's names, each to English's: the commands, each command's subcommands (by the English command) and
     * each command's options (by the English path), and each option's fixed choices by their names (by the English
     * path and option, {@code contact stage|stage}; in English, the values themselves).
     */
    private record Names(Map<String, String> top, Map<String, Map<String, String>> subs,
                         Map<String, Map<String, String>> options, Map<String, Map<String, String>> choices,
                         Map<String, String> texts) {
        static Names of(String tag) {
            Map<String, String> english = TEXTS.english();
            Map<String, String> own = TEXTS.byLanguage().getOrDefault(tag, Map.of());
            Names names = new Names(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), own);
            for (String key : english.keySet()) {
                String name = own.getOrDefault(key, english.get(key));
                Matcher choice = CHOICE_KEY.matcher(key);
                if (choice.matches()) {
                    names.choices.computeIfAbsent(choice.group(1).replace('.', ' ') + "|" + choice.group(2),
                            option -> new HashMap<>()).put(tag.equals("en") ? choice.group(3) : name, choice.group(3));
                }
                Matcher top = TOP.matcher(key);
                Matcher sub = SUB.matcher(key);
                Matcher option = OPTION_KEY.matcher(key);
                if (option.matches() && !key.contains(".choice.")) {
                    names.options.computeIfAbsent(option.group(1).replace('.', ' '), path -> new HashMap<>())
                            .put(name, option.group(2));
                } else if (top.matches()) {
                    names.top.put(name, top.group(1));
                } else if (sub.matches() && !sub.group(2).equals("option")) {
                    names.subs.computeIfAbsent(sub.group(1), word -> new HashMap<>()).put(name, sub.group(2));
                }
            }
            return names;
        }

        /** The language's name of an English command word. */
        String name(String english) {
            return texts.getOrDefault(english + ".name", english);
        }
    }
}
