package coach.coffeechat.request;

import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.config.Texts;
import coach.coffeechat.config.Wording;
import coach.coffeechat.contact.Source;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a request from the templates: picks the variant from the contact's warmth and referrer, fills the
 * placeholders (user text is never expanded again; lines a missing value left empty are dropped; a missing sender's
 * name leaves a marked gap to fill), and for a LinkedIn note that would not fit the plan's limit falls back to the
 * short template. Thread-safe.
 */
public final class RequestDrafter {
    /** A free LinkedIn account's connection-note limit, in characters. */
    public static final int LINKEDIN_FREE_LIMIT = 200;
    /** A premium LinkedIn account's connection-note limit, in characters. */
    public static final int LINKEDIN_PREMIUM_LIMIT = 300;

    private final RequestTemplates templates;
    private final Texts texts;

    /**
     * @param templates the request templates
     * @param texts the messages holding the offer and connection sentences
     */
    public RequestDrafter(RequestTemplates templates, Texts texts) {
        this.templates = templates;
        this.texts = texts;
    }

    /** The draft text. */
    public String draft(DraftInputs inputs) {
        DraftVariant variant = inputs.variant();
        Map<String, String> values = values(inputs);
        String text = templates.fill(inputs.format(), variant, false, values);
        if (inputs.format() == RequestFormat.LINKEDIN && length(text) > limit(inputs.plan())) {
            text = templates.fill(inputs.format(), variant, true, values);
        }
        return text;
    }

    /** The character limit of a LinkedIn connection note on a plan. */
    public static int limit(LinkedInPlan plan) {
        return plan == LinkedInPlan.PREMIUM ? LINKEDIN_PREMIUM_LIMIT : LINKEDIN_FREE_LIMIT;
    }

    private Map<String, String> values(DraftInputs inputs) {
        Map<String, String> values = new HashMap<>();
        values.put("first", Wording.firstName(inputs.contactName()));
        values.put("referrer", inputs.referrer());
        values.put("learn", inputs.learn());
        values.put("summary", inputs.summary());
        values.put("intro", Wording.firstSentence(inputs.summary()));
        values.put("minutes", Integer.toString(inputs.minutes()));
        values.put("offer", inputs.offerQuestions() ? texts.get("request.offer") : "");
        values.put("connection", connection(inputs.source()));
        // A quick draft may not know the sender yet: a visible gap to fill reads better than "my name is ."
        values.put("sender", inputs.sender().isBlank() ? texts.get("request.sender.missing") : inputs.sender());
        return values;
    }

    private String connection(Source source) {
        String key = "request.connection." + source.id();
        return texts.has(key) ? texts.get(key) : "";
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
