package coach.coffeechat.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The {@code duplicate} rule's comparison: two questions ask much the same when the share of key words they have in
 * common (Dice coefficient, where two words are in common when their Jaro-Winkler similarity reaches
 * {@code duplicate.word-similarity}) reaches {@code duplicate.min-similarity}. Key words are a question's words in
 * lower case, common words ({@code duplicate.ignored-words}) dropped, plural, possessive, "-ing" and "-ed" endings
 * and a final "e" cut ("changing", "changed" and "change" are one word). A common word typed with two letters
 * swapped ("form" for "from") is that common word. Questions with no key words count as duplicates only when written
 * alike.
 *
 * <p>So that a long list or a long question costs work in proportion to its length, a comparison looks at no more
 * than {@value #MAX_KEY_WORDS} key words of each question and {@value #MAX_WORD_LENGTH} letters of each word, and
 * each question is compared with at most the {@value #MAX_EARLIER_QUESTIONS} questions before it, fewer when their
 * key words add up to more than {@value #MAX_EARLIER_LETTERS} letters. A question repeated with the same key words,
 * or one of common words only written alike, is found however far back it is. Any list a conversation fits (at most
 * 90 questions in 180 minutes) of questions of ordinary length is compared in full. Two words that cannot reach the
 * word similarity (too few letters in common) are not scored.
 */
final class NearDuplicates {
    static final int MAX_KEY_WORDS = 32;
    static final int MAX_WORD_LENGTH = 24;
    static final int MAX_EARLIER_QUESTIONS = 100;
    static final int MAX_EARLIER_LETTERS = 4_000;
    // Common words are short: a longer word is never tried as one typed with two letters swapped.
    private static final int MAX_SWAPPED_WORD_LENGTH = 8;

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
    // The most Winkler's bonus adds: 0.1 for each of up to four letters the two words start with.
    private static final int MAX_PREFIX = 4;
    private static final double BONUS_FROM = 0.7;
    private static final double ROUNDING = 1e-9;

    private final CheckRules rules;

    NearDuplicates(CheckRules rules) {
        this.rules = rules;
    }

    /** Starts comparing the questions of one list, in order. */
    Search search() {
        return new Search();
    }

    /** The questions of one list seen so far. One per check; not thread-safe. */
    final class Search {
        private final List<Question> earlier = new ArrayList<>();
        private final Map<List<String>, Integer> firstWithKeyWords = new HashMap<>();
        private final Map<List<String>, Integer> firstWithCommonWordsOnly = new HashMap<>();
        private final boolean[] used = new boolean[MAX_KEY_WORDS];

        /**
         * Adds the next question of the list and tells which earlier one it nearly duplicates: the first in the list
         * among those compared.
         *
         * @return the 0-based place of that question among those added, or empty
         */
        OptionalInt add(CharSequence text) {
            Question question = Question.of(text, rules);
            int place = earlier.size();
            earlier.add(question);
            if (question.keyWords().isEmpty()) {
                Integer first = firstWithCommonWordsOnly.putIfAbsent(Prose.lowerWords(text), place);
                return first == null ? OptionalInt.empty() : OptionalInt.of(first);
            }
            int from = windowStart(place);
            Integer sameKeyWords = firstWithKeyWords.putIfAbsent(question.keys(), place);
            if (sameKeyWords != null && sameKeyWords < from) {
                return OptionalInt.of(sameKeyWords);
            }
            for (int other = from; other < place; other++) {
                if (alike(question, earlier.get(other))) {
                    return OptionalInt.of(other);
                }
            }
            return OptionalInt.empty();
        }

        /** Where the questions compared with the one at {@code place} start. */
        private int windowStart(int place) {
            int from = place;
            int letters = 0;
            while (from > 0 && place - from < MAX_EARLIER_QUESTIONS
                    && letters + earlier.get(from - 1).letters() <= MAX_EARLIER_LETTERS) {
                from--;
                letters += earlier.get(from).letters();
            }
            return from;
        }

        /**
         * Each key word of {@code a} in turn takes the most similar unused key word of {@code b} that reaches the word
         * similarity (the first of them when several are as similar); the share of words so paired decides. The pairing
         * stops as soon as the words left could no longer make the share.
         */
        private boolean alike(Question a, Question b) {
            int words = a.keyWords().size() + b.keyWords().size();
            int needed = (int) Math.ceil(rules.duplicateSimilarity() * words / 2 - ROUNDING);
            if (b.keyWords().isEmpty() || needed > Math.min(a.keyWords().size(), b.keyWords().size())) {
                return false;
            }
            Arrays.fill(used, false);
            int matched = 0;
            for (int i = 0; i < a.keyWords().size() && matched + a.keyWords().size() - i >= needed; i++) {
                int best = mostSimilarUnused(a.keyWords().get(i), b.keyWords());
                if (best >= 0) {
                    used[best] = true;
                    matched++;
                }
            }
            return 2.0 * matched / words >= rules.duplicateSimilarity();
        }

        /** The first unused word the same as {@code word}, else the first most similar one that is similar enough. */
        private int mostSimilarUnused(KeyWord word, List<KeyWord> others) {
            for (int j = 0; j < others.size(); j++) {
                if (!used[j] && word.text().equals(others.get(j).text())) {
                    return j;
                }
            }
            int best = -1;
            double bestScore = 0;
            for (int j = 0; j < others.size(); j++) {
                if (used[j]) {
                    continue;
                }
                double score = similarity(word, others.get(j));
                if (score >= rules.wordSimilarity() && score > bestScore) {
                    best = j;
                    bestScore = score;
                }
            }
            return best;
        }
    }

    /**
     * The Jaro-Winkler similarity of two words, or 0 when it cannot reach the word similarity: Jaro's score is at
     * most what the letters they have in common allow, whatever their order.
     */
    double similarity(KeyWord a, KeyWord b) {
        if (a.text().equals(b.text())) {
            return 1.0;
        }
        int common = commonLetters(a.sortedLetters(), b.sortedLetters());
        double jaro = (common / (double) a.text().length() + common / (double) b.text().length() + 1) / 3;
        double most = jaro < BONUS_FROM ? jaro : jaro + 0.1 * commonPrefix(a.text(), b.text()) * (1 - jaro);
        if (common == 0 || most < rules.wordSimilarity() - ROUNDING) {
            return 0;
        }
        return SIMILARITY.apply(a.text(), b.text());
    }

    private static int commonLetters(char[] a, char[] b) {
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    private static int commonPrefix(String a, String b) {
        int prefix = 0;
        while (prefix < MAX_PREFIX && prefix < a.length() && prefix < b.length()
                && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return prefix;
    }

    /**
     * One word of a question as compared, cut to {@value #MAX_WORD_LENGTH} letters.
     *
     * @param text the word
     * @param sortedLetters its letters in order, to count those two words have in common
     */
    record KeyWord(String text, char[] sortedLetters) {
        static KeyWord of(String word) {
            String text = word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word;
            char[] letters = text.toCharArray();
            Arrays.sort(letters);
            return new KeyWord(text, letters);
        }
    }

    /**
     * A question as compared.
     *
     * @param keyWords its first {@value #MAX_KEY_WORDS} key words
     * @param keys the same words as text, to find a question with the very same ones
     * @param letters how many letters they have in all
     */
    record Question(List<KeyWord> keyWords, List<String> keys, int letters) {
        static Question of(CharSequence text, CheckRules rules) {
            List<KeyWord> keyWords = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            int letters = 0;
            for (String word : Prose.lowerWords(text)) {
                if (keyWords.size() == MAX_KEY_WORDS) {
                    break;
                }
                if (!rules.ignoredWords().contains(word) && !swappedCommonWord(word, rules.ignoredWords())) {
                    KeyWord keyWord = KeyWord.of(stem(word));
                    keyWords.add(keyWord);
                    keys.add(keyWord.text());
                    letters += keyWord.text().length();
                }
            }
            return new Question(List.copyOf(keyWords), List.copyOf(keys), letters);
        }

        /**
         * Whether a word is a common word typed with two neighbouring letters swapped ("form" for "from", "waht" for
         * "what"). Only short words are tried, each swap once, so a word costs a bounded amount of work.
         */
        static boolean swappedCommonWord(String word, Set<String> common) {
            if (word.length() < 3 || word.length() > MAX_SWAPPED_WORD_LENGTH) {
                return false;
            }
            char[] letters = word.toCharArray();
            for (int i = 0; i + 1 < letters.length; i++) {
                if (letters[i] == letters[i + 1]) {
                    continue;
                }
                swap(letters, i);
                boolean found = common.contains(new String(letters));
                swap(letters, i);
                if (found) {
                    return true;
                }
            }
            return false;
        }

        private static void swap(char[] letters, int i) {
            char first = letters[i];
            letters[i] = letters[i + 1];
            letters[i + 1] = first;
        }

        private static String stem(String word) {
            String stem = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
            if (stem.length() > 4 && stem.endsWith("ies")) {
                return stem.substring(0, stem.length() - 3) + "y";
            }
            if (stem.length() > 3 && stem.endsWith("s") && !stem.endsWith("ss") && !stem.endsWith("us")) {
                stem = stem.substring(0, stem.length() - 1);
            }
            if (stem.length() > 5 && stem.endsWith("ing")) {
                stem = stem.substring(0, stem.length() - 3);
            } else if (stem.length() > 4 && stem.endsWith("ed")) {
                stem = stem.substring(0, stem.length() - 2);
            }
            return stem.length() > 3 && stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
        }
    }
}
