package coach.coffeechat.questions;

import coach.coffeechat.config.ConfigException;
import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions {@code /questions prepare} offers, grouped by topic and tagged with the TIARA frame, read once at
 * start-up from {@code config/questions/bank.txt} in the jar, or from {@code questions/bank.txt} in the
 * {@code --config} directory, which then replaces it; each other language has its own bank, the same way, under
 * {@code lang/TAG/}. The file's own header documents the format. A broken bank
 * fails fast with a {@link ConfigException} of one line naming the file, the line and the problem. Immutable and
 * thread-safe.
 */
public final class QuestionBank {
    /** Where the shipped bank lives on the classpath. */
    public static final String RESOURCE = "config/questions/bank.txt";
    /** The most questions one topic may hold, so that a topic and "write my own" fit one choice. */
    public static final int MAX_PER_TOPIC = 24;
    /** The longest question the bank may hold, before its placeholders are filled. */
    public static final int MAX_LENGTH = 200;
    /** The placeholders a bank question may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("name", "organisation", "field");

    private static final Pattern TOPIC = Pattern.compile("^==\\s*([a-z][a-z0-9-]{0,30})\\s*\\|\\s*(\\S.{0,79})$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private final List<Topic> topics;
    private final Map<String, BankQuestion> byId;
    /** The banks of other languages by tag; empty in those banks themselves. */
    private final Map<String, QuestionBank> translations;

    private QuestionBank(List<Topic> topics) {
        this(topics, Map.of());
    }

    private QuestionBank(List<Topic> topics, Map<String, QuestionBank> translations) {
        this.translations = Map.copyOf(translations);
        this.topics = List.copyOf(topics);
        Map<String, BankQuestion> index = new LinkedHashMap<>();
        for (Topic topic : topics) {
            for (BankQuestion question : topic.questions()) {
                index.put(question.id(), question);
            }
        }
        this.byId = index;
    }

    /**
     * Loads the bank: the override directory's {@code questions/bank.txt} if there is one, else the shipped bank.
     *
     * @param overrideDir the {@code --config} directory, or empty
     * @throws ConfigException when the bank cannot be read or is broken, in one line
     */
    public static QuestionBank load(Optional<Path> overrideDir) {
        return load(Languages.load(overrideDir), overrideDir);
    }

    /**
     * Loads the bank of every language: English as {@link #load(Optional)} does, and each other language's own
     * {@code questions/bank.txt} under {@code lang/TAG/} in the {@code --config} directory or else shipped in
     * {@code config/lang/TAG/}; a language with neither asks English's questions. The bank's methods answer in the
     * language of the current {@link LanguageScope}.
     *
     * @throws ConfigException when a bank cannot be read or is broken, in one line
     */
    public static QuestionBank load(Languages languages, Optional<Path> overrideDir) {
        QuestionBank english = read(Language.ENGLISH, overrideDir).orElseThrow(
                () -> new IllegalStateException(RESOURCE + " is missing from the classpath; the build is broken"));
        Map<String, QuestionBank> translations = new HashMap<>();
        for (Language language : languages.all()) {
            if (!language.english()) {
                read(language, overrideDir).ifPresent(bank -> translations.put(language.tag(), bank));
            }
        }
        return new QuestionBank(english.topics, translations);
    }

