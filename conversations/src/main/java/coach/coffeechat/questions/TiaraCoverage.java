package coach.coffeechat.questions;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which of the five TIARA letters (trends, insights, advice, resources, assignments) a list's bank questions
 * cover, for the menu's nudge towards a balanced conversation.
 *
 * @param covered the TIARA tags covered; other tags are left out
 */
record TiaraCoverage(Set<Tag> covered) {
    TiaraCoverage {
        Set<Tag> tiara = EnumSet.noneOf(Tag.class);
        covered.stream().filter(Tag::tiara).forEach(tiara::add);
        covered = Collections.unmodifiableSet(tiara);
    }

    /** What the bank questions on a list cover. */
    static TiaraCoverage of(Collection<BankQuestion> onList) {
        return new TiaraCoverage(BankMatches.tagsOf(onList));
    }

    /** The TIARA tags not covered yet, in TIARA order. */
    Set<Tag> missing() {
        Set<Tag> missing = EnumSet.noneOf(Tag.class);
        for (Tag tag : Tag.values()) {
            if (tag.tiara() && !covered.contains(tag)) {
                missing.add(tag);
            }
        }
        return missing;
    }
}
