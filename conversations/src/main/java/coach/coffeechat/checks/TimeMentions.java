package coach.coffeechat.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds explicit amounts of time in a text ("15 minutes", "10-15 min", "a 20-minute call", "half an hour", "an hour")
 * and how many minutes each asks for at most. Vague amounts ("a few minutes", "a little of your time") are not
 * found: a request should name a number. Amounts that are clearly not the meeting ("I spent an hour on your talk",
 * "ten minutes away") are left out. The words are a language's ({@code time.*} in {@code config/checks.properties});
 * the grammar is fixed here. Immutable and thread-safe.
 */
final class TimeMentions {
    /**
     * One amount of time.
     *
     * @param span where it is written
     * @param minutes the most minutes it stands for (the upper end of a range)
     */
    record Mention(Span span, int minutes) {
    }

    private static final String DIGITS = "\\d{1,3}(?:[.,]\\d)?";
    private static final Pattern NUMBER_WORD_SEPARATORS = Pattern.compile("[\\s-]");

    private final Map<String, Integer> numberWords;
    private final Pattern mention;
    private final int[] amountMinutes;
    private final Pattern notTheMeetingAfter;
    private final WordsBefore notTheMeetingBefore;
    private final WordsBefore limitBefore;

    private TimeMentions(Map<String, Integer> numberWords, Pattern mention, int[] amountMinutes,
                         Pattern notTheMeetingAfter, WordsBefore notTheMeetingBefore, WordsBefore limitBefore) {
        this.numberWords = Map.copyOf(numberWords);
        this.mention = mention;
        this.amountMinutes = amountMinutes.clone();
        this.notTheMeetingAfter = notTheMeetingAfter;
        this.notTheMeetingBefore = notTheMeetingBefore;
        this.limitBefore = limitBefore;
    }

    /** Reads and checks the {@code time.*} settings. */
    static TimeMentions read(CheckSettingValues values) {
        Map<String, Integer> numberWords = new HashMap<>();
        List<String> writtenNumbers = new ArrayList<>();
        for (String entry : values.list("time.number-words")) {
            String[] parts = pair(values, "time.number-words", entry);
            numberWords.put(numberKey(parts[0]), minutesOf(values, "time.number-words", entry, parts[1]));
            writtenNumbers.add(parts[0]);
        }
        String number = "(?:" + DIGITS + (writtenNumbers.isEmpty() ? ""
                : "|" + Phrases.alternation("time.number-words", writtenNumbers)) + ")";
        List<String> amounts = new ArrayList<>();
        List<Integer> minutes = new ArrayList<>();
        for (String entry : values.list("time.amounts")) {
            String[] parts = pair(values, "time.amounts", entry);
            amounts.add("(?<a" + amounts.size() + ">" + Phrases.alternation("time.amounts", List.of(parts[0])) + ")");
            minutes.add(minutesOf(values, "time.amounts", entry, parts[1]));
        }
        // Every run of spaces is taken whole (possessively): what follows it is never a space, so giving some back
        // cannot help, and a run that is given back one space at a time makes "5" + many spaces cost their square.
        // An amount starts with a word or a number, never a space: a space is rejected before any amount is tried.
        Pattern mention = Pattern.compile("(?<![\\p{L}\\p{N}])(?=\\S)(?:"
                + "(?:(?<from>" + number + ")\\s*+(?:-|\\u2013|\\u2014|"
                + Phrases.alternation("time.range-words", values.list("time.range-words")) + ")\\s*+)?"
                + "(?<n>" + number + ")\\s*+(?:-\\s*+)?"
                + "(?:(?<minuteunit>" + units(values, "time.minute-units") + ")|(?<hourunit>"
                + units(values, "time.hour-units") + "))"
                + (amounts.isEmpty() ? "" : "|" + String.join("|", amounts))
                + ")(?![\\p{L}\\p{N}])", Phrases.FLAGS);
        // Amounts that measure something else: a commute, a habit, the past.
        Pattern after = Pattern.compile("[\\s-]++" + Phrases.alternation("time.not-the-meeting-after",
                values.list("time.not-the-meeting-after")) + "(?![\\p{L}\\p{N}])", Phrases.FLAGS);
        WordsBefore before = wordsBefore(values, "time.not-the-meeting-before", "\\s+(?:\\S+\\s+){0,2}$", 2);
        // "not more than 20 minutes" bounds the time rather than refusing it.
        WordsBefore limit = wordsBefore(values, "time.limits", "\\s+(?:\\S+\\s+)?$", 1);
        return new TimeMentions(numberWords, mention, minutes.stream().mapToInt(Integer::intValue).toArray(), after,
                before, limit);
    }

