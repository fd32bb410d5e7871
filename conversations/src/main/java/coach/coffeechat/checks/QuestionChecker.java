package coach.coffeechat.checks;

import coach.coffeechat.config.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a list of questions prepared for an informational interview: none about pay, none a web search answers, open
 * rather than yes-or-no, no near duplicates, none asking for a job, as many as fit the time, one asking who else to
 * talk to, and at least one only this person can answer. The rule ids are a public contract: about one question
 * {@code salary}, {@code googleable}, {@code yes-no}, {@code duplicate}, {@code asks-for-job}; about the whole list
 * {@code too-many}, {@code too-few}, {@code missing-referral-question}, {@code no-personal-question}. Their thresholds,
 * word lists and severities are documented in {@code config/checks.properties}.
 *
 * <p>A finding about one question carries that question's 1-based index in the list as its {@code line}; a finding
 * about the whole list carries line 0. Blank entries are not questions: they are neither checked nor counted, but
 * keep their place in the numbering. The report's words and characters add up the questions'.
 *
 * <pre>{@code
 * CheckReport report = new QuestionChecker(rules, texts).check(List.of("How did you get into UX research?", ...), 15);
 * }</pre>
 *
 * <p>Thread-safe; a check does no I/O.
 */
public final class QuestionChecker {
    /** The rule ids, in the order findings are reported. */
    public static final List<String> RULES = List.of("salary", "googleable", "yes-no", "duplicate", "asks-for-job",
            "too-many", "too-few", "missing-referral-question", "no-personal-question");

    private static final int QUOTE_LENGTH = 60;

    private final CheckRules rules;
    private final Texts texts;
    private final JobAsks jobAsks;
    private final Reading reading;
    private final NearDuplicates nearDuplicates;

    /**
     * @param rules the thresholds and word lists
     * @param texts the messages, from {@code config/templates/checks.properties}
     */
    public QuestionChecker(CheckRules rules, Texts texts) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.jobAsks = new JobAsks(rules);
        this.reading = rules.reading();
        this.nearDuplicates = new NearDuplicates(rules);
    }

    /**
     * Checks a list of questions.
     *
     * @param questions the questions, in the order they would be asked
     * @param minutes how long the conversation is meant to last, at least 1
     */
    public CheckReport check(List<String> questions, int minutes) {
        List<CharSequence> prepared = new ArrayList<>(questions.size());
        for (String question : questions) {
            prepared.add(Prose.prepare(Objects.requireNonNull(question, "question")));
        }
        return checkPrepared(prepared, minutes);
    }

    /**
     * Checks questions that have already been {@linkplain Prose#prepare prepared}; the checks read them only through
     * the given character sequences, so a test can count what they read.
     */
    CheckReport checkPrepared(List<? extends CharSequence> questions, int minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("minutes must be at least 1, was " + minutes);
        }
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        RULES.forEach(rule -> byRule.put(rule, new ArrayList<>()));

        List<CharSequence> asked = new ArrayList<>();
        NearDuplicates.Search duplicates = nearDuplicates.search();
        Map<Integer, String> quotes = new HashMap<>();
        int words = 0;
        int characters = 0;
        for (int index = 0; index < questions.size(); index++) {
            CharSequence question = questions.get(index);
            if (question.length() == 0) {
                continue;
            }
            int line = index + 1;
            words += Prose.words(question);
            characters += Prose.characters(question);
            if (rules.salary().in(question)) {
                byRule.get("salary").add(warn("salary", texts.get("check.question.salary"), line));
            }
            if (isGoogleable(question)) {
                byRule.get("googleable").add(warn("googleable", texts.get("check.question.googleable"), line));
            }
            Optional<String> jobAsk = jobAsks.first(Sentence.allIn(question, reading));
            // Asking who else to talk to is answered with names, and a job ask has a finding of its own.
            if (jobAsk.isEmpty() && !rules.referralQuestion().in(question) && rules.yesNo().isYesNo(question)) {
                byRule.get("yes-no").add(warn("yes-no", texts.get("check.question.yes-no"), line));
            }
            duplicates.add(question).ifPresent(earlier -> byRule.get("duplicate").add(warn("duplicate",
                    texts.get("check.question.duplicate", "other", quotes.computeIfAbsent(earlier,
                            place -> Prose.shorten(asked.get(place).toString(), QUOTE_LENGTH))), line)));
            jobAsk.ifPresent(quote -> byRule.get("asks-for-job").add(new Finding("asks-for-job", Severity.ERROR,
                    texts.get("check.question.asks-for-job", "quote", Prose.shorten(quote, QUOTE_LENGTH)), line)));
            asked.add(question);
        }

        int count = asked.size();
        int fit = rules.maxQuestions(minutes);
        if (count > fit && count > 0) {
            byRule.get("too-many").add(warn("too-many", texts.get("check.questions.too-many",
                    "count", count, "minutes", minutes, "fit", fit), 0));
        }
        int least = rules.minQuestions(minutes);
        if (count < least) {
            byRule.get("too-few").add(warn("too-few", texts.get("check.questions.too-few",
                    "count", count, "min", least, "minutes", minutes), 0));
        }
        if (count > 0 && asked.stream().noneMatch(rules.referralQuestion()::in)) {
            byRule.get("missing-referral-question").add(warn("missing-referral-question",
                    texts.get("check.questions.missing-referral-question"), 0));
        }
        if (count > 0 && asked.stream().noneMatch(this::isPersonal)) {
            byRule.get("no-personal-question").add(warn("no-personal-question",
                    texts.get("check.questions.no-personal-question"), 0));
        }
        return CheckReport.of(words, characters, byRule.values().stream().flatMap(List::stream).toList());
    }

    /** A fact a web search answers, asked without asking about the reader ("Where is your company based?"). */
    private boolean isGoogleable(CharSequence question) {
        Optional<Span> fact = rules.googleable().find(question);
        if (fact.isEmpty()) {
            return false;
        }
        // "your company" names the organisation, not the reader; any other "you" makes the question personal. The
        // rest of the question is copied once and each organisation blanked in place: copying it again for every
        // organisation named was quadratic.
        StringBuilder rest = new StringBuilder(question.length() + 1)
                .append(question, 0, fact.get().start()).append(' ')
                .append(question, fact.get().end(), question.length());
        for (Span organisation : rules.organisations().findAll(rest, new Span(0, rest.length()))) {
            for (int i = organisation.start(); i < organisation.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        return !mentionsReader(rest);
    }

    private boolean mentionsReader(CharSequence text) {
        return Prose.lowerWords(text).stream().anyMatch(rules.secondPerson()::contains);
    }

    private boolean isPersonal(CharSequence question) {
        return mentionsReader(question) && rules.personalCues().in(question);
    }

    private static Finding warn(String rule, String message, int line) {
        return new Finding(rule, Severity.WARN, message, line);
    }
}
