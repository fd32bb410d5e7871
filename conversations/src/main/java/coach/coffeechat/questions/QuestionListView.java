package coach.coffeechat.questions;

import coach.coffeechat.config.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How {@code questions-prepare} shows the list and the bank's tags: the list numbered above the menu, with the
 * count to aim for and the TIARA letters covered. Thread-safe.
 */
final class QuestionListView {
    private final Texts texts;
    private final BankMatches matches;

    QuestionListView(Texts texts, BankMatches matches) {
        this.texts = texts;
        this.matches = matches;
    }

    /** The list as the menu shows it, for a contact called {@code name} and a meeting of {@code minutes}. */
    String menu(QuestionDraft list, String name, int minutes, Placeholders fill) {
        if (list.isEmpty()) {
            return texts.get("questions.menu.empty", "name", name);
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("questions.menu.heading", "name", name, "minutes", minutes));
        lines.add(list.numbered());
        lines.add(texts.get("questions.menu.count", "count", list.size()));
        TiaraCoverage coverage = TiaraCoverage.of(matches.on(list.questions(), fill));
        if (coverage.missing().isEmpty()) {
            lines.add(texts.get("questions.menu.tiara-all"));
        } else if (coverage.covered().isEmpty()) {
            lines.add(texts.get("questions.menu.tiara-none"));
        } else {
            lines.add(texts.get("questions.menu.tiara", "covered", tagLabels(coverage.covered()),
                    "missing", tagLabels(coverage.missing())));
        }
        return String.join("\n", lines);
    }

    /** The tags' labels in tag order, comma separated. */
    String tagLabels(Set<Tag> tags) {
        List<String> labels = new ArrayList<>();
        for (Tag tag : Tag.values()) {
            if (tags.contains(tag)) {
                labels.add(texts.get("questions.tag." + tag.id()));
            }
        }
        return String.join(", ", labels);
    }
}
