package coach.coffeechat.request;

import coach.coffeechat.config.Wording;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the user noted as "why this person", made to follow "because" in a request written to that person: "you
 * moved from teaching into research" stays as it is, "Your talk on accessibility." becomes "of your talk on
 * accessibility", and a note about "them" speaks to "you" (only "they" and its forms, whose verbs fit "you" as they
 * are). Stateless.
 */
final class WhyClause {
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?i)(i'?m (asking|writing to|calling|contacting) (you )?(in particular )?because|because|since)\\s+");
    /** First words that are never a name, so a capital there only started the note. */
    private static final Set<String> COMMON_STARTS = Set.of("you", "your", "yours", "the", "a", "an", "how", "what",
            "when", "where", "their", "they", "them", "his", "her", "she", "he", "of", "in", "at", "on", "as", "after",
            "both", "we", "our", "all", "some", "its", "it", "this", "that");
    /** First words that start a question ("how you moved ..."), which "because of" introduces. */
    private static final Set<String> QUESTION_STARTS = Set.of("how", "what", "where");
    /** First words that may start a noun phrase ("your talk on ..."), which "because of" introduces too ... */
    private static final Set<String> NOUN_STARTS = Set.of("your", "the", "a", "an", "their", "his", "her", "all",
            "some", "its", "this", "that");
    /** ... unless a verb follows, which makes it a clause ("your path is the one I hope to follow"). */
    private static final Pattern VERB = Pattern.compile("(?i)\\b(is|are|was|were|has|have|had|will|would|can|could|"
            + "seems?|looks?|sounds?|matches|match|mirrors?|shows?|showed|made|makes|led|leads|runs?|ran)\\b");

    private WhyClause() {
    }

    /** The note as a clause to follow "because", or empty when there is none. */
    static String of(String note) {
        String text = note.strip().replaceAll("\\s+", " ");
        text = LEAD_IN.matcher(text).replaceFirst("");
        text = text.replaceAll("[\\s.!;:,]+$", "");
        if (text.isEmpty()) {
            return "";
        }
        String first = text.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        if (COMMON_STARTS.contains(first)) {
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        text = Wording.toReader(text);
        String start = text.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        boolean nounPhrase = NOUN_STARTS.contains(start) && !VERB.matcher(text).find();
        return QUESTION_STARTS.contains(start) || nounPhrase ? "of " + text : text;
    }
}
