package coach.coffeechat.checks;

import coach.coffeechat.config.ConfigException;
import coach.coffeechat.config.LayeredProperties;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The thresholds and word lists behind the request and question checks, from {@code config/checks.properties}
 * (shipped in the jar, where every key is documented) and then {@code checks.properties} in a {@code --config}
 * directory, whose keys override. Every value is checked and every word list compiled when loading, so a bad value
 * stops start-up with one line instead of surfacing in a check. Immutable and thread-safe.
 *
 * <pre>{@code
 * CheckRules rules = CheckRules.load(Optional.of(Path.of("my-config")));
 * CheckReport report = new RequestChecker(rules, texts).check(draft);
 * }</pre>
 */
public final class CheckRules {
    static final String RESOURCE = "config/checks.properties";
    static final String FILE_NAME = "checks.properties";

    // The grammar of {job}, {i} and {org}; the vocabulary comes from the lists.
    private static final String DETERMINER = "(?:(?:a|an|any|the|this|that|your|some|another|one of the|one of your)\\s+)?";
    private static final String FUNCTION_WORDS = "(?:in|on|at|to|for|of|with|by|from|into|about|like|as|and|or|but|my|"
            + "your|his|her|their|our|me|you|it|that|this|who|which|what|how|why|when|where|is|are|was|were|be|i|we|"
            + "they|he|she|a|an|the|not|no|so|if)";
    private static final String DESCRIBING_WORDS = "(?:(?!" + FUNCTION_WORDS + "(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}&'-]+\\s+){0,3}";
    private static final String WRITER = "(?<!(?:when|if|once|before|after|while|until|whenever|as|since)\\s{1,3})"
            + "(?:i'm|i am|i've|i have|i'd|i would|i was|i'll|i will|i|we're|we are|we)";
    private static final String WRITER_HELPERS = "(?:\\s+(?:am|are|be|been|was|were|really|currently|also|now|actively|"
            + "just|still|would|could|can|might|may|will|like|love|to|hoping|hope|trying|writing|reaching|out|want|"
            + "wanted|wondering|if|whether|i|so|very|keen|eager|excited|seriously|genuinely|definitely|have|had|"
            + "therefore|hereby|now)){0,5}";
    private static final String ARTICLE_FOR_ORGANISATION = "(?:the|your|this|that|their|our)\\s+";
    private static final String NAME = "(?!I(?![\\p{L}\\p{N}]))(?-i:\\p{Lu})[\\p{L}\\p{N}&.-]*"
            + "(?:\\s+(?-i:\\p{Lu})[\\p{L}\\p{N}&.-]*){0,2}";

    private final int emailWarnWords;
    private final int emailMaxWords;
    private final int linkedInFreeCharacters;
    private final int linkedInPremiumCharacters;
    private final int phoneMaxWords;
    private final Phrases jobAsks;
    private final Phrases negations;
    private final int maxMinutes;
    private final Phrases meals;
    private final Phrases mealOptions;
    private final Phrases askPhrases;
    private final Phrases conversationWords;
    private final int maxQuestionsInRequest;
    private final Phrases logistics;
    private final int minSelfMentions;
    private final double selfRatio;
    private final Set<String> firstPerson;
    private final Set<String> secondPerson;
    private final int minutesPerQuestion;
    private final int minQuestions;
    private final double duplicateSimilarity;
    private final double wordSimilarity;
    private final Set<String> ignoredWords;
    private final Phrases salary;
    private final Phrases googleable;
    private final Phrases organisations;
    private final Set<String> yesNoOpeners;
    private final Phrases openRequests;
    private final Phrases referralQuestion;
    private final Phrases personalCues;

