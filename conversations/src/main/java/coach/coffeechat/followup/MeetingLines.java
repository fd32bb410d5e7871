package coach.coffeechat.followup;

import coach.coffeechat.config.Capitals;
import coach.coffeechat.config.Shortening;
import coach.coffeechat.config.Texts;
import coach.coffeechat.config.Wording;
import coach.coffeechat.meeting.MeetingLog;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sentences a thank-you draws from a logged meeting: one specific thing learned, the advice taken and the promise
 * kept, each the first item of what the user noted (up to a full stop, a semicolon or a line break), cut at a word
 * if it runs long, and turned to speak to the reader ("send them the link" becomes "send you the link"); a promise
 * loses its first capital only where the language lowers one ({@link Capitals}: German keeps "Ihnen"); what marks it as
 * still to come ("I'll", "voy a", "ich werde") and as the writer's own sentence ("I", "enviaré", "ich") is the
 * language's ({@code followup.draft.promise.*}). Stateless.
 */
final class MeetingLines {
    /** The most words one line takes from a note. */
    private static final int MOST_WORDS = 30;
    private static final Pattern ITEM_END = Pattern.compile("(?<=[.!?])\\s|[;\\n]");

    private final Texts texts;

    MeetingLines(Texts texts) {
        this.texts = texts;
    }

    /** The values {@code learned}, {@code advice} and {@code promised}, each a sentence or empty. */
    Map<String, String> of(Optional<MeetingLog> meeting) {
        String learned = meeting.map(log -> firstItem(log.learned())).orElse("");
        String advice = meeting.map(log -> firstItem(log.advice())).orElse("");
        String promised = meeting.map(log -> firstItem(log.promised())).orElse("");
        return Map.of(
                "learned", learned.isEmpty() ? "" : sentence("followup.draft.learned", "learned", learned),
                "advice", advice.isEmpty() ? "" : sentence("followup.draft.advice", "advice", advice),
                "promised", promised.isEmpty() ? "" : promise(promised));
    }

    private String promise(String promised) {
        String task = start("followup.draft.promise.will", "\\s+").matcher(promised).replaceFirst("");
        if (start("followup.draft.promise.own", "").matcher(task).find()) {
            return sentence("followup.draft.promised.own", "promised", task);
        }
        return sentence("followup.draft.promised", "promised", Capitals.firstLowered(texts, task));
    }

    /** The current language's pattern under {@code key}, anchored at the start and followed by {@code then}. */
    private Pattern start(String key, String then) {
        return Pattern.compile("^(?:" + texts.get(key) + ")" + then, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private String sentence(String key, String name, String value) {
        return texts.get(key, name, value).replace(Shortening.CUT + ".", Shortening.CUT);
    }

    /** The first item of a note, without its closing punctuation, spoken to the reader. */
    static String firstItem(String note) {
        String first = ITEM_END.split(note.strip(), 2)[0];
        String item = Shortening.toWords(first, MOST_WORDS).replaceAll("[\\s.!;:,]+$", "");
        return Wording.toReader(item);
    }
}
