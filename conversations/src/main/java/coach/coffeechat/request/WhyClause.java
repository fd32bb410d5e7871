package coach.coffeechat.request;

import coach.coffeechat.config.Capitals;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Texts;
import coach.coffeechat.config.Wording;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the user noted as "why this person", made to follow "because" in a request written to that person, with the
 * words of the current language ({@code request.why.*} in its {@code requests.properties}): its lead-ins are dropped
 * ("I'm asking you because", "Le escribo porque", "Der Grund:"), a first word it lists as never a name loses its
 * capital (never in German, see {@link Capitals}), and a noun phrase or question gets the language's bridge: "Your
 * talk on accessibility." becomes "of your talk on accessibility", "Su charla" becomes "me llamó la atención su
 * charla". A note about "them" speaks to "you" (English's "they" and its forms, whose verbs fit "you" as they are).
 * Stateless.
 */
final class WhyClause {
    private WhyClause() {
    }

    /** The note as a clause to follow the current language's "because", or empty when there is none. */
    static String of(Texts texts, String note) {
        String text = note.strip().replaceAll("\\s+", " ");
        Pattern leadIn = Pattern.compile("^(?:" + texts.get("request.why.lead-in") + ")\\s+",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        text = leadIn.matcher(text).replaceFirst("");
        text = text.replaceAll("[\\s.!;:,]+$", "");
        if (text.isEmpty()) {
            return "";
        }
        if (!Capitals.nounsCapitalised(texts) && words(texts, "request.why.lower-starts").contains(firstWord(text))) {
            text = text.substring(0, 1).toLowerCase(LanguageScope.current().locale()) + text.substring(1);
        }
        text = Wording.toReader(text);
        String bridge = texts.get("request.why.bridge").strip();
        if (bridge.isEmpty()) {
            return text;
        }
        String clause = text;
        String start = firstWord(clause);
        boolean nounPhrase = words(texts, "request.why.bridge-nouns").contains(start)
                && words(texts, "request.why.clause-verbs").stream().noneMatch(verb -> hasWord(clause, verb));
        return words(texts, "request.why.bridge-questions").contains(start) || nounPhrase ? bridge + " " + clause
                : clause;
    }

    private static String firstWord(String text) {
        return text.split(" ", 2)[0].toLowerCase(Locale.ROOT);
    }

    private static boolean hasWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    private static List<String> words(Texts texts, String key) {
        return Arrays.stream(texts.get(key).split(",")).map(word -> word.strip().toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty()).toList();
    }
}
