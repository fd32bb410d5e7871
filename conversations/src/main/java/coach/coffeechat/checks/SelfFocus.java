package coach.coffeechat.checks;

import java.util.List;
import java.util.Locale;

/**
 * How much a request is about its writer and how much about its reader, read for {@code self-focused}. Words count
 * the mentions ("I", "my" against "you", "your" and the recipient's name); sentences count what each sentence is
 * about: a writer's sentence mentions the writer and not the reader, and a sentence about the reader mentions the
 * reader and says something specific about their work, path or view (a phrase of
 * {@code self-focused.reader-specifics}: "your talk on", "you moved from", "where you work"), which "your time" or
 * "how you made the move" does not.
 *
 * <p>A request is self-focused when the writer has the most mentions by word ({@code self-focused.min-self-mentions}
 * and {@code self-focused.ratio}) and either it says nothing specific about the reader, or its writer's sentences
 * outnumber its sentences about the reader more than {@code self-focused.sentence-ratio} times. So two lines about
 * the writer and one about the reader's work pass, while a long story of the writer with one polite line does not.
 * Each word and sentence is read a bounded number of times.
 *
 * @param selfMentions the writer's mentions by word
 * @param readerMentions the reader's mentions by word, their name included
 * @param writerSentences the sentences that mention the writer and not the reader
 * @param readerSentences the sentences that say something specific about the reader
 */
record SelfFocus(int selfMentions, int readerMentions, int writerSentences, int readerSentences) {

    /** Reads a request's body, whose sentences are {@code sentences}, for a recipient with {@code recipient} names. */
    static SelfFocus read(CheckRules rules, Names recipient, CharSequence body, List<Span> sentences) {
        int self = 0;
        int reader = 0;
        int writerSentences = 0;
        int readerSentences = 0;
        for (Span sentence : sentences) {
            int selfHere = 0;
            int readerHere = 0;
            CharSequence text = body.subSequence(sentence.start(), sentence.end());
            for (Span span : Prose.wordSpans(text)) {
                String word = span.of(text);
                String lower = word.toLowerCase(Locale.ROOT);
                if (rules.firstPerson().contains(lower)) {
                    selfHere++;
                } else if (rules.secondPerson().contains(lower) || recipient.isPartOf(word)) {
                    readerHere++;
                }
            }
            self += selfHere;
            reader += readerHere;
            if (selfHere > 0 && readerHere == 0) {
                writerSentences++;
            }
            // only a sentence that mentions the reader is searched: a phrase about their work names them too
            if (readerHere > 0 && rules.readerSpecifics().find(body, sentence).isPresent()) {
                readerSentences++;
            }
        }
        return new SelfFocus(self, reader, writerSentences, readerSentences);
    }

    /** Whether the request is self-focused under {@code rules}, as the type's description says. */
    boolean isSelfFocused(CheckRules rules) {
        boolean mentionsDominate = selfMentions >= rules.minSelfMentions()
                && selfMentions > rules.selfRatio() * readerMentions;
        return mentionsDominate && (readerSentences == 0 || writerSentences > rules.selfSentenceRatio() * readerSentences);
    }
}
