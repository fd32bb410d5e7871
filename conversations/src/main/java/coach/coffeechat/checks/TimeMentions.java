package coach.coffeechat.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds explicit amounts of time in a text ("15 minutes", "10-15 min", "a 20-minute call", "half an hour", "an hour")
 * and how many minutes each asks for at most. Vague amounts ("a few minutes", "a little of your time") are not
 * found: a request should name a number. Amounts that are clearly not the meeting ("I spent an hour on your talk",
 * "ten minutes away") are left out. Stateless.
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

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("twentyfive", 25), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fortyfive", 45),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("ninety", 90));
    private static final String NUMBER = "(?:\\d{1,3}(?:[.,]\\d)?|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "fifteen|twenty[\\s-]?five|twenty|thirty|forty[\\s-]?five|forty|fifty|sixty|ninety)";
    // Every run of spaces is taken whole (possessively): what follows it is never a space, so giving some back cannot
    // help, and a run that is given back one space at a time makes "5" + many spaces cost their square.
    // An amount starts with a word or a number, never a space: a space is rejected before any amount is tried.
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}])(?=\\S)(?:"
            + "(?:(?<from>" + NUMBER + ")\\s*+(?:-|\\u2013|\\u2014|to|or)\\s*+)?(?<n>" + NUMBER + ")\\s*+(?:-\\s*+)?"
            + "(?<unit>minutes?|mins?|hours?|hrs?)"
            + "|(?<hourhalf>(?:an|one)\\s++hour\\s++and\\s++a\\s++half)"
            + "|(?<half>half(?:\\s++an|-an)?[\\s-]hour)"
            + "|(?<quarter>(?:a\\s++)?quarter(?:\\s++of)?\\s++an?\\s++hour|quarter[\\s-]hour)"
            + "|(?<hour>(?:an|one|a\\s++full|a\\s++whole)\\s++hour|hour[\\s-]long)"
            + "|(?<hours>(?:a\\s++couple\\s++of|a\\s++few|several)\\s++hours)"
            + ")(?![\\p{L}\\p{N}])", Phrases.FLAGS);
    // Amounts that measure something else: a commute, a habit, the past.
    private static final Pattern NOT_THE_MEETING_AFTER = Pattern.compile(
            "(?:\\s*+(?:-\\s*+)?(?:a|per|each|every)\\s++(?:day|week|month|year)"
                    + "|\\s++(?:ago|away|early|late|earlier|later|into)"
                    + "|[\\s-]++(?:walk|drive|commute|ride|train|flight|bus|journey))(?![\\p{L}\\p{N}])", Phrases.FLAGS);
    private static final WordsBefore NOT_THE_MEETING_BEFORE = new WordsBefore(Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:spent|spend|spending|took|watched|listened|reading|commute|drive|walk|last|past|every|each)"
                    + "\\s+(?:\\S+\\s+){0,2}$", Phrases.FLAGS), 3);
    // "not more than 20 minutes" bounds the time rather than refusing it.
    private static final WordsBefore LIMIT_BEFORE = new WordsBefore(Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:more|longer|over|beyond|than|most|max|maximum|up\\s+to|under|less|only|just|exceed|past)"
                    + "\\s+(?:\\S+\\s+)?$", Phrases.FLAGS), 3);

    private TimeMentions() {
    }

    /** The amounts of time in one sentence, left to right. */
    static List<Mention> in(Sentence sentence) {
        List<Mention> mentions = new ArrayList<>();
        Matcher matcher = MENTION.matcher(sentence.text());
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
    static List<Mention> asked(Sentence sentence) {
        return in(sentence).stream()
                .filter(mention -> !sentence.negates(mention.span().start())
                        || limitedBefore(sentence, mention.span().start()))
                .toList();
    }

    /** Whether the words just before {@code position} set a limit ("no more than", "under", "only"). */
    private static boolean limitedBefore(Sentence sentence, int position) {
        return LIMIT_BEFORE.endsAt(sentence.text(), sentence.clauseStart(position), position);
    }

    private static boolean measuresSomethingElse(Sentence sentence, int start, int end) {
        Matcher after = NOT_THE_MEETING_AFTER.matcher(sentence.text());
        after.region(end, sentence.span().end());
        if (after.lookingAt()) {
            return true;
        }
        return NOT_THE_MEETING_BEFORE.endsAt(sentence.text(), sentence.clauseStart(start), start);
    }

    private static int minutes(Matcher matcher) {
        if (matcher.group("n") != null) {
            double amount = number(matcher.group("n"));
            String unit = matcher.group("unit").toLowerCase(Locale.ROOT);
            return (int) Math.round(unit.startsWith("h") ? amount * 60 : amount);
        }
        if (matcher.group("hourhalf") != null) {
            return 90;
        }
        if (matcher.group("half") != null) {
            return 30;
        }
        if (matcher.group("quarter") != null) {
            return 15;
        }
        if (matcher.group("hour") != null) {
            return 60;
        }
        return 120;
    }

    private static double number(String written) {
        String key = written.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        Integer word = NUMBER_WORDS.get(key);
        return word != null ? word : Double.parseDouble(key.replace(',', '.'));
    }
}