    private CheckRules(Values values) {
        emailWarnWords = values.whole("too-long.email-warn-words", 10, 10_000);
        emailMaxWords = values.whole("too-long.email-max-words", 10, 10_000);
        if (emailWarnWords > emailMaxWords) {
            throw values.bad("too-long.email-warn-words", String.valueOf(emailWarnWords),
                    "a number no larger than too-long.email-max-words (" + emailMaxWords + ")");
        }
        linkedInFreeCharacters = values.whole("too-long.linkedin-free-characters", 20, 10_000);
        linkedInPremiumCharacters = values.whole("too-long.linkedin-premium-characters", 20, 10_000);
        phoneMaxWords = values.whole("too-long.phone-max-words", 10, 10_000);

        Map<String, String> placeholders = new LinkedHashMap<>();
        placeholders.put("{job}", DETERMINER + DESCRIBING_WORDS
                + Phrases.alternation("asks-for-job.nouns", values.list("asks-for-job.nouns")));
        placeholders.put("{i}", WRITER + WRITER_HELPERS);
        placeholders.put("{org}", "(?:" + ARTICLE_FOR_ORGANISATION + Phrases.alternation(
                "googleable.organisation-words", values.list("googleable.organisation-words")) + "|" + NAME + ")(?:'s)?");
        jobAsks = values.phrases("asks-for-job.phrases", placeholders);
        negations = values.phrases("negation.words", Map.of());

        maxMinutes = values.whole("long-time-ask.max-minutes", 5, 600);
        meals = values.phrases("long-time-ask.meals", placeholders);
        mealOptions = values.phrases("long-time-ask.meal-options", placeholders);

        askPhrases = values.phrases("no-clear-ask.ask-phrases", placeholders);
        conversationWords = values.phrases("no-clear-ask.conversation-words", placeholders);

        maxQuestionsInRequest = values.whole("questions-in-request.max-questions", 0, 100);
        logistics = values.phrases("questions-in-request.logistics-words", placeholders);

        minSelfMentions = values.whole("self-focused.min-self-mentions", 1, 1_000);
        selfRatio = values.decimal("self-focused.ratio", 1.0, 100.0);
        firstPerson = values.words("self-focused.first-person");
        secondPerson = values.words("self-focused.second-person");

        minutesPerQuestion = values.whole("too-many.minutes-per-question", 1, 60);
        minQuestions = values.whole("too-few.min-questions", 1, 50);

        duplicateSimilarity = values.decimal("duplicate.min-similarity", 0.5, 1.0);
        wordSimilarity = values.decimal("duplicate.word-similarity", 0.8, 1.0);
        ignoredWords = values.words("duplicate.ignored-words");

        salary = values.phrases("salary.phrases", placeholders);
        googleable = values.phrases("googleable.phrases", placeholders);
        organisations = Phrases.compile("googleable.organisation-words", List.of("{org}"), placeholders);
        yesNoOpeners = values.words("yes-no.openers");
        openRequests = values.phrases("yes-no.open-requests", placeholders);
        referralQuestion = values.phrases("missing-referral-question.phrases", placeholders);
        personalCues = values.phrases("no-personal-question.cues", placeholders);

        values.requireAllRead();
    }

    /**
     * Loads the shipped rules, then the overrides in {@code overrideDir/checks.properties} if that file exists.
     *
     * @param overrideDir the {@code --config} directory, or empty
     * @throws ConfigException with one line naming the key, the value and what is allowed, when a key is unknown or
     *     a value cannot be used, or when {@code overrideDir} is not a directory
     */
    public static CheckRules load(Optional<Path> overrideDir) {
        LayeredProperties files = LayeredProperties.load(FILE_NAME, "the shipped " + RESOURCE, "Check setting",
                overrideDir);
        return new CheckRules(new Values(new LinkedHashMap<>(files.values()), new HashMap<>(files.origins())));
    }

    /** The most words an email body may have before it is too long ({@code too-long.email-max-words}). */
    public int emailMaxWords() {
        return emailMaxWords;
    }

    /** The words in an email body above which it earns a warning ({@code too-long.email-warn-words}). */
    public int emailWarnWords() {
        return emailWarnWords;
    }

    /** The most characters a LinkedIn note may have on this plan. */
    public int linkedInCharacters(LinkedInPlan plan) {
        return plan == LinkedInPlan.FREE ? linkedInFreeCharacters : linkedInPremiumCharacters;
    }

    /** The most words a phone script may have before it earns a warning ({@code too-long.phone-max-words}). */
    public int phoneMaxWords() {
        return phoneMaxWords;
    }

    /** The most minutes a request may ask for ({@code long-time-ask.max-minutes}). */
    public int maxMinutes() {
        return maxMinutes;
    }

