package coach.coffeechat.followup;

import coach.coffeechat.config.TemplateFiles;
import coach.coffeechat.config.Texts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The follow-up drafts behind "Draft it" as a server's coach may replace them: their names ({@code
 * followup-reminder} ...), the shipped text, and the rules a replacement keeps: letters, at most {@value #MAX_LENGTH}
 * characters, and only the placeholders the bot fills for that draft. Immutable and thread-safe.
 */
public final class FollowUpDrafts {
    /** The shipped drafts' files. */
    static final List<String> FILES = List.of("thank-you-interested.txt", "thank-you-brief.txt", "reminder.txt",
            "report-back.txt", "stay-in-touch.txt");
    /** The longest draft a server may write. */
    public static final int MAX_LENGTH = 4000;
    private static final List<String> ALWAYS = List.of("first", "sender", "learned");
    private static final Map<String, List<String>> MORE = Map.of(
            "thank-you-interested", List.of("advice", "promised"),
            "thank-you-brief", List.of("advice", "promised"),
            "reminder", List.of("referrer"),
            "report-back", List.of("met"),
            "stay-in-touch", List.of());

    private final TemplateFiles shipped;
    private final Texts texts;

    private FollowUpDrafts(TemplateFiles shipped, Texts texts) {
        this.shipped = shipped;
        this.texts = texts;
    }

    /**
     * The drafts, shipped or reworded in the {@code --config} directory.
     *
     * @param configDir the {@code --config} directory, or empty
     */
    public static FollowUpDrafts load(Texts texts, Optional<Path> configDir) {
        return new FollowUpDrafts(TemplateFiles.load("followups", FILES, configDir), texts);
    }

    /** The names a coach uses for them: {@code followup-reminder} ... */
    public List<String> names() {
        return Cohorts.DRAFTS.stream().map(name -> Cohorts.PREFIX + name).toList();
    }

    /** The shipped text of a draft, by a name of {@link #names()}. */
    public String shipped(String name) {
        return shipped.get(name.substring(Cohorts.PREFIX.length()) + ".txt");
    }

    /** Why this text cannot replace the draft, said for the coach; empty when it can. */
    public List<String> problems(String name, String text) {
        String draft = name.substring(Cohorts.PREFIX.length());
        List<String> known = new ArrayList<>(ALWAYS);
        known.addAll(MORE.getOrDefault(draft, List.of()));
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return List.of(texts.get("coach.template.needs-letters"));
        }
        if (text.length() > MAX_LENGTH) {
            return List.of(texts.get("coach.template.too-long", "length", text.length(), "max", MAX_LENGTH));
        }
        List<String> unknown = TemplateFiles.placeholders(text).stream().filter(each -> !known.contains(each))
                .toList();
        if (!unknown.isEmpty()) {
            return List.of(texts.get("coach.template.unknown-placeholders", "unknown", braces(unknown),
                    "known", braces(known)));
        }
        return List.of();
    }

    private static String braces(List<String> names) {
        return String.join(", ", names.stream().map(each -> "${" + each + "}").toList());
    }
}
