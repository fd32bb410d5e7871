package coach.coffeechat.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Inputs built to make the checks' patterns work as hard as they can, for {@link Work} tests and the benchmark. Each
 * starts from a seed: an entry of a word list in {@code config/checks.properties} (its placeholders, wildcards and
 * alternatives filled in with typical words) or a phrase aimed at a pattern in the checks' code. Each seed is then
 * shaped so that a pattern matches part of it and then meets a long run of something it must give up on: the seed
 * repeated in one sentence (and negated), each of its beginnings followed by a long run of spaces, a long word or a
 * long run of question marks, its words pulled apart by long runs of spaces, and the seed repeated without spaces.
 */
final class AdversarialInputs {
    /**
     * One input.
     *
     * @param name the seed and the shape, for failure messages and the benchmark's table
     * @param build makes the input about as long as asked
     */
    record Input(String name, IntFunction<String> build) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Phrases aimed at the patterns in the checks' code rather than in the word lists. */
    static final List<String> CODE_SEEDS = List.of(
            // amounts of time and what measures something else (TimeMentions)
            "5 to 10 minutes", "15 min", "20-minute call", "an hour and a half", "half an hour", "a quarter of an hour",
            "a full hour", "a couple of hours", "twenty five minutes", "5 minutes a day", "10 minutes ago",
            "20 minutes walk", "spent 5 minutes", "no more than 20 minutes", "up to 15 minutes",
            // negations and clauses (Negation, Prose)
            "I don't need an hour", "not hire me", "never lunch", "rather than lunch", "yes, but - no; however",
            // an email's subject, sentence ends and words (RequestChecker, Prose)
            "Subject: hello", "Really?!\")", "well-known co-founder's",
            // yes-no, choices and follow-ups (QuestionChecker)
            "Do you like it, and why", "Is it hard, if so how", "Would you stay or not", "When you started, did you",
            // organisations and names ({org}, Names)
            "Acme Health Big Co", "Dr Ana Li's",
            // the wording rules (RequestWording): gaps in brackets, "I'm" and a word, a P.S., a subject
            "[your name]", "<first name>", "{role}", "[COMPANY", "<ana@example.com>", "I'm writing", "I am a nurse",
            "P.S. Sam suggested", "Subject: Coffee?", "Hi Ana,\nwould you have 15");

    private static final Map<String, String> PLACEHOLDERS = Map.of("{i}", "I'm really hoping to",
            "{job}", "the open research role", "{org}", "Acme Health", "{name}", "Joe Reyes");

    private AdversarialInputs() {
    }

    /** Every word list the checks use, by the setting it comes from. */
    static Map<String, Phrases> lists(CheckRules rules) {
        Map<String, Phrases> lists = new LinkedHashMap<>();
        lists.put("asks-for-job.phrases", rules.jobAsks());
        lists.put("negation.words", rules.negations());
        lists.put("long-time-ask.meals", rules.meals());
        lists.put("long-time-ask.meal-options", rules.mealOptions());
        lists.put("long-time-ask.long-plans", rules.longPlans());
        lists.put("weak-subject.job-phrases", rules.wording().jobSubjects());
        lists.put("unfilled-placeholder.words", rules.wording().placeholderWords());
        lists.put("no-intro-or-goal.introductions", rules.wording().introductions());
        lists.put("no-intro-or-goal.goals", rules.wording().goals());
        lists.put("no-clear-ask.ask-phrases", rules.askPhrases());
        lists.put("no-clear-ask.conversation-words", rules.conversationWords());
        lists.put("questions-in-request.logistics-words", rules.logistics());
        lists.put("self-focused.reader-specifics", rules.readerSpecifics());
        lists.put("salary.phrases", rules.salary());
        lists.put("googleable.phrases", rules.googleable());
        lists.put("googleable.organisation-words", rules.organisations());
        lists.put("yes-no.open-requests", rules.openRequests());
        lists.put("missing-referral-question.phrases", rules.referralQuestion());
        lists.put("no-personal-question.cues", rules.personalCues());
        return lists;
    }

    /** The seeds of one list's entries: each entry as text a person might write. */
    static List<String> seeds(Phrases list) {
        Set<String> seeds = new LinkedHashSet<>();
        for (String entry : list.entries()) {
            seeds.add(render(entry));
        }
        return List.copyOf(seeds);
    }

