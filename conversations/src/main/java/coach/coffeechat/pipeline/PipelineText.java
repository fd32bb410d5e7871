package coach.coffeechat.pipeline;

import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Words a {@link Funnel}: the lines of {@code /pipeline}, and the labels its chart uses. Stateless. */
final class PipelineText {
    private final Texts texts;

    PipelineText(Texts texts) {
        this.texts = texts;
    }

    /**
     * The reply's text: the stages, the requests and replies, what came after, the three splits, and the evidence
     * sentence or what it waits for.
     */
    String describe(Funnel funnel, Optional<Evidence> evidence, int minRequests) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("pipeline.title", "contacts", funnel.contacts()));
        List<String> stages = new ArrayList<>();
        for (Map.Entry<Stage, Integer> stage : funnel.perStage().entrySet()) {
            if (stage.getValue() > 0) {
                stages.add(texts.get("pipeline.stage", "stage", stageName(stage.getKey()), "count", stage.getValue()));
            }
        }
        lines.add(texts.get("pipeline.stages", "stages", String.join(" · ", stages)));
        Funnel.Group all = funnel.requests();
        if (all.asked() == 0) {
            lines.add(texts.get("pipeline.requests.none"));
        } else {
            lines.add(texts.get("pipeline.requests", "asked", all.asked(), "replied", all.replied(),
                    "rate", Math.round(all.rate() * 100)));
            all.medianDays().ifPresent(days -> lines.add(texts.get("pipeline.median", "days", days(days))));
        }
        lines.add(texts.get("pipeline.after", "meetings", funnel.meetingsHeld(), "referrals",
                funnel.referralsGained(), "onTime", funnel.thankYousOnTime(), "thanked", funnel.thankYous()));
        for (Funnel.Split split : funnel.splits()) {
            if (split.groups().isEmpty()) {
                continue;
            }
            List<String> groups = new ArrayList<>();
            for (Funnel.Group group : split.groups()) {
                groups.add(texts.get("pipeline.group", "label", label(split.dimension(), group), "replied",
                        group.replied(), "asked", group.asked()));
            }
            lines.add(texts.get("pipeline.split", "split", texts.get("pipeline.split." + split.dimension().id()),
                    "groups", String.join(" · ", groups)));
        }
        if (all.asked() > 0) {
            lines.add(evidence.map(this::sentence)
                    .orElseGet(() -> texts.get("pipeline.evidence.wait", "min", minRequests)));
        }
        return String.join("\n", lines);
    }

    /** The evidence as one sentence. */
    String sentence(Evidence evidence) {
        return texts.get("pipeline.evidence",
                "better", phrase(evidence.dimension(), evidence.better()),
                "betterReplied", evidence.better().replied(), "betterAsked", evidence.better().asked(),
                "worse", phrase(evidence.dimension(), evidence.worse()),
                "worseReplied", evidence.worse().replied(), "worseAsked", evidence.worse().asked());
    }

    /** A group's short name, for the text and the chart ("referred", "email", "short"). */
    String label(Funnel.Dimension dimension, Funnel.Group group) {
        return texts.get("pipeline.label." + dimension.id() + "." + group.id());
    }

    /** A stage's name as the contact messages call it. */
    String stageName(Stage stage) {
        return texts.get("contact.stage." + stage.id());
    }

    /** A chart or series title. */
    String chartText(String key) {
        return texts.get("pipeline.chart." + key);
    }

    private String phrase(Funnel.Dimension dimension, Funnel.Group group) {
        return texts.get("pipeline.phrase." + dimension.id() + "." + group.id());
    }

    /** Days with at most one decimal, written the current language's way: "3", "2.5", "2,5". */
    static String days(double days) {
        double rounded = Math.round(days * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded)
                : String.format(LanguageScope.current().locale(), "%.1f", rounded);
    }
}
