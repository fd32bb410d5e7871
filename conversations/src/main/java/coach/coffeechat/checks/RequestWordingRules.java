package coach.coffeechat.checks;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists and thresholds behind the rules on a request's wording, from {@code config/checks.properties}:
 * {@code weak-subject}, {@code unfilled-placeholder}, {@code no-intro-or-goal} and {@code late-referrer}. Immutable.
 *
 * @param vagueSubjectWords words that alone make a subject say nothing ({@code weak-subject.vague-words})
 * @param jobSubjects phrases that make a subject ask for a job ({@code weak-subject.job-phrases})
 * @param placeholderWords words that mark bracketed text as a template gap ({@code unfilled-placeholder.words})
 * @param introductions phrases with which a writer introduces themself ({@code no-intro-or-goal.introductions})
 * @param plainIntroduction "I'm" or "I am" ({@code no-intro-or-goal.i-am}) followed by any word but those in
 *     {@code no-intro-or-goal.not-introductions} ("I'm a nurse", "I am pharmacist", not "I'm writing")
 * @param goals phrases that state what the writer hopes to learn ({@code no-intro-or-goal.goals})
 * @param referrerSentences the sentences within which the referrer should be named ({@code late-referrer.max-sentences})
 */
record RequestWordingRules(Set<String> vagueSubjectWords, Phrases jobSubjects, Phrases placeholderWords,
                           Phrases introductions, Pattern plainIntroduction, Phrases goals, int referrerSentences) {

    /** Reads and checks the settings. */
    static RequestWordingRules read(CheckSettingValues values, PhrasePlaceholders placeholders) {
        Set<String> vague = values.words("weak-subject.vague-words");
        Phrases jobSubjects = values.phrases("weak-subject.job-phrases", placeholders);
        Phrases placeholderWords = values.phrases("unfilled-placeholder.words", placeholders);
        Phrases introductions = values.phrases("no-intro-or-goal.introductions", placeholders);
        List<String> notIntroductions = values.list("no-intro-or-goal.not-introductions");
        // Checked like any list, then used as a look-ahead that reads at most one of its entries.
        Phrases.compile("no-intro-or-goal.not-introductions", notIntroductions, PhrasePlaceholders.NONE);
        // The look-ahead reads one entry of a fixed list, so each "I'm" costs a bounded amount of work.
        Pattern plainIntroduction = Pattern.compile("(?<![\\p{L}\\p{N}])"
                + Phrases.alternation("no-intro-or-goal.i-am", values.list("no-intro-or-goal.i-am")) + "\\s++(?!"
                + Phrases.alternation("no-intro-or-goal.not-introductions", notIntroductions)
                + "(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}]", Phrases.FLAGS);
        Phrases goals = values.phrases("no-intro-or-goal.goals", placeholders);
        int sentences = values.whole("late-referrer.max-sentences", 1, 50);
        return new RequestWordingRules(vague, jobSubjects, placeholderWords, introductions, plainIntroduction, goals,
                sentences);
    }
}
