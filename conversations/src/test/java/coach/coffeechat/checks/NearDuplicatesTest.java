package coach.coffeechat.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the duplicate rule compares, and the bounds that keep it linear. */
final class NearDuplicatesTest {
    private static final CheckRules RULES = CheckRules.load(Optional.empty());

    @TempDir
    Path dir;

    @ParameterizedTest(name = "word similarity {0}")
    @ValueSource(strings = {"0.8", "0.85", "0.9", "0.95", "1.0"})
    void wordsLeftUnscoredCouldNeverHaveReachedTheWordSimilarity(String threshold) throws Exception {
        // GIVEN a coach's word similarity, and many pairs of words, most of them alike
        Files.writeString(dir.resolve("checks.properties"), "duplicate.word-similarity=" + threshold + "\n");
        NearDuplicates duplicates = new NearDuplicates(CheckRules.load(Optional.of(dir)));
        JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
        Random random = new Random(7);
        double least = Double.parseDouble(threshold);

        for (int pair = 0; pair < 200_000; pair++) {
            String a = word(random);
            String b = random.nextInt(4) == 0 ? word(random) : typo(a, random);
            double score = duplicates.similarity(NearDuplicates.KeyWord.of(a), NearDuplicates.KeyWord.of(b));

            // THEN every pair that reaches it is scored exactly as Jaro-Winkler scores it
            double exact = jaroWinkler.apply(a, b);
            if (exact >= least) {
                assertThat(score).as("%s and %s", a, b).isEqualTo(exact);
            }
        }
    }

    @Test
    void aListAConversationFitsIsComparedInFull() {
        // GIVEN 90 questions (the most 180 minutes fit), the last much like the first
        List<String> questions = new ArrayList<>();
        questions.add("What does a typical day look like for you?");
        for (int i = 1; i < 89; i++) {
            questions.add(unlike(i));
        }
        questions.add("What does a typical day look like for you?!");

        // THEN the last is found to repeat the first, 89 questions back
        assertThat(places(questions).get(89)).hasValue(0);
    }

    @Test
    void anExactRepeatIsFoundHoweverFarBack() {
        List<String> questions = new ArrayList<>();
        questions.add("What does a typical day look like for you?");
        for (int i = 1; i < 500; i++) {
            questions.add(unlike(i));
        }
        questions.add("What does a typical day look like for you?");

        assertThat(places(questions).get(500)).hasValue(0);
    }

    @Test
    void aNearDuplicateIsLookedForAmongTheHundredQuestionsBefore() {
        // GIVEN a question reworded (a typo, a plural) 150 questions later, and again 50 later
        List<String> questions = new ArrayList<>();
        questions.add("What does a typical day look like for you?");
        for (int i = 1; i < 150; i++) {
            questions.add(unlike(i));
        }
        questions.add("What do typicl days look like for you?");
        for (int i = 151; i < 200; i++) {
            questions.add(unlike(i));
        }
        questions.add("What does a typicall day look like for you?");

        List<OptionalInt> places = places(questions);

        // THEN the first rewording is past the bound and not compared; the second finds the first, 50 back
        assertThat(places.get(150)).isEmpty();
        assertThat(places.get(200)).hasValue(150);
    }

    @Test
    void longQuestionsAreComparedOnTheirFirstKeyWords() {
        // GIVEN two questions whose first 32 key words are the same and whose long tails differ
        String start = words(new Random(1), NearDuplicates.MAX_KEY_WORDS);
        String first = start + " " + words(new Random(2), 10_000) + "?";
        String second = start + " " + words(new Random(3), 10_000) + "?";

        // THEN they count as duplicates: only their first 32 key words were compared
        assertThat(places(List.of(first, second)).get(1)).hasValue(0);
    }

    @Test
    void aCommonWordWithTwoLettersSwappedIsThatCommonWord() {
        // GIVEN the same question twice, once with "from" typed as "form"
        List<OptionalInt> places = places(List.of("What made you move form law to tech?",
                "Why did you move from law into tech?"));

        // THEN the typo is read as the common word it nearly is, and the two are found alike
        assertThat(places.get(1)).hasValue(0);
    }

    @Test
    void aWordIsComparedWithoutItsEnding() {
        // GIVEN the same question with "change" and "changing", "moved" and "move"
        List<OptionalInt> places = places(List.of("How is the industry changing?", "How will the industry change?",
                "Why were you moved to sales?", "Why did you move to sales?"));

        // THEN each second one repeats the first
        assertThat(places.get(1)).hasValue(0);
        assertThat(places.get(3)).hasValue(2);
    }

