package coach.coffeechat.checks;

import coach.coffeechat.config.ConfigException;
import coach.coffeechat.config.LayeredProperties;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
    /** The language of {@link #RESOURCE}, and of any key a language's file does not set. */
    public static final String ENGLISH = "en";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

    private final int emailWarnWords;
    private final int emailMaxWords;
    private final int linkedInFreeCharacters;
    private final int linkedInPremiumCharacters;
    private final int phoneMaxWords;
    private final int emailMinWords;
    private final Phrases jobAsks;
    private final Reading reading;
    private final int maxMinutes;
    private final Phrases meals;
    private final Phrases mealOptions;
    private final Phrases longPlans;
    private final Phrases askPhrases;
    private final Phrases conversationWords;
    private final int maxQuestionsInRequest;
    private final Phrases logistics;
    private final int minSelfMentions;
    private final double selfRatio;
    private final double selfSentenceRatio;
    private final Phrases readerSpecifics;
    private final Set<String> firstPerson;
    private final Set<String> secondPerson;
    private final double minutesPerQuestion;
    private final double minutesPerQuestionAtLeast;
    private final int minQuestions;
    private final RequestWordingRules wording;
    private final double duplicateSimilarity;
    private final double wordSimilarity;
    private final Set<String> ignoredWords;
    private final Phrases salary;
    private final Phrases googleable;
    private final Phrases organisations;
    private final YesNo yesNo;
    private final Set<String> interviewOpeners;
    private final Phrases referralQuestion;
    private final Phrases personalCues;

    private CheckRules(CheckSettingValues values) {
        emailWarnWords = values.whole("too-long.email-warn-words", 10, 10_000);
        emailMaxWords = values.whole("too-long.email-max-words", 10, 10_000);
        if (emailWarnWords > emailMaxWords) {
            throw values.bad("too-long.email-warn-words", String.valueOf(emailWarnWords),
                    "a number no larger than too-long.email-max-words (" + emailMaxWords + ")");
        }
        linkedInFreeCharacters = values.whole("too-long.linkedin-free-characters", 20, 10_000);
        linkedInPremiumCharacters = values.whole("too-long.linkedin-premium-characters", 20, 10_000);
        phoneMaxWords = values.whole("too-long.phone-max-words", 10, 10_000);
        emailMinWords = values.whole("too-short.email-min-words", 0, 10_000);

        PhrasePlaceholders placeholders = PhrasePlaceholders.read(values);
        jobAsks = values.phrases("asks-for-job.phrases", placeholders);
        reading = Reading.read(values);

        maxMinutes = values.whole("long-time-ask.max-minutes", 5, 600);
        meals = values.phrases("long-time-ask.meals", placeholders);
        mealOptions = values.phrases("long-time-ask.meal-options", placeholders);
        longPlans = values.phrases("long-time-ask.long-plans", placeholders);

        askPhrases = values.phrases("no-clear-ask.ask-phrases", placeholders);
        conversationWords = values.phrases("no-clear-ask.conversation-words", placeholders);

        maxQuestionsInRequest = values.whole("questions-in-request.max-questions", 0, 100);
        logistics = values.phrases("questions-in-request.logistics-words", placeholders);
        interviewOpeners = values.words("questions-in-request.interview-openers");

        minSelfMentions = values.whole("self-focused.min-self-mentions", 1, 1_000);
        selfRatio = values.decimal("self-focused.ratio", 1.0, 100.0);
        firstPerson = values.words("self-focused.first-person");
        secondPerson = values.words("self-focused.second-person");
        selfSentenceRatio = values.decimal("self-focused.sentence-ratio", 1.0, 100.0);
        readerSpecifics = values.phrases("self-focused.reader-specifics", placeholders);

        minutesPerQuestion = values.decimal("too-many.minutes-per-question", 0.5, 60.0);
        minutesPerQuestionAtLeast = values.decimal("too-few.minutes-per-question", 1.0, 180.0);
        if (minutesPerQuestionAtLeast < minutesPerQuestion) {
            throw values.bad("too-few.minutes-per-question", String.valueOf(minutesPerQuestionAtLeast),
                    "a number no smaller than too-many.minutes-per-question (" + minutesPerQuestion + ")");
        }
        minQuestions = values.whole("too-few.min-questions", 1, 50);

        duplicateSimilarity = values.decimal("duplicate.min-similarity", 0.5, 1.0);
        wordSimilarity = values.decimal("duplicate.word-similarity", 0.8, 1.0);
        ignoredWords = values.words("duplicate.ignored-words");

        salary = values.phrases("salary.phrases", placeholders);
        googleable = values.phrases("googleable.phrases", placeholders);
        organisations = Phrases.compile("googleable.organisation-words", List.of("{org}"), placeholders);
        yesNo = YesNo.read(values, placeholders);
        referralQuestion = values.phrases("missing-referral-question.phrases", placeholders);
        personalCues = values.phrases("no-personal-question.cues", placeholders);
        wording = RequestWordingRules.read(values, placeholders);

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
        return load(overrideDir, ENGLISH);
    }

    /**
     * Loads the rules of one language: the English ones as {@link #load(Optional)} does, then the language's shipped
     * {@code config/lang/TAG/checks.properties}, then {@code overrideDir/lang/TAG/checks.properties}, each key by key.
     * A shipped language sets every word list; a coach's own may set a few, and English fills the rest.
     *
     * @param overrideDir the {@code --config} directory, or empty
     * @param languageTag the language, such as {@code es}; {@code en} is the English rules alone
     * @throws ConfigException as {@link #load(Optional)} does, for either file
     */
    public static CheckRules load(Optional<Path> overrideDir, String languageTag) {
        LayeredProperties files = LayeredProperties.load(FILE_NAME, "the shipped " + RESOURCE, "Check setting",
                overrideDir);
        if (!LANGUAGE_TAG.matcher(languageTag).matches()) {
            throw new IllegalArgumentException("not a language tag: '" + languageTag + "'");
        }
        if (!languageTag.equals(ENGLISH)) {
            String language = "lang/" + languageTag + "/" + FILE_NAME;
            files = files.withResource("config/" + language, "the shipped config/" + language);
            if (overrideDir.isPresent()) {
                files = files.withFile(overrideDir.get().resolve(language), "Check setting", RESOURCE);
            }
        }
        return new CheckRules(new CheckSettingValues(new LinkedHashMap<>(files.values()), new HashMap<>(files.origins())));
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

    /** The fewest words an email body may have before it is too short ({@code too-short.email-min-words}). */
    public int emailMinWords() {
        return emailMinWords;
    }

    /** The most minutes a request may ask for ({@code long-time-ask.max-minutes}). */
    public int maxMinutes() {
        return maxMinutes;
    }

    /**
     * The most questions that fit a conversation of this many minutes: minutes divided by
     * {@code too-many.minutes-per-question}, rounded down.
     */
    public int maxQuestions(int minutes) {
        return (int) Math.floor(minutes / minutesPerQuestion + 1e-9);
    }

    /**
     * The fewest questions a conversation of this many minutes needs: minutes divided by
     * {@code too-few.minutes-per-question}, rounded down, and never fewer than {@code too-few.min-questions}.
     */
    public int minQuestions(int minutes) {
        return Math.max(minQuestions, (int) Math.floor(minutes / minutesPerQuestionAtLeast + 1e-9));
    }

    Phrases jobAsks() {
        return jobAsks;
    }

    /** How this language's texts are read: sentences, clauses, negation, names, amounts of time. */
    Reading reading() {
        return reading;
    }

    Phrases meals() {
        return meals;
    }

    Phrases mealOptions() {
        return mealOptions;
    }

    Phrases longPlans() {
        return longPlans;
    }

    /** The lists behind the rules on a request's wording: subject, gaps, introduction and goal, referrer. */
    RequestWordingRules wording() {
        return wording;
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

    /**
     * How many times the sentences about the writer alone may outnumber those about the reader's work
     * ({@code self-focused.sentence-ratio}).
     */
    double selfSentenceRatio() {
        return selfSentenceRatio;
    }

    /** Phrases that say something specific about the reader ({@code self-focused.reader-specifics}). */
    Phrases readerSpecifics() {
        return readerSpecifics;
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

    /** The words and phrases that negate ({@code negation.words}). */
    Phrases negations() {
        return reading.negation().cues();
    }

    /** The polite open requests that are no yes-no question ({@code yes-no.open-requests}). */
    Phrases openRequests() {
        return yesNo.openRequests();
    }

    /** The {@code yes-no} rule's reading of a question. */
    YesNo yesNo() {
        return yesNo;
    }

    /** Words a question opens with when it asks about something ({@code questions-in-request.interview-openers}). */
    Set<String> interviewOpeners() {
        return interviewOpeners;
    }

    Phrases referralQuestion() {
        return referralQuestion;
    }

    Phrases personalCues() {
        return personalCues;
    }
}
