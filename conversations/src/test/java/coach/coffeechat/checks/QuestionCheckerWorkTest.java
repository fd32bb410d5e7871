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
    private static final int READS_PER_CHARACTER = 1_000;
    private static final int BYTES_PER_CHARACTER = 20_000;
    private static final List<String> TOPICS = List.of("research", "design", "teaching", "nursing", "analytics",
            "security", "product", "marketing", "finance", "policy", "law", "audiology", "logistics", "writing",
            "sales", "support", "hiring", "clients", "budgets", "deadlines", "mentors", "tools", "travel", "meetings",
            "reports", "patients", "students", "code", "data", "models", "brands", "grants", "contracts", "courts");

    @Test
    void aLongListComparesEachQuestionWithABoundedNumberOfEarlierOnes() {
        // every question was compared with every other: 3,000 lines took 17 to 26 s
        assertLinearAllocation("distinct questions, one a line", QuestionCheckerWorkTest::distinctQuestions, 12_000);
    }

    @Test
    void twoLongQuestionsAreComparedOnABoundedNumberOfWords() {
        // every word of one was compared with every word of the other: 16,000 words each took 79 s and 600 MB
        assertLinearAllocation("two long questions", length -> words(1, length / 2) + "?\n" + words(2, length / 2) + "?",
                500);
    }

    @Test
    void questionsOfCommonWordsOnlyAreComparedWithoutRereadingThem() {
        // with no key words, two questions were compared by reading both again, for every pair
        assertLinearAllocation("questions of common words only", length -> lines(length, i -> "What is it " + i % 7
                + " for you?"), 2_000);
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
        assertLinearAllocation("a long question, then short repeats of its start", length -> words(3, length / 14)
                + "?\n" + lines(length / 2, i -> words(3, 40) + "?"), 20_000);
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
            Work.assertLinear(softly, "'" + seed + "' on every line", length -> lines(length, i -> seed),
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

    /** Questions unlike each other, made of random topics, one a line, about {@code length} characters in all. */
    private static String distinctQuestions(int length) {
        Random random = new Random(length);
        return lines(length, i -> "How did " + TOPICS.get(random.nextInt(TOPICS.size())) + " and "
                + TOPICS.get(random.nextInt(TOPICS.size())) + " shape your " + TOPICS.get(random.nextInt(TOPICS.size()))
                + " work in " + (1990 + i % 35) + "?");
    }

    /** Lines made by {@code line} from their index, about {@code length} characters in all. */
    private static String lines(int length, IntFunction<String> line) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < length; i++) {
            text.append(line.apply(i)).append('\n');
        }
        return text.toString();
    }

    /** {@code count} different made-up words, the same ones for the same seed. */
    private static String words(int seed, int count) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ");
            for (int letter = 0; letter < 6; letter++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }
}