    @Test
    void questionsOfCommonWordsOnlyRepeatOnlyWhenWrittenAlike() {
        List<OptionalInt> places = places(List.of("What is it?", "What is it for you?", "what IS it", "What was it?"));

        assertThat(places).containsExactly(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(0),
                OptionalInt.empty());
    }

    @Test
    void onShortListsTheVerdictsAreThoseOfPairingEveryWordOfEveryPair() {
        // GIVEN many short lists of short questions from a few words, with typos, repeats and common words
        List<String> vocabulary = List.of("career", "carreer", "careers", "path", "paths", "team", "teams", "tema",
                "design", "designer", "research", "reserch", "day", "days", "typical", "the", "you", "what", "how");
        Random random = new Random(5);
        for (int list = 0; list < 3_000; list++) {
            List<String> questions = new ArrayList<>();
            for (int question = 1 + random.nextInt(10); question > 0; question--) {
                List<String> words = new ArrayList<>();
                for (int word = 1 + random.nextInt(6); word > 0; word--) {
                    words.add(vocabulary.get(random.nextInt(vocabulary.size())));
                }
                questions.add(String.join(" ", words) + "?");
            }

            // THEN the bounded search finds, for each, the same earlier question as comparing with every one before it
            assertThat(places(questions)).as(questions.toString()).isEqualTo(everyPair(questions));
        }
    }

    /** The rule as it was: each question against every earlier one, every word against every unused word. */
    private static List<OptionalInt> everyPair(List<String> questions) {
        JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
        List<List<String>> keys = questions.stream()
                .map(question -> NearDuplicates.Question.of(Prose.prepare(question), RULES).keys()).toList();
        List<OptionalInt> places = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            OptionalInt place = OptionalInt.empty();
            for (int j = 0; j < i && place.isEmpty(); j++) {
                boolean alike;
                if (keys.get(i).isEmpty() || keys.get(j).isEmpty()) {
                    alike = Prose.lowerWords(Prose.prepare(questions.get(i)))
                            .equals(Prose.lowerWords(Prose.prepare(questions.get(j))));
                } else {
                    boolean[] used = new boolean[keys.get(j).size()];
                    int matched = 0;
                    for (String word : keys.get(i)) {
                        int best = -1;
                        double bestScore = 0;
                        for (int k = 0; k < keys.get(j).size(); k++) {
                            double score = used[k] ? 0 : jaroWinkler.apply(word, keys.get(j).get(k));
                            if (score >= RULES.wordSimilarity() && score > bestScore) {
                                best = k;
                                bestScore = score;
                            }
                        }
                        if (best >= 0) {
                            used[best] = true;
                            matched++;
                        }
                    }
                    alike = 2.0 * matched / (keys.get(i).size() + keys.get(j).size()) >= RULES.duplicateSimilarity();
                }
                if (alike) {
                    place = OptionalInt.of(j);
                }
            }
            places.add(place);
        }
        return places;
    }

    /** A question unlike every other made so, and unlike those the tests look for. */
    private static String unlike(int seed) {
        Random random = new Random(seed);
        return "How did the " + words(random, 1) + " and " + words(random, 1) + " teams change your plans?";
    }

    private static List<OptionalInt> places(List<String> questions) {
        NearDuplicates.Search search = new NearDuplicates(RULES).search();
        return questions.stream().map(question -> search.add(Prose.prepare(question))).toList();
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(6)));
        }
        return word.toString();
    }

    private static String typo(String word, Random random) {
        StringBuilder typo = new StringBuilder(word);
        int at = random.nextInt(typo.length());
        switch (random.nextInt(4)) {
            case 0 -> typo.deleteCharAt(at);
            case 1 -> typo.insert(at, (char) ('a' + random.nextInt(6)));
            case 2 -> typo.setCharAt(at, (char) ('a' + random.nextInt(6)));
            default -> {
                if (at + 1 < typo.length()) {
                    char c = typo.charAt(at);
                    typo.setCharAt(at, typo.charAt(at + 1));
                    typo.setCharAt(at + 1, c);
                }
            }
        }
        return typo.isEmpty() ? "a" : typo.toString();
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append("w").append(word(random)).append(random.nextInt(1_000));
        }
        return text.toString();
    }
}