    private static String units(CheckSettingValues values, String key) {
        List<String> units = new ArrayList<>(values.wordList(key));
        units.sort(Comparator.comparingInt(String::length).reversed());
        return Phrases.alternation(key, units);
    }

    /** A cue, then up to {@code wordsAfter} words, ending where the amount starts. */
    private static WordsBefore wordsBefore(CheckSettingValues values, String key, String tail, int wordsAfter) {
        List<String> cues = values.list(key);
        int longest = cues.stream().mapToInt(cue -> cue.split(" ").length).max().orElse(1);
        return new WordsBefore(Pattern.compile("(?<![\\p{L}\\p{N}])" + Phrases.alternation(key, cues) + tail,
                Phrases.FLAGS), longest + wordsAfter);
    }

    private static String[] pair(CheckSettingValues values, String key, String entry) {
        int equals = entry.lastIndexOf('=');
        if (equals <= 0) {
            throw values.bad(key, entry, "entries written as words=minutes, such as 'half an hour=30'");
        }
        return new String[] {entry.substring(0, equals).strip(), entry.substring(equals + 1).strip()};
    }

    private static int minutesOf(CheckSettingValues values, String key, String entry, String written) {
        try {
            int parsed = Integer.parseInt(written);
            if (parsed >= 1 && parsed <= 1_000) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw values.bad(key, entry, "a whole number from 1 to 1000 after the '='");
    }

    private static String numberKey(String written) {
        return NUMBER_WORD_SEPARATORS.matcher(written.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** The amounts of time in one sentence, left to right. */
    List<Mention> in(Sentence sentence) {
        List<Mention> mentions = new ArrayList<>();
        Matcher matcher = mention.matcher(sentence.text());
        matcher.region(sentence.span().start(), sentence.span().end());
        matcher.useTransparentBounds(true);
        while (matcher.find()) {
            if (measuresSomethingElse(sentence, matcher.start(), matcher.end())) {
                continue;
            }
            mentions.add(new Mention(new Span(matcher.start(), matcher.end()), minutes(matcher)));
        }
        return mentions;
    }

    /**
     * The amounts of time a sentence asks for: "I won't need an hour" asks for none, "no more than 20 minutes" does.
     */
    List<Mention> asked(Sentence sentence) {
        return in(sentence).stream()
                .filter(mention -> !sentence.negates(mention.span().start())
                        || limitedBefore(sentence, mention.span().start()))
                .toList();
    }

    /** Whether the words just before {@code position} set a limit ("no more than", "under", "only"). */
    private boolean limitedBefore(Sentence sentence, int position) {
        return limitBefore.endsAt(sentence.text(), sentence.clauseStart(position), position);
    }

    private boolean measuresSomethingElse(Sentence sentence, int start, int end) {
        Matcher after = notTheMeetingAfter.matcher(sentence.text());
        after.region(end, sentence.span().end());
        if (after.lookingAt()) {
            return true;
        }
        return notTheMeetingBefore.endsAt(sentence.text(), sentence.clauseStart(start), start);
    }

    private int minutes(Matcher matcher) {
        if (matcher.group("n") != null) {
            double amount = number(matcher.group("n"));
            return (int) Math.round(matcher.group("hourunit") != null ? amount * 60 : amount);
        }
        for (int i = 0; i < amountMinutes.length; i++) {
            if (matcher.group("a" + i) != null) {
                return amountMinutes[i];
            }
        }
        throw new IllegalStateException("an amount of time matched no group: " + matcher.group());
    }

    private double number(String written) {
        String key = numberKey(written);
        Integer word = numberWords.get(key);
        if (word != null) {
            return word;
        }
        return Double.parseDouble(key.replace(',', '.'));
    }
}
