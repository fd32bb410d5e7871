package coach.coffeechat.checks;

import coach.coffeechat.config.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Checks a request for an informational interview against the coaching rules: short, never asking for a job, a
 * small and explicit amount of time, the referrer named, one clear ask, no interview questions yet, about the reader
 * more than the writer, who the writer is and what they hope to learn, no gap left from a template, and (for an
 * email) not too short and a subject line that says something. The rule ids are a public contract: {@code too-long},
 * {@code too-short}, {@code asks-for-job}, {@code no-time-ask}, {@code long-time-ask}, {@code no-referrer},
 * {@code late-referrer}, {@code no-clear-ask}, {@code questions-in-request}, {@code self-focused},
 * {@code no-intro-or-goal}, {@code unfilled-placeholder}, {@code missing-subject}, {@code weak-subject}; their
 * thresholds, word lists and severities are documented in {@code config/checks.properties}.
 *
 * <p>An amount of time counts as asked for only in a sentence that proposes something (an ask phrase, or a question
 * that does not open with how, what, why and the like): "I commute 90 minutes each way" asks for nothing. A meal or a
 * long plan proposed ("lunch", "spend an afternoon with you") asks for a time too, only too long: it earns
 * {@code long-time-ask}, not {@code no-time-ask}, and it is an ask for a meeting.
 *
 * <p>The report's words and characters count what the length limits apply to: an email's body (without its subject
 * line), or the whole text of a LinkedIn note or phone script.
 *
 * <pre>{@code
 * CheckReport report = new RequestChecker(rules, texts)
 *         .check(new RequestDraft(text, RequestFormat.EMAIL, "Sam Park", "Ana Li", LinkedInPlan.FREE));
 * if (!report.ok()) { ... show report.findings() ... }
 * }</pre>
 *
 * <p>Thread-safe; a check does no I/O.
 */
public final class RequestChecker {
    /** The rule ids, in the order findings are reported. */
    public static final List<String> RULES = List.of("too-long", "too-short", "asks-for-job", "no-time-ask",
            "long-time-ask", "no-referrer", "late-referrer", "no-clear-ask", "questions-in-request", "self-focused",
            "no-intro-or-goal", "unfilled-placeholder", "missing-subject", "weak-subject");

    private static final int QUOTE_LENGTH = 60;

    private final CheckRules rules;
    private final Texts texts;
    private final JobAsks jobAsks;
    private final Reading reading;
    private final RequestWording wording;

