package coach.coffeechat.checks;

import coach.coffeechat.config.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The question checks do work in proportion to the list, however long the list or its questions: counted in
 * characters read and bytes allocated, never timed. The timeout is only a safety net for a check that would otherwise
 * run for minutes.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
final class QuestionCheckerWorkTest {
    private static final QuestionChecker CHECKER = new QuestionChecker(CheckRules.load(Optional.empty()),
            Texts.load(Optional.empty()));
    private static final int READS_PER_CHARACTER = 400;
    private static final int BYTES_PER_CHARACTER = 2_000;

    @Test
    void aLongListComparesEachQuestionWithABoundedNumberOfEarlierOnes() {
        // every question was compared with every other: 3,000 lines took 17 to 26 s
        assertLinearAllocation(AdversarialInputs.UNLIKE_QUESTIONS.name(), AdversarialInputs.UNLIKE_QUESTIONS.build(),
                12_000);
    }

    @Test
    void twoLongQuestionsAreComparedOnABoundedNumberOfWords() {
        // every word of one was compared with every word of the other: 16,000 words each took 79 s and 600 MB
        assertLinearAllocation("two long questions", length -> AdversarialInputs.words(new Random(1), length / 14)
                + "?\n" + AdversarialInputs.words(new Random(2), length / 14) + "?", 2_000);
    }

    @Test
    void questionsOfCommonWordsOnlyAreComparedWithoutRereadingThem() {
        // with no key words, two questions were compared by reading both again, for every pair
        // "What it is is it?": only words too common to tell questions apart, a different string of them on each line
        assertLinearAllocation("questions of common words only", length -> AdversarialInputs.lines(length,
                i -> "What " + Integer.toBinaryString(i).replace("0", "is ").replace("1", "it ") + "?"), 2_000);
    }

    @Test
    void aFactQuestionNamingManyOrganisationsIsReadOnce() {
        // the question was copied again for every organisation named in it
        assertLinearAllocation("'who founded it' + many names", length -> "Who founded it" + " Acme".repeat(length / 5),
                2_000);
    }

    @Test
    void manyRepeatsOfALongQuestionQuoteItOnce() {
        // a repeat of the start of a long question repeats it (only the first key words are compared), and each
        // finding quotes it: shortened once, not once per repeat
        assertLinearAllocation(AdversarialInputs.LONG_QUESTION_REPEATED.name(),
                AdversarialInputs.LONG_QUESTION_REPEATED.build(), 20_000);
    }

    @Test
    void everyInputBuiltFromTheChecksCodeAndTheFactListsIsCheckedInLinearWork() {
        // each word list is searched on its own inputs in PhrasesWorkTest; here the question checks' own code, and the
        // two lists it combines (a fact, with the organisations in it blanked)
        SoftAssertions softly = new SoftAssertions();
        CheckRules rules = CheckRules.load(Optional.empty());
        List<String> seeds = new ArrayList<>(AdversarialInputs.CODE_SEEDS);
        seeds.addAll(AdversarialInputs.seeds(rules.googleable()));
        seeds.addAll(AdversarialInputs.seeds(rules.organisations()));
        for (String seed : seeds) {
            for (AdversarialInputs.Input input : AdversarialInputs.shapes("question", seed)) {
                Work.assertLinear(softly, input.name(), input.build(), READS_PER_CHARACTER,
                        QuestionCheckerWorkTest::check);
            }
            Work.assertLinear(softly, "'" + seed + "' on every line", length -> AdversarialInputs.lines(length, i -> seed),
                    READS_PER_CHARACTER, QuestionCheckerWorkTest::check);
        }
        softly.assertAll();
    }

    private static void assertLinearAllocation(String what, IntFunction<String> input, int shortLength) {
        SoftAssertions softly = new SoftAssertions();
        Work.assertLinear(softly, what, input, shortLength, Work.Measure.ALLOCATION, BYTES_PER_CHARACTER,
                QuestionCheckerWorkTest::check);
        Work.assertLinear(softly, what, input, shortLength, Work.Measure.READS, READS_PER_CHARACTER,
                QuestionCheckerWorkTest::check);
        softly.assertAll();
    }

    /** Checks the text as a list, one question a line, for the longest conversation the command line allows. */
    private static void check(CharSequence text) {
        List<CharSequence> questions = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                Span line = Prose.stripped(text, start, i);
                questions.add(text.subSequence(line.start(), line.end()));
                start = i + 1;
            }
        }
        CHECKER.checkPrepared(questions, 180);
    }
}
