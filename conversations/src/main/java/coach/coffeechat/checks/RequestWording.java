package coach.coffeechat.checks;

import coach.coffeechat.config.Texts;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request rules on wording, beyond length and the ask: a subject that says something and doesn't ask for a job
 * ({@code weak-subject}), no gap left from a template ({@code unfilled-placeholder}), who the writer is and what they
 * hope to learn ({@code no-intro-or-goal}), and the referrer named early ({@code late-referrer}). Thread-safe.
 */
final class RequestWording {
    // A gap: up to 40 characters on one line between a pair of brackets, with no bracket inside. Each bracket starts at
    // most one bounded look ahead, so a search reads every character a bounded number of times.
    private static final String INSIDE = "([^\\[\\]<>{}\\n]{1,40})";
    private static final Pattern BRACKETED = Pattern.compile("\\[" + INSIDE + "]|<" + INSIDE + ">|\\{" + INSIDE + "}");
    private static final Pattern ADDRESS = Pattern.compile("@|://|^\\s*+(?:www\\.|https?|mailto)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("[\\p{N}.,:-]++");
    private static final Pattern LOWER_CASE = Pattern.compile("\\p{Ll}");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}.*\\p{L}", Pattern.DOTALL);
    private static final int QUOTE_LENGTH = 60;
    // Sentences of fewer words ("Hi Ana,", "Thanks,", "Maya") are greetings and sign-offs, not where a name is read.
    private static final int CONTENT_WORDS = 3;

    private final RequestWordingRules rules;
    private final Phrases jobAsks;
    private final Reading reading;
    private final Texts texts;

    /**
     * @param rules the word lists of these rules
     * @param jobAsks the phrases that ask for a job ({@code asks-for-job.phrases}): in a subject, they make it one
     *     that asks for a job
     * @param reading how the language's sentences, names and postscripts are read
     * @param texts the messages
     */
    RequestWording(RequestWordingRules rules, Phrases jobAsks, Reading reading, Texts texts) {
        this.rules = rules;
        this.jobAsks = jobAsks;
        this.reading = reading;
        this.texts = texts;
    }

    /**
     * {@code weak-subject}: every word of the subject is a vague one, or it asks for a job (a phrase of
     * {@code weak-subject.job-phrases} or of {@code asks-for-job.phrases}).
     */
    Optional<Finding> weakSubject(String subject) {
        if (subject.isBlank()) {
            return Optional.empty();
        }
        String quoted = Prose.shorten(subject, QUOTE_LENGTH);
        if (rules.jobSubjects().in(subject) || jobAsks.in(subject)) {
            return Optional.of(warn("weak-subject", texts.get("check.request.weak-subject.job", "subject", quoted)));
        }
        // A number says how long, not why: "15 minutes next week?" says nothing, "15 minutes on UX?" does.
        List<String> words = Prose.lowerWords(subject);
        if (!words.isEmpty() && rules.vagueSubjectWords().containsAll(
                words.stream().filter(word -> !NUMBER.matcher(word).matches()).toList())) {
            return Optional.of(warn("weak-subject", texts.get("check.request.weak-subject.vague", "subject", quoted)));
        }
        return Optional.empty();
    }

    /** {@code unfilled-placeholder}: the first gap left from a template, such as "[your name]". */
    Optional<Finding> unfilledPlaceholder(CharSequence text) {
        Matcher matcher = BRACKETED.matcher(text);
        while (matcher.find()) {
            if (isGap(matcher)) {
                return Optional.of(warn("unfilled-placeholder", texts.get("check.request.unfilled-placeholder",
                        "quote", Prose.shorten(matcher.group(), QUOTE_LENGTH))));
            }
        }
        return Optional.empty();
    }

    private boolean isGap(Matcher matcher) {
        String braces = matcher.group(3);
        if (braces != null) {
            return !braces.isBlank();
        }
        String inside = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        if (matcher.group(2) != null && ADDRESS.matcher(inside).find()) {
            return false;
        }
        boolean capitals = LETTERS.matcher(inside).find() && !LOWER_CASE.matcher(inside).find();
        return capitals || rules.placeholderWords().in(inside);
    }

    /**
     * {@code no-intro-or-goal}: nowhere says who the writer is, or nowhere what they hope to learn.
     *
     * @param asksQuestions whether the text asks the reader how, what or why questions already, which say what the
     *     writer hopes to learn (too early: {@code questions-in-request} says so)
     */
    Optional<Finding> noIntroOrGoal(CharSequence text, boolean asksQuestions) {
        boolean introduced = rules.introductions().in(text) || rules.plainIntroduction().matcher(text).find();
        boolean goal = asksQuestions || rules.goals().in(text);
        if (introduced && goal) {
            return Optional.empty();
        }
        String key = !introduced && !goal ? "both" : introduced ? "goal" : "intro";
        return Optional.of(warn("no-intro-or-goal", texts.get("check.request.no-intro-or-goal." + key)));
    }

    /**
     * {@code late-referrer}: the referrer is named, but neither in the subject nor in the first sentences; or first in
     * a P.S.; or only in the last sentence of a longer text.
     */
    Optional<Finding> lateReferrer(String referrerName, Optional<String> subject, CharSequence body) {
        Names referrer = reading.name(referrerName);
        if (referrer.isEmpty() || subject.map(referrer::mentions).orElse(0) > 0 || referrer.mentions(body) == 0) {
            return Optional.empty();
        }
        List<Span> sentences = reading.sentences(body);
        long contentSentences = sentences.stream().filter(s -> Prose.words(s.of(body)) >= CONTENT_WORDS).count();
        int before = 0;
        boolean postscript = false;
        for (Span sentence : sentences) {
            CharSequence words = body.subSequence(sentence.start(), sentence.end());
            postscript |= reading.postscript().matcher(words).lookingAt();
            boolean content = Prose.words(words) >= CONTENT_WORDS;
            if (referrer.mentions(words) > 0) {
                boolean last = content && before == contentSentences - 1 && before > 0;
                boolean late = postscript || before >= rules.referrerSentences() || last;
                return late ? Optional.of(warn("late-referrer", texts.get("check.request.late-referrer",
                        "referrer", referrerName.strip()))) : Optional.empty();
            }
            if (content) {
                before++;
            }
        }
        return Optional.empty();
    }

    private static Finding warn(String rule, String message) {
        return new Finding(rule, Severity.WARN, message, 0);
    }
}