    /**
     * @param rules the thresholds and word lists
     * @param texts the messages, from {@code config/templates/checks.properties}
     */
    public RequestChecker(CheckRules rules, Texts texts) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.jobAsks = new JobAsks(rules);
        this.reading = rules.reading();
        this.wording = new RequestWording(rules.wording(), rules.jobAsks(), reading, texts);
    }

    /** Checks one draft. */
    public CheckReport check(RequestDraft draft) {
        return check(draft, Prose.prepare(draft.text()));
    }

    /**
     * Whether a draft keeps the two rules that shortening it can satisfy, with no finding at all, not even a warning:
     * {@code too-long} and {@code self-focused}, read the same way as {@link #check}. The bot's drafter fits its
     * drafts with it.
     */
    public boolean fits(RequestDraft draft) {
        CharSequence text = Prose.prepare(draft.text());
        Optional<String> subject = draft.format() == RequestFormat.EMAIL ? subject(text) : Optional.empty();
        CharSequence body = subject.isPresent() ? afterFirstLine(text) : text;
        return tooLong(draft, Prose.words(body), Prose.characters(body)).isEmpty()
                && selfFocused(draft, body, reading.sentences(body)).isEmpty();
    }

    /**
     * Checks one draft whose text has already been {@linkplain Prose#prepare prepared}; the checks read it only
     * through {@code text}, so a test can count what they read.
     */
    CheckReport check(RequestDraft draft, CharSequence text) {
        Optional<String> subject = draft.format() == RequestFormat.EMAIL ? subject(text) : Optional.empty();
        CharSequence body = subject.isPresent() ? afterFirstLine(text) : text;
        int words = Prose.words(body);
        int characters = Prose.characters(body);

        // Each sentence is read once, whichever rules look at it.
        List<Sentence> sentences = Sentence.allIn(text, reading);
        List<Sentence> bodySentences = body == text ? sentences : Sentence.allIn(body, reading);

        List<Finding> findings = new ArrayList<>();
        tooLong(draft, words, characters).ifPresent(findings::add);
        if (draft.format() == RequestFormat.EMAIL && words < rules.emailMinWords()) {
            findings.add(warn("too-short", texts.get("check.request.too-short",
                    "words", words, "min", rules.emailMinWords())));
        }
        jobAsks.first(sentences).ifPresent(quote -> findings.add(error("asks-for-job",
                texts.get("check.request.asks-for-job", "quote", Prose.shorten(quote, QUOTE_LENGTH)))));
        Optional<Finding> longTimeAsk = longTimeAsk(sentences);
        if (longTimeAsk.isEmpty()) {
            noTimeAsk(sentences).ifPresent(findings::add);
        }
        longTimeAsk.ifPresent(findings::add);
        noReferrer(draft, text).ifPresent(findings::add);
        wording.lateReferrer(draft.referrer(), subject, body).ifPresent(findings::add);
        boolean asksForTheConversation = false;
        long questions = 0;
        boolean asksToLearn = false;
        for (Sentence sentence : bodySentences) {
            boolean asks = asksForTheConversation(sentence);
            asksForTheConversation |= asks;
            if (!asks && isInterviewQuestion(sentence)) {
                questions++;
                asksToLearn |= opensWithInterviewWord(sentence);
            }
        }
        if (!asksForTheConversation) {
            findings.add(error("no-clear-ask", texts.get("check.request.no-clear-ask")));
        }
        if (questions > rules.maxQuestionsInRequest()) {
            findings.add(warn("questions-in-request", texts.get("check.request.questions-in-request",
                    "count", questions)));
        }
        selfFocused(draft, body, bodySentences.stream().map(Sentence::span).toList()).ifPresent(findings::add);
        // A how, what or why question asked in the request says what the writer hopes to learn, if too early.
        wording.noIntroOrGoal(text, asksToLearn).ifPresent(findings::add);
        wording.unfilledPlaceholder(text).ifPresent(findings::add);
        if (draft.format() == RequestFormat.EMAIL && subject.map(String::isEmpty).orElse(true)) {
            Names referrer = reading.name(draft.referrer());
            findings.add(error("missing-subject", referrer.isEmpty()
                    ? texts.get("check.request.missing-subject")
                    : texts.get("check.request.missing-subject.referrer", "referrer", draft.referrer().strip())));
        }
        subject.flatMap(wording::weakSubject).ifPresent(findings::add);
        return CheckReport.of(words, characters, findings);
    }

    /**
     * An email's subject: the text after {@code Subject:} (a label of {@code missing-subject.labels}) on the first line,
     * if it starts so.
     */
    private Optional<String> subject(CharSequence text) {
        Matcher matcher = reading.subject().matcher(text);
        matcher.region(0, firstLineEnd(text));
        return matcher.matches() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    private static CharSequence afterFirstLine(CharSequence text) {
        int lineEnd = firstLineEnd(text);
        if (lineEnd == text.length()) {
            return "";
        }
        Span body = Prose.stripped(text, lineEnd + 1, text.length());
        return text.subSequence(body.start(), body.end());
    }

    private static int firstLineEnd(CharSequence text) {
        int lineEnd = 0;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
            lineEnd++;
        }
        return lineEnd;
    }

    private Optional<Finding> tooLong(RequestDraft draft, int words, int characters) {
        switch (draft.format()) {
            case EMAIL -> {
                if (words > rules.emailMaxWords()) {
                    return Optional.of(error("too-long", texts.get("check.request.too-long.email",
                            "words", words, "limit", rules.emailMaxWords())));
                }
                if (words > rules.emailWarnWords()) {
                    return Optional.of(warn("too-long", texts.get("check.request.too-long.email",
                            "words", words, "limit", rules.emailWarnWords())));
                }
            }
            case LINKEDIN -> {
                int limit = rules.linkedInCharacters(draft.plan());
                if (characters > limit) {
                    return Optional.of(error("too-long", texts.get("check.request.too-long.linkedin",
                            "characters", characters, "limit", limit,
                            "plan", texts.get("check.plan." + draft.plan().id()))));
                }
            }
            case PHONE -> {
                if (words > rules.phoneMaxWords()) {
                    return Optional.of(warn("too-long", texts.get("check.request.too-long.phone",
                            "words", words, "limit", rules.phoneMaxWords())));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code no-time-ask} when no amount of time is asked for. */
    private Optional<Finding> noTimeAsk(List<Sentence> sentences) {
        boolean bounded = sentences.stream().anyMatch(sentence -> !askedTimes(sentence).isEmpty());
        return bounded ? Optional.empty() : Optional.of(warn("no-time-ask", texts.get("check.request.no-time-ask")));
    }

    /** {@code long-time-ask} when more than the limit is asked for, or a meal is proposed as the plan. */
    private Optional<Finding> longTimeAsk(List<Sentence> sentences) {
        for (Sentence sentence : sentences) {
            List<TimeMentions.Mention> asked = askedTimes(sentence);
            // A long time offered next to a short one ("15 minutes, or longer over lunch if you like") is a choice.
            if (asked.stream().anyMatch(mention -> mention.minutes() <= rules.maxMinutes())) {
                continue;
            }
            Optional<Span> tooLong = asked.stream().filter(mention -> mention.minutes() > rules.maxMinutes())
                    .findFirst().map(TimeMentions.Mention::span);
            if (tooLong.isPresent()) {
                return Optional.of(warn("long-time-ask", texts.get("check.request.long-time-ask",
                        "quote", Prose.shorten(tooLong.get().of(sentence.text()), QUOTE_LENGTH),
                        "max", rules.maxMinutes())));
            }
        }
        for (Sentence sentence : sentences) {
            // A meal or a day mentioned in passing ("we met at the breakfast") is not proposed.
            if (!proposes(sentence) || rules.mealOptions().find(sentence.text(), sentence.span()).isPresent()) {
                continue;
            }
            Optional<Span> meal = firstNotNegated(sentence, rules.meals());
            if (meal.isPresent()) {
                return Optional.of(warn("long-time-ask", texts.get("check.request.long-time-ask.meal",
                        "meal", meal.get().of(sentence.text()), "max", rules.maxMinutes())));
            }
            Optional<Span> plan = firstNotNegated(sentence, rules.longPlans());
            if (plan.isPresent()) {
                return Optional.of(warn("long-time-ask", texts.get("check.request.long-time-ask.plan",
                        "plan", plan.get().of(sentence.text()), "max", rules.maxMinutes())));
            }
        }
        return Optional.empty();
    }

    private static Optional<Span> firstNotNegated(Sentence sentence, Phrases phrases) {
        return phrases.findAll(sentence.text(), sentence.span()).stream()
                .filter(found -> !sentence.negates(found.start())).findFirst();
    }

    /** The amounts of time a sentence asks for: none unless it {@linkplain #proposes proposes} something. */
    private List<TimeMentions.Mention> askedTimes(Sentence sentence) {
        return proposes(sentence) ? sentence.askedTimes() : List.of();
    }

    /**
     * Whether a sentence proposes something: it has an ask phrase ("Would you have", "I'd love", "happy to"), or it
     * is a question that does not open with how, what, why and the like ("Coffee next week?").
     */
    private boolean proposes(Sentence sentence) {
        CharSequence text = sentence.text();
        if (rules.askPhrases().find(text, sentence.span()).isPresent()) {
            return true;
        }
        if (!Prose.isQuestion(text, sentence.span())) {
            return false;
        }
        return !opensWithInterviewWord(sentence);
    }

    /** Whether a sentence opens with how, what, why and the like: it asks about something. */
    private boolean opensWithInterviewWord(Sentence sentence) {
        return rules.interviewOpeners()
                .contains(Prose.firstWord(sentence.text(), sentence.span()).toLowerCase(Locale.ROOT));
    }

    private Optional<Finding> noReferrer(RequestDraft draft, CharSequence text) {
        Names referrer = reading.name(draft.referrer());
        if (referrer.isEmpty() || referrer.mentions(text) > 0) {
            return Optional.empty();
        }
        return Optional.of(warn("no-referrer", texts.get("check.request.no-referrer",
                "referrer", draft.referrer().strip())));
    }

    /**
     * Whether a sentence asks for the conversation: it {@linkplain #proposes proposes} something, and names the
     * conversation, an amount of time or a long plan ("spend a morning at your studio"). "How do you talk to
     * clients?" names a conversation but proposes none.
     */
    private boolean asksForTheConversation(Sentence sentence) {
        return proposes(sentence) && (rules.conversationWords().find(sentence.text(), sentence.span()).isPresent()
                || !sentence.askedTimes().isEmpty() || firstNotNegated(sentence, rules.longPlans()).isPresent());
    }

    /** A question that is not the ask itself ({@link #asksForTheConversation}) nor about arranging it. */
    private boolean isInterviewQuestion(Sentence sentence) {
        return Prose.isQuestion(sentence.text(), sentence.span())
                && rules.logistics().find(sentence.text(), sentence.span()).isEmpty();
    }

    /** {@code self-focused}, as {@link SelfFocus} reads it, for a body whose sentences stand at {@code sentences}. */
    private Optional<Finding> selfFocused(RequestDraft draft, CharSequence body, List<Span> sentences) {
        Names recipient = reading.name(draft.recipientName());
        SelfFocus focus = SelfFocus.read(rules, recipient, body, sentences);
        if (!focus.isSelfFocused(rules)) {
            return Optional.empty();
        }
        String readerLabel = recipient.isEmpty() ? texts.get("check.request.self-focused.reader") : recipient.firstName();
        String whose = recipient.isEmpty() ? texts.get("check.request.self-focused.their")
                : texts.get("check.request.self-focused.named", "name", recipient.firstName());
        return Optional.of(warn("self-focused", texts.get("check.request.self-focused",
                "selfCount", times(focus.selfMentions()), "reader", readerLabel,
                "readerCount", times(focus.readerMentions()), "whose", whose)));
    }

    private String times(int count) {
        return switch (count) {
            case 0 -> texts.get("check.count.none");
            case 1 -> texts.get("check.count.once");
            case 2 -> texts.get("check.count.twice");
            default -> texts.get("check.count.many", "count", count);
        };
    }

    private static Finding error(String rule, String message) {
        return new Finding(rule, Severity.ERROR, message, 0);
    }

    private static Finding warn(String rule, String message) {
        return new Finding(rule, Severity.WARN, message, 0);
    }
}