    /** The shaped inputs of one seed; {@code source} names it. */
    static List<Input> shapes(String source, String seed) {
        List<String> words = List.of(seed.split(" "));
        List<Input> inputs = new ArrayList<>();
        inputs.add(new Input(source + ": '" + seed + "' repeated", length -> repeat(seed + " ", length)));
        inputs.add(new Input(source + ": 'not " + seed + "' repeated", length -> repeat("not " + seed + " ", length)));
        inputs.add(new Input(source + ": '" + seed + "' repeated without spaces",
                length -> repeat(seed.replace(" ", "") + "/", length)));
        inputs.add(new Input(source + ": '" + seed + "' with long runs of spaces between its words",
                length -> String.join(" ".repeat(Math.max(1, length / words.size())), words)));
        for (int count = 1; count <= words.size(); count++) {
            String start = String.join(" ", words.subList(0, count));
            inputs.add(new Input(source + ": '" + start + "' + spaces + x", length -> start + " ".repeat(length) + "x"));
            inputs.add(new Input(source + ": '" + start + "' + a long word", length -> start + " " + "a".repeat(length)));
            inputs.add(new Input(source + ": '" + start + "' + question marks + x",
                    length -> start + " ?".repeat(length / 2) + " x"));
        }
        return inputs;
    }

    /** Every shaped input of every seed, the lists' and the code's, without repeats. */
    static List<Input> all(CheckRules rules) {
        Map<String, Input> inputs = new LinkedHashMap<>();
        lists(rules).forEach((key, list) -> {
            for (String seed : seeds(list)) {
                shapes(key, seed).forEach(input -> inputs.putIfAbsent(input.build().apply(64), input));
            }
        });
        for (String seed : CODE_SEEDS) {
            shapes("code", seed).forEach(input -> inputs.putIfAbsent(input.build().apply(64), input));
        }
        return List.copyOf(inputs.values());
    }

    /** Questions unlike each other, one a line: none stops the search for a duplicate early. */
    static final Input UNLIKE_QUESTIONS = new Input("duplicate: questions unlike each other",
            length -> lines(length, index -> {
                Random random = new Random(index);
                return "How did " + word(random, 8) + " and " + word(random, 8) + " shape your " + word(random, 8)
                        + " work?";
            }));

    /**
     * Questions of 32 long words, one a line, each word the same letters in another order: every pair of words gets
     * past the count of letters in common and is scored.
     */
    static final Input SHUFFLED_LETTERS = new Input("duplicate: 32 words a question, the same letters in other orders",
            length -> lines(length, index -> {
                Random random = new Random(index);
                StringBuilder question = new StringBuilder("Why");
                for (int i = 0; i < NearDuplicates.MAX_KEY_WORDS; i++) {
                    question.append(" abcd").append(shuffled("efghijklmnopqrstuvwx", random));
                }
                return question.append('?').toString();
            }));

    /** A long question, then short questions that repeat its first 40 words: each repeat quotes the long one. */
    static final Input LONG_QUESTION_REPEATED = new Input("duplicate: a long question, then short repeats of its start",
            length -> words(new Random(3), length / 14) + "?\n"
                    + lines(length / 2, index -> words(new Random(3), 40) + "?"));

    /** Lists of questions, one a line, aimed at the {@code duplicate} rule. */
    static List<Input> questionLists() {
        return List.of(UNLIKE_QUESTIONS, SHUFFLED_LETTERS, LONG_QUESTION_REPEATED);
    }

    static String repeat(String unit, int length) {
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    /** Lines made by {@code line} from their index, about {@code length} characters in all. */
    static String lines(int length, IntFunction<String> line) {
        StringBuilder text = new StringBuilder();
        for (int index = 0; text.length() < length; index++) {
            text.append(line.apply(index)).append('\n');
        }
        return text.toString();
    }

    /** {@code count} made-up words of six letters, the same ones from the same seed. */
    static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(word(random, 6));
        }
        return text.toString();
    }

    private static String word(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String shuffled(String letters, Random random) {
        List<Character> shuffled = new ArrayList<>();
        letters.chars().forEach(c -> shuffled.add((char) c));
        Collections.shuffle(shuffled, random);
        StringBuilder word = new StringBuilder();
        shuffled.forEach(word::append);
        return word.toString();
    }

    /** An entry as text: the first of each set of alternatives, placeholders and wildcards filled in, "$" as "?". */
    static String render(String entry) {
        List<String> words = new ArrayList<>();
        for (String token : entry.split("\\s+")) {
            String first = token.split("/")[0];
            words.add(switch (first) {
                case "*" -> "do people";
                case "$" -> "?";
                default -> PLACEHOLDERS.getOrDefault(first, first);
            });
        }
        return String.join(" ", words).replace(" ?", "?");
    }
}
