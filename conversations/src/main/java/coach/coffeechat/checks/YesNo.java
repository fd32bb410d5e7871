package coach.coffeechat.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code yes-no} rule's reading of a question: whether its main clause opens with a word that invites a yes or a
 * no ({@code yes-no.openers}: "do", "is", "would"), after any lead-in ("Looking back,", "Quick one:"), and it is not a
 * polite open request ({@code yes-no.open-requests}), a choice ("... or ..."), or followed by "and why?". The words are
 * a language's ({@code yes-no.*} in {@code config/checks.properties}). Reads each question a bounded number of times;
 * immutable and thread-safe.
 */
final class YesNo {
    // A lead-in this short before a comma, colon or dash is skipped whatever its words: "Quick one: have you ...?"
    private static final int MAX_SHORT_LEAD_IN = 3;
    private static final String LEAD_IN_ENDS = ",:;\u2013\u2014";
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";

    private final Set<String> openers;
    private final Set<String> openWords;
    private final Set<String> leadIns;
    private final Set<String> fillers;
    private final Phrases openRequests;
    private final Pattern choice;
    private final Pattern followUp;

    private YesNo(Set<String> openers, Set<String> openWords, Set<String> leadIns, Set<String> fillers,
                  Phrases openRequests, Pattern choice, Pattern followUp) {
        this.openers = openers;
        this.openWords = openWords;
        this.leadIns = leadIns;
        this.fillers = fillers;
        this.openRequests = openRequests;
        this.choice = choice;
        this.followUp = followUp;
    }

    /** Reads and checks the {@code yes-no.*} settings. */
    static YesNo read(CheckSettingValues values, PhrasePlaceholders placeholders) {
        Set<String> openers = values.words("yes-no.openers");
        Phrases openRequests = values.phrases("yes-no.open-requests", placeholders);
        Set<String> openWords = values.words("yes-no.open-words");
        Set<String> leadIns = values.words("yes-no.lead-ins");
        Set<String> fillers = values.words("yes-no.fillers");
        // Runs of spaces are taken whole: a word always follows them.
        Pattern choice = Pattern.compile(WORD_START + alternation(values, "yes-no.choices") + "(?!\\s++"
                + alternation(values, "yes-no.not-a-choice") + ")" + WORD_END, Phrases.FLAGS);
        String ifSo = alternation(values, "yes-no.if-so");
        // After the comma, a Spanish question may open again with its mark: "..., ¿por qué?"
        Pattern followUp = Pattern.compile(",\\s*+\u00BF?+(?:" + alternation(values, "yes-no.follow-up-joiners")
                + "\\s++|" + ifSo + ",?+\\s*+)?" + alternation(values, "yes-no.follow-ups") + WORD_END + "|" + ifSo,
                Phrases.FLAGS);
        return new YesNo(openers, openWords, leadIns, fillers, openRequests, choice, followUp);
    }

    private static String alternation(CheckSettingValues values, String key) {
        return Phrases.alternation(key, values.list(key));
    }

    /** The polite open requests ({@code yes-no.open-requests}): "Could you walk me through ...". */
    Phrases openRequests() {
        return openRequests;
    }

    /** Whether {@code question} invites a yes or a no, as the type's description says. */
    boolean isYesNo(CharSequence question) {
        List<Span> clauses = commaClauses(question);
        for (int i = 0; i < clauses.size(); i++) {
            Span clause = clauses.get(i);
            List<String> clauseWords = Prose.lowerWords(question.subSequence(clause.start(), clause.end())).stream()
                    .dropWhile(fillers::contains).toList();
            if (clauseWords.isEmpty()) {
                continue;
            }
            String first = clauseWords.get(0);
            if (openWords.contains(first)) {
                return false;
            }
            if (openers.contains(first)) {
                return !openRequests.in(question) && !choice.matcher(question).find()
                        && !followUp.matcher(question).find();
            }
            boolean lastClause = i == clauses.size() - 1;
            // A lead-in: opened by "when", "looking" and the like, or short ("Honestly,", "Quick one:").
            if (lastClause || !(leadIns.contains(first) || clauseWords.size() <= MAX_SHORT_LEAD_IN)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The question cut at every comma, colon and dash, as {@link String#split} cuts it: empty pieces at the end are
     * dropped.
     */
    private static List<Span> commaClauses(CharSequence question) {
        List<Span> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= question.length(); i++) {
            if (i == question.length() || LEAD_IN_ENDS.indexOf(question.charAt(i)) >= 0) {
                clauses.add(new Span(start, i));
                start = i + 1;
            }
        }
        while (!clauses.isEmpty() && clauses.get(clauses.size() - 1).length() == 0) {
            clauses.remove(clauses.size() - 1);
        }
        return clauses;
    }
}
