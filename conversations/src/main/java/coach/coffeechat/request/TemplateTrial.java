package coach.coffeechat.request;

import coach.coffeechat.checks.CheckReport;
import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.checks.ReportFormatter;
import coach.coffeechat.checks.RequestChecker;
import coach.coffeechat.checks.RequestDraft;
import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.config.TemplateFiles;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Warmth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tries a server's own text for a request template before it is saved, with the rules the shipped templates keep
 * ({@code OwnDraftsPassOwnChecksTest}): only the placeholders the drafter fills, and every draft it makes for sample
 * people (short and typical names and lines, with and without a reason, every time asked, with and without the
 * offer to send questions ahead, each LinkedIn plan) passes the request checks with no finding at all. The sample
 * people write in the language of the current scope, whose checks and template the trial uses. Thread-safe.
 */
final class TemplateTrial {
    /** What the drafter fills in a request template. */
    static final List<String> PLACEHOLDERS = List.of("first", "me", "why", "connection", "summary", "intro",
            "learn", "topic", "minutes", "purpose", "place", "offer", "referrer", "referrerFirst", "sender",
            "senderFirst");
    private static final int[] MINUTES = {10, 15, 20, 30};

    /**
     * Sample people: the contact, the referrer, the sender, and the message keys of why them and the sender's lines,
     * which the current language words ({@code request.trial.*}).
     */
    private record Sample(String contact, String referrer, String sender, Optional<String> whyKey, String summaryKey) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("Bo", "Li", "Al", Optional.empty(), "request.trial.summary.short"),
            new Sample("Ana Li", "Sam Park", "Maya Ortiz", Optional.of("request.trial.why"),
                    "request.trial.summary.typical"));

    private final RequestDrafter drafter;
    private final Supplier<RequestChecker> checker;
    private final ReportFormatter reports;
    private final Texts texts;

    TemplateTrial(RequestDrafter drafter, Supplier<RequestChecker> checker, Texts texts) {
        this.drafter = drafter;
        this.checker = checker;
        this.reports = new ReportFormatter(texts);
        this.texts = texts;
    }

    /** Why the text cannot be the template for this format and variant; empty when it can. */
    List<String> problems(RequestFormat format, DraftVariant variant, String text) {
        List<String> unknown = TemplateFiles.placeholders(text).stream()
                .filter(name -> !PLACEHOLDERS.contains(name)).toList();
        if (!unknown.isEmpty()) {
            return List.of(texts.get("coach.template.unknown-placeholders", "unknown", braces(unknown),
                    "known", braces(PLACEHOLDERS)));
        }
        for (Sample sample : SAMPLES) {
            for (LinkedInPlan plan : format == RequestFormat.LINKEDIN ? LinkedInPlan.values()
                    : new LinkedInPlan[] {LinkedInPlan.FREE}) {
                for (int minutes : MINUTES) {
                    for (boolean offer : format == RequestFormat.LINKEDIN ? new boolean[] {false}
                            : new boolean[] {true, false}) {
                        Optional<String> failed = failed(format, variant, text, sample, plan, minutes, offer);
                        if (failed.isPresent()) {
                            return List.of(failed.get());
                        }
                    }
                }
            }
        }
        return List.of();
    }

    private Optional<String> failed(RequestFormat format, DraftVariant variant, String text, Sample sample,
                                    LinkedInPlan plan, int minutes, boolean offer) {
        String referrer = variant == DraftVariant.REFERRED ? sample.referrer() : "";
        Warmth warmth = variant == DraftVariant.WARM ? Warmth.WARM : Warmth.COLD;
        DraftInputs inputs = new DraftInputs(format, sample.contact(), warmth, Source.ALUMNI, referrer,
                sample.whyKey().map(texts::get).orElse(""), texts.get("request.trial.learn"),
                texts.get(sample.summaryKey()), sample.sender(), minutes, offer, plan);
        String draft = drafter.write(inputs, Optional.of(text)).text();
        CheckReport report = checker.get().check(new RequestDraft(draft, format, referrer, sample.contact(), plan));
        if (report.findings().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(texts.get("coach.template.draft-fails", "draft", draft,
                "checks", reports.format(report, false)));
    }

    private static String braces(List<String> names) {
        return String.join(", ", names.stream().map(name -> "${" + name + "}").toList());
    }
}