    private static Optional<QuestionBank> read(Language language, Optional<Path> overrideDir) {
        if (overrideDir.isPresent()) {
            Path file = language.folderIn(overrideDir.get()).resolve("questions").resolve("bank.txt");
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new ConfigException("Cannot read the question bank " + file + ": " + e.getMessage());
                }
            }
        }
        String resource = language.resourceFolder() + "questions/bank.txt";
        try (InputStream in = QuestionBank.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** The bank of the current language ({@link LanguageScope}), English's when that language has none. */
    private QuestionBank here() {
        return translations.isEmpty() ? this : translations.getOrDefault(LanguageScope.current().tag(), this);
    }

    /** Every question of every language's bank, for work done once at start-up. */
    List<BankQuestion> everyLanguage() {
        List<BankQuestion> all = new ArrayList<>(byId.values());
        translations.values().forEach(bank -> all.addAll(bank.byId.values()));
        return all;
    }

    /**
     * Reads a bank from its text.
     *
     * @param source where the text came from, for messages
     * @param text the bank in the documented format
     * @throws ConfigException naming the source, the line and the problem
     */
    public static QuestionBank parse(String source, String text) {
        List<Topic> topics = new ArrayList<>();
        Set<String> topicIds = new HashSet<>();
        Set<String> seen = new HashSet<>();
        String topicId = null;
        String topicLabel = null;
        List<BankQuestion> questions = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("==")) {
                Matcher topic = TOPIC.matcher(line);
                if (!topic.matches()) {
                    throw broken(source, number, "a topic line looks like \"== day | A typical day\" (an id of"
                            + " lower-case letters, digits and dashes, then a label of up to 80 characters)");
                }
                if (topicId != null) {
                    topics.add(finish(source, number, topicId, topicLabel, questions));
                }
                topicId = topic.group(1);
                topicLabel = topic.group(2).strip();
                if (!topicIds.add(topicId)) {
                    throw broken(source, number, "topic '" + topicId + "' appears twice");
                }
                questions = new ArrayList<>();
                continue;
            }
            if (topicId == null) {
                throw broken(source, number, "a question comes before the first topic line (\"== day | A typical day\")");
            }
            int bar = line.indexOf('|');
            if (bar < 0) {
                throw broken(source, number, "a question line looks like \"insights | How did you start?\"");
            }
            Set<Tag> tags = tags(source, number, line.substring(0, bar));
            String question = line.substring(bar + 1).strip();
            check(source, number, question);
            if (!seen.add(question.toLowerCase(Locale.ROOT))) {
                throw broken(source, number, "this question appears twice in the bank");
            }
            questions.add(new BankQuestion(topicId + "-" + (questions.size() + 1), topicId, question, tags));
            if (questions.size() > MAX_PER_TOPIC) {
                throw broken(source, number, "topic '" + topicId + "' has more than " + MAX_PER_TOPIC + " questions");
            }
        }
        if (topicId == null) {
            throw broken(source, lines.length, "the bank has no topics");
        }
        topics.add(finish(source, lines.length, topicId, topicLabel, questions));
        QuestionBank bank = new QuestionBank(topics);
        for (Tag needed : List.of(Tag.REFERRAL, Tag.STAY_IN_TOUCH)) {
            if (bank.tagged(needed).isEmpty()) {
                throw new ConfigException("Question bank " + source + " has no question tagged " + needed.id()
                        + "; every list ends with one");
            }
        }
        return bank;
    }

    /** The topics in bank order. */
    public List<Topic> topics() {
        return here().topics;
    }

    /** The topic with this id. */
    public Optional<Topic> topic(String id) {
        return here().topics.stream().filter(topic -> topic.id().equals(id)).findFirst();
    }

    /** The question with this id. */
    public Optional<BankQuestion> question(String id) {
        return Optional.ofNullable(here().byId.get(id));
    }

    /** Every question, in bank order. */
    public List<BankQuestion> all() {
        return List.copyOf(here().byId.values());
    }

    /** The questions carrying a tag, in bank order. */
    public List<BankQuestion> tagged(Tag tag) {
        return here().byId.values().stream().filter(question -> question.has(tag)).toList();
    }

    /** How many questions the bank holds. */
    public int size() {
        return here().byId.size();
    }

    private static Set<Tag> tags(String source, int number, String written) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        for (String id : written.split(",")) {
            if (id.isBlank()) {
                continue;
            }
            Optional<Tag> tag = Tag.fromId(id);
            if (tag.isEmpty()) {
                List<String> known = new ArrayList<>();
                for (Tag each : Tag.values()) {
                    known.add(each.id());
                }
                throw broken(source, number, "unknown tag '" + id.strip() + "'; tags are " + String.join(", ", known));
            }
            tags.add(tag.get());
        }
        if (tags.isEmpty()) {
            throw broken(source, number, "a question needs at least one tag before the |");
        }
        return tags;
    }

    private static void check(String source, int number, String question) {
        if (question.codePoints().noneMatch(Character::isLetter)) {
            throw broken(source, number, "the question after the | is empty");
        }
        if (question.length() > MAX_LENGTH) {
            throw broken(source, number, "the question has " + question.length() + " characters; at most "
                    + MAX_LENGTH);
        }
        Matcher placeholder = PLACEHOLDER.matcher(question);
        while (placeholder.find()) {
            if (!PLACEHOLDERS.contains(placeholder.group(1))) {
                throw broken(source, number, "unknown placeholder ${" + placeholder.group(1)
                        + "}; use ${name}, ${organisation} or ${field}");
            }
        }
    }

    private static Topic finish(String source, int number, String id, String label, List<BankQuestion> questions) {
        if (questions.isEmpty()) {
            throw broken(source, number, "topic '" + id + "' has no questions");
        }
        return new Topic(id, label, questions);
    }

    private static ConfigException broken(String source, int line, String problem) {
        return new ConfigException("Question bank " + source + " line " + line + ": " + problem);
    }
}