    /** Minutes one question takes in the conversation ({@code too-many.minutes-per-question}). */
    public int minutesPerQuestion() {
        return minutesPerQuestion;
    }

    /** The fewest questions a list should have ({@code too-few.min-questions}). */
    public int minQuestions() {
        return minQuestions;
    }

    Phrases jobAsks() {
        return jobAsks;
    }

    Phrases negations() {
        return negations;
    }

    Phrases meals() {
        return meals;
    }

    Phrases mealOptions() {
        return mealOptions;
    }

    Phrases askPhrases() {
        return askPhrases;
    }

    Phrases conversationWords() {
        return conversationWords;
    }

    int maxQuestionsInRequest() {
        return maxQuestionsInRequest;
    }

    Phrases logistics() {
        return logistics;
    }

    int minSelfMentions() {
        return minSelfMentions;
    }

    double selfRatio() {
        return selfRatio;
    }

    Set<String> firstPerson() {
        return firstPerson;
    }

    Set<String> secondPerson() {
        return secondPerson;
    }

    double duplicateSimilarity() {
        return duplicateSimilarity;
    }

    double wordSimilarity() {
        return wordSimilarity;
    }

    Set<String> ignoredWords() {
        return ignoredWords;
    }

    Phrases salary() {
        return salary;
    }

    Phrases googleable() {
        return googleable;
    }

    /** Mentions of an organisation, {@code {org}}: "your company", "the firm's", "Acme Health". */
    Phrases organisations() {
        return organisations;
    }

    Set<String> yesNoOpeners() {
        return yesNoOpeners;
    }

    Phrases openRequests() {
        return openRequests;
    }

    Phrases referralQuestion() {
        return referralQuestion;
    }

    Phrases personalCues() {
        return personalCues;
    }

    /** The raw values being read, and where each came from; every failure becomes one line. */
    private static final class Values {
        private final Map<String, String> raw;
        private final Map<String, String> origins;
        private final Set<String> read = new HashSet<>();

        Values(Map<String, String> raw, Map<String, String> origins) {
            this.raw = raw;
            this.origins = origins;
        }

        private String raw(String key) {
            String value = raw.get(key);
            if (value == null) {
                throw new IllegalStateException(RESOURCE + " does not define " + key + "; the build is broken");
            }
            read.add(key);
            return value;
        }

        int whole(String key, int min, int max) {
            String value = raw(key);
            try {
                int parsed = Integer.parseInt(value);
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below with the allowed range
            }
            throw bad(key, value, "a whole number from " + min + " to " + max);
        }

        double decimal(String key, double min, double max) {
            String value = raw(key);
            try {
                double parsed = Double.parseDouble(value);
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below with the allowed range
            }
            throw bad(key, value, "a number from " + min + " to " + max);
        }

        List<String> list(String key) {
            String value = raw(key);
            List<String> entries = new ArrayList<>();
            for (String entry : value.split(",")) {
                String trimmed = entry.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                if (!trimmed.isEmpty()) {
                    entries.add(trimmed);
                }
            }
            return entries;
        }

        Set<String> words(String key) {
            List<String> entries = list(key);
            for (String entry : entries) {
                if (!entry.matches("[\\p{L}\\p{N}'-]+")) {
                    throw new ConfigException("Check setting " + key + " (" + origin(key) + ") has the entry '" + entry
                            + "': expected single words separated by commas");
                }
            }
            return Set.copyOf(entries.stream().map(Prose::prepare).toList());
        }

        Phrases phrases(String key, Map<String, String> placeholders) {
            List<String> entries = list(key);
            try {
                return Phrases.compile(key, entries, placeholders);
            } catch (ConfigException e) {
                throw new ConfigException(e.getMessage() + " (" + origin(key) + ")");
            }
        }

        ConfigException bad(String key, String value, String allowed) {
            return new ConfigException("Check setting " + key + " (" + origin(key) + ") is '" + value
                    + "': expected " + allowed);
        }

        private String origin(String key) {
            return origins.getOrDefault(key, "the shipped " + RESOURCE);
        }

        void requireAllRead() {
            Set<String> unread = new TreeSet<>(raw.keySet());
            unread.removeAll(read);
            if (!unread.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " defines keys no check reads: " + unread);
            }
        }
    }
}
