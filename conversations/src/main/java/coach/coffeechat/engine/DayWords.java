package coach.coffeechat.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words {@link DayReader} reads, in the current language and in English, folded as {@link TypedWords#fold}
 * leaves them ({@code words.day.*}, {@code words.number.*}, {@code words.weekday.*}, {@code words.month.*} and
 * {@code words.date.*} in {@code words.properties}).
 *
 * @param named a whole day named, by its distance from today ({@code yesterday} is -1)
 * @param fillers words before a day that add nothing ({@code on}, {@code the}, {@code el}, {@code am})
 * @param at words between a day and the time after it ({@code at}, {@code a las}, {@code um})
 * @param oclock words after an hour on a 24-hour clock ({@code Uhr}, {@code h})
 * @param last before or after a weekday: the last one before today
 * @param next before or after a weekday: the next one after today
 * @param thisOne before or after a weekday: the one the user is looking at
 * @param agoBefore before a number of days or weeks: that many ago ({@code hace}, {@code vor})
 * @param agoAfter after a number of days or weeks: that many ago ({@code ago})
 * @param in before a number of days or weeks: that many ahead
 * @param days the unit day, singular and plural
 * @param weeks the unit week, singular and plural
 * @param numbers numbers written out, one to ten
 * @param weekdays the weekdays' full names, Monday first
 * @param months the months' full names, January first
 * @param of words between a day and its month ({@code of}, {@code de})
 * @param numbersDayFirst whether a date in numbers ({@code 15.3.}, {@code 15/3/2026}) is read, day first
 */
record DayWords(Map<String, Integer> named, Set<String> fillers, Set<String> at, Set<String> oclock,
                Set<String> last, Set<String> next,
                Set<String> thisOne, Set<String> agoBefore, Set<String> agoAfter, Set<String> in, Set<String> days,
                Set<String> weeks, Map<String, Integer> numbers, List<Set<String>> weekdays, List<Set<String>> months,
                Set<String> of, boolean numbersDayFirst) {
    private static final int WEEKDAYS = 7;
    private static final int MONTHS = 12;
    private static final int NUMBERS = 10;

    /** The words of the current language and English. */
    static DayWords of(TypedWords words) {
        Map<String, Integer> named = new HashMap<>();
        Map<String, Integer> offsets = Map.of("today", 0, "tomorrow", 1, "yesterday", -1, "before-yesterday", -2,
                "after-tomorrow", 2);
        offsets.forEach((key, offset) -> words.forms("words.day." + key).forEach(form -> named.put(form, offset)));
        Map<String, Integer> numbers = new HashMap<>();
        for (int number = 1; number <= NUMBERS; number++) {
            int value = number;
            words.forms("words.number." + number).forEach(form -> numbers.put(form, value));
        }
        return new DayWords(Map.copyOf(named), words.forms("words.day.fillers"), words.forms("words.day.at"),
                words.forms("words.day.oclock"),
                words.forms("words.day.last"),
                words.forms("words.day.next"), words.forms("words.day.this"), words.forms("words.day.ago-before"),
                words.forms("words.day.ago-after"), words.forms("words.day.in"), words.forms("words.day.days"),
                words.forms("words.day.weeks"), Map.copyOf(numbers), numbered(words, "words.weekday.", WEEKDAYS),
                numbered(words, "words.month.", MONTHS), words.forms("words.date.of"),
                "yes".equals(words.setting("words.date.numbers-day-first")));
    }

    private static List<Set<String>> numbered(TypedWords words, String prefix, int count) {
        List<Set<String>> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(words.forms(prefix + i));
        }
        return List.copyOf(names);
    }
}
