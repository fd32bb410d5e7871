package coach.coffeechat.request;

import coach.coffeechat.checks.RequestChecker;
import coach.coffeechat.checks.RequestDraft;
import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.config.Shortening;
import coach.coffeechat.config.Texts;
import coach.coffeechat.config.Wording;
import coach.coffeechat.contact.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Writes a request from the templates: picks the variant from the contact's warmth and referrer, fills the
 * placeholders (user text is never expanded again; lines a missing value left empty are dropped; with no sender's
 * name known, the sentence saying who writes and the signature are left out), and fits the result within the length the checks allow, and about the reader as
 * much as they want, with no warning ({@link RequestChecker#fits}). To fit, it first leaves out its own optional
 * sentences, then shortens what the user wrote, in this order: why this person,
 * the referrer's name (to the first name), the lines about the user, what they want to learn; each is cut as a person
 * would ({@link Shortening}), and the draft says what was cut ({@link Draft#shortened()}) so nothing is lost silently.
 * Thread-safe.
 */
public final class RequestDrafter {
    /** A free LinkedIn account's connection-note limit, in characters. */
    public static final int LINKEDIN_FREE_LIMIT = 200;
    /** A premium LinkedIn account's connection-note limit, in characters. */
    public static final int LINKEDIN_PREMIUM_LIMIT = 300;
    /** The most words of the goal a subject line carries, when the language's request.topic.words is unusable. */
    private static final int TOPIC_WORDS = 8;
    /** A referrer's name longer than this many words is shortened to the first name before anything else. */
    private static final int LONG_NAME_WORDS = 3;

    /**
     * A request as drafted.
     *
     * @param text the draft
     * @param shortened what the user wrote that was cut to fit, in the order cut; empty when all of it is in
     */
    public record Draft(String text, List<Part> shortened) {
        public Draft {
            Objects.requireNonNull(text, "text");
            shortened = List.copyOf(shortened);
        }
    }

    /** A part of the user's answers the drafter may shorten to fit. */
    public enum Part {
        /** Why this person: cut to a few words at least, or in a LinkedIn note left out whole. */
        WHY(6),
        /** The referrer's name, shortened to the first name. */
        REFERRER(1),
        /** The user's lines about themself. */
        SUMMARY(6),
        /** What the user wants to learn. */
        LEARN(4);

        private final int fewestWords;

        Part(int fewestWords) {
            this.fewestWords = fewestWords;
        }

        /** The key of its name in messages, as the user would call it. */
        public String labelKey() {
            return "request.part." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final RequestTemplates templates;
    private final Texts texts;
    private final Supplier<RequestChecker> checker;
    /** A server's own text for the template, in place of the shipped one; empty for the shipped one. */
    private final Optional<String> own;

    /**
     * @param templates the request templates
     * @param texts the messages holding the sentences the drafts are made of
     * @param checker the checks whose length limits the drafts keep
     */
    public RequestDrafter(RequestTemplates templates, Texts texts, RequestChecker checker) {
        this(templates, texts, () -> checker, Optional.empty());
    }

    /**
     * A drafter keeping the length limits of the checks of the language each draft is written in.
     *
     * @param templates the request templates
     * @param texts the messages holding the sentences the drafts are made of
     * @param checker the checks of the current language, asked at each draft
     */
    public RequestDrafter(RequestTemplates templates, Texts texts, Supplier<RequestChecker> checker) {
        this(templates, texts, checker, Optional.empty());
    }

    private RequestDrafter(RequestTemplates templates, Texts texts, Supplier<RequestChecker> checker,
                           Optional<String> own) {
        this.templates = templates;
        this.texts = texts;
        this.checker = checker;
        this.own = own;
    }

    /**
     * The draft from a server's own template when one is given (else the shipped one), fitted the same way, with
     * what was shortened to fit.
     */
    public Draft write(DraftInputs inputs, Optional<String> template) {
        return template.isEmpty() ? write(inputs) : new RequestDrafter(templates, texts, checker, template)
                .write(inputs);
    }

    /** The draft text. */
    public String draft(DraftInputs inputs) {
        return write(inputs).text();
    }

    /** The draft, fitted to what the checks allow, with what was shortened to fit. */
    public Draft write(DraftInputs inputs) {
        RequestFormat format = inputs.format();
        Map<Part, String> parts = new EnumMap<>(Part.class);
        parts.put(Part.WHY, WhyClause.of(texts, inputs.why()));
        parts.put(Part.REFERRER, inputs.referrer().strip());
        parts.put(Part.SUMMARY, format == RequestFormat.EMAIL ? inputs.summary().strip()
                : Wording.firstSentence(inputs.summary()));
        parts.put(Part.LEARN, inputs.learn().strip().replaceAll("[\\s.!?;,]+$", ""));
        // The bot's own optional sentences go first: place, then purpose.
        String text = render(inputs, parts, 2);
        for (int extras = 1; extras >= 0 && !fits(inputs, text); extras--) {
            text = render(inputs, parts, extras);
        }
        List<Part> shortened = new ArrayList<>();
        if (!fits(inputs, text) && format == RequestFormat.LINKEDIN && !parts.get(Part.WHY).isEmpty()) {
            // A note has no room for a cut reason: it goes whole, or not at all.
            parts.put(Part.WHY, "");
            shortened.add(Part.WHY);
            text = render(inputs, parts, 0);
        }
        // A referrer's name of more than three words gives way before the user's own words do; a shorter one last.
        String referrer = parts.get(Part.REFERRER);
        boolean longName = Shortening.words(referrer) > LONG_NAME_WORDS;
        if (longName && !fits(inputs, text)) {
            text = firstNameOfReferrer(inputs, parts, shortened);
        }
        text = balance(inputs, parts, shortened, text);
        if (!longName && !fits(inputs, text) && Shortening.words(referrer) > 1) {
            text = firstNameOfReferrer(inputs, parts, shortened);
        }
        return new Draft(text, shortened);
    }

    private String firstNameOfReferrer(DraftInputs inputs, Map<Part, String> parts, List<Part> shortened) {
        parts.put(Part.REFERRER, Wording.firstName(parts.get(Part.REFERRER)));
        shortened.add(Part.REFERRER);
        return render(inputs, parts, 0);
    }

    /**
     * Cuts the longest of why, summary and goal by a fifth at a time (never below its fewest words), so that a long
     * answer gives way before a short one does, until the draft fits or nothing more can be cut.
     */
    private String balance(DraftInputs inputs, Map<Part, String> parts, List<Part> shortened, String text) {
        Map<Part, String> full = new EnumMap<>(parts);
        String current = text;
        while (!fits(inputs, current)) {
            Part longest = null;
            int most = 0;
            for (Part part : List.of(Part.WHY, Part.SUMMARY, Part.LEARN)) {
                int spare = Shortening.words(parts.get(part)) - part.fewestWords;
                if (spare > most) {
                    longest = part;
                    most = spare;
                }
            }
            if (longest == null) {
                return current;
            }
            int words = Shortening.words(parts.get(longest));
            int fewer = Math.max(longest.fewestWords, words - Math.max(1, words / 5));
            parts.put(longest, Shortening.toWords(full.get(longest), fewer));
            if (!shortened.contains(longest)) {
                shortened.add(longest);
            }
            current = render(inputs, parts, 0);
        }
        return current;
    }

    private boolean fits(DraftInputs inputs, String text) {
        return checker.get().fits(new RequestDraft(text, inputs.format(), inputs.referrer(), inputs.contactName(),
                inputs.plan()));
    }

    /**
     * What the writer wants to learn, cut for a subject line to the current language's {@code request.topic.words}
     * (a whole number from 1 to 30; {@value #TOPIC_WORDS} otherwise), never ending a cut on one of its {@code
     * request.topic.weak-ends}.
     */
    private String topic(String learn) {
        String words = texts.get("request.topic.words").strip();
        int max = words.matches("[0-9]{1,2}") && Integer.parseInt(words) >= 1 && Integer.parseInt(words) <= 30
                ? Integer.parseInt(words) : TOPIC_WORDS;
        Set<String> weakEnds = Arrays.stream(texts.get("request.topic.weak-ends").split(","))
                .map(word -> word.strip().toLowerCase(Locale.ROOT)).filter(word -> !word.isEmpty())
                .collect(Collectors.toSet());
        return Shortening.toWords(learn.strip().replaceAll("[\\s.!?;,]+$", ""), max, weakEnds);
    }

    /** The draft with these parts and the first {@code extras} of the bot's optional sentences (purpose, place). */
    private String render(DraftInputs inputs, Map<Part, String> parts, int extras) {
        Map<String, String> values = new HashMap<>();
        values.put("first", Wording.firstName(inputs.contactName()));
        String referrer = parts.get(Part.REFERRER);
        values.put("referrer", referrer);
        values.put("referrerFirst", Wording.firstName(referrer));
        values.put("learn", parts.get(Part.LEARN));
        values.put("topic", topic(inputs.learn()));
        String summary = sentence(parts.get(Part.SUMMARY));
        values.put("summary", summary);
        values.put("intro", summary);
        values.put("why", parts.get(Part.WHY).isEmpty() ? ""
                : texts.get("request.why." + inputs.format().id(), "why", parts.get(Part.WHY)));
        values.put("minutes", Integer.toString(inputs.minutes()));
        values.put("offer", inputs.offerQuestions() ? texts.get("request.offer") : "");
        values.put("purpose", extras >= 1 ? texts.get("request.purpose") : "");
        values.put("place", extras >= 2 ? texts.get("request.place") : "");
        values.put("connection", connection(inputs.source()));
        // A quick draft may not know the sender yet: then who they are and the signature are left out (the reply
        // asks them to add both), never a gap like "[your name]" that the checks rightly flag.
        String sender = inputs.sender().strip();
        values.put("sender", sender);
        values.put("senderFirst", Wording.firstName(sender));
        String me = inputs.variant() == DraftVariant.WARM ? "request.me.warm" : "request.me." + inputs.format().id();
        values.put("me", sender.isEmpty() ? "" : texts.get(me, "sender", sender, "senderFirst",
                Wording.firstName(sender)));
        String text = templates.fill(inputs.format(), inputs.variant(), values, own);
        // A cut that ends a sentence needs no full stop after its mark.
        return text.replace(Shortening.CUT + ".", Shortening.CUT);
    }

    /** The user's lines ending as a sentence does, so the template's next sentence doesn't run on. */
    private static String sentence(String text) {
        if (text.isEmpty() || text.endsWith(".") || text.endsWith("!") || text.endsWith("?")
                || text.endsWith(Shortening.CUT)) {
            return text;
        }
        return text + ".";
    }

    private String connection(Source source) {
        String key = "request.connection." + source.id();
        return texts.has(key) ? texts.get(key) : "";
    }
}
