package coach.coffeechat.engine;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a day as people type it, the same words whether a meeting was ({@code /meeting log}) or will be
 * ({@code /meeting schedule}); only a weekday alone depends on which way the user is looking:
 * <ul>
 *   <li>{@code today}, {@code yesterday}, {@code tomorrow}, {@code the day before yesterday},
 *       {@code day after tomorrow}, an ISO date {@code 2026-03-12};</li>
 *   <li>a weekday, full or from three letters ({@code thursday}, {@code thu}, {@code thurs.}, {@code on monday},
 *       {@code this friday}): its last occurrence looking back (today counts), its next looking ahead (today counts
 *       when the caller says so); {@code last thursday} is always before today, {@code next thursday} after it;</li>
 *   <li>{@code 3 days ago}, {@code a week ago}, {@code two weeks ago}, {@code in 3 days}, {@code in a week};</li>
 *   <li>a day of a month: {@code 2 Dec}, {@code 2nd December}, {@code Dec 2}, {@code 1st of March}, with or without
 *       a year ({@code 2 Dec 2025}); without one, the last looking back or the next looking ahead, unless one
 *       within a month of today lies the other way.</li>
 * </ul>
 * A day read may lie on either side of today: the caller refuses a future log or a past booking with its own
 * words. The words are the user's language's as well as English's ({@link DayWords}: {@code mañana},
 * {@code el jueves pasado}, {@code hace 3 días}, {@code 15 de marzo}, {@code vor 3 Tagen}, {@code 15. März}), and
 * a language that writes dates day first also has them read in numbers ({@code 15.3.}, {@code 15/3/2026}). The text
 * comes in lower case with single spaces. Stateless and thread-safe.
 */
final class DayReader {
    /** Which way a weekday alone points. */
    enum Looking {
        /** When a meeting will be. */
        AHEAD,
        /** When a meeting was. */
        BACK
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** A date in numbers, day first: {@code 15.3}, {@code 15/03/2026} (a final full stop is already gone). */
    static final Pattern NUMBERS_DAY_FIRST = Pattern.compile("(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{4}))?");
    /** The furthest "so many days ago" or "in so many days" reaches, in days. */
    private static final int MAX_DAYS = 366;
    /** How near today a day of a month without a year is taken as meant even on the other side of today. */
    private static final int SLIP_DAYS = 31;
    /** The shortest abbreviation of a weekday or a month. */
    private static final int MIN_ABBREVIATION = 3;

    private DayReader() {
    }

    /**
     * The day meant, or empty when it cannot be read.
     *
     * @param text the day, lower case, words separated by single spaces
     * @param today the user's local date
     * @param looking which way a weekday alone points
     * @param todayCounts whether a weekday alone may be today (looking ahead: only while the time is still ahead)
     * @param vocabulary the words of the user's language and English
     */
    static Optional<LocalDate> read(String text, LocalDate today, Looking looking, boolean todayCounts,
                                    DayWords vocabulary) {
        List<String> words = words(TypedWords.fold(text), vocabulary);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Integer offset = vocabulary.named().get(String.join(" ", words));
        if (offset != null) {
            return Optional.of(today.plusDays(offset));
        }
        if (words.size() == 1) {
            return iso(words.get(0)).or(() -> numbers(words.get(0), today, looking, vocabulary))
                    .or(() -> weekday(words.get(0), vocabulary).map(day -> nearest(day, today, looking, todayCounts)));
        }
        return namedWeekday(words, today, looking, todayCounts, vocabulary)
                .or(() -> relative(words, today, vocabulary))
                .or(() -> dayOfMonth(words, today, looking, vocabulary));
    }

    /**
     * The words without the fillers before them ("on", "the", "el", "am") and without the full stop of an
     * abbreviation or of a German day number ({@code 15.}).
     */
    private static List<String> words(String text, DayWords vocabulary) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[ ,]++")) {
            String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (!bare.isEmpty()) {
                words.add(bare);
            }
        }
        while (!words.isEmpty() && vocabulary.fillers().contains(words.get(0))) {
            words.remove(0);
        }
        return words;
    }

    /** A weekday with "last", "next" or "this" before or after it: {@code last thursday}, {@code el jueves pasado}. */
    private static Optional<LocalDate> namedWeekday(List<String> words, LocalDate today, Looking looking,
                                                    boolean todayCounts, DayWords vocabulary) {
        List<Set<String>> modifiers = List.of(vocabulary.last(), vocabulary.next(), vocabulary.thisOne());
        for (int which = 0; which < modifiers.size(); which++) {
            Set<String> phrases = modifiers.get(which);
            int before = TypedWords.leading(words, phrases);
            int after = TypedWords.trailing(words, phrases);
            Optional<DayOfWeek> day = Optional.empty();
            if (before > 0 && words.size() == before + 1) {
                day = weekday(words.get(before), vocabulary);
            } else if (after > 0 && words.size() == after + 1) {
                day = weekday(words.get(0), vocabulary);
            }
            if (day.isPresent()) {
                return Optional.of(switch (which) {
                    case 0 -> nearest(day.get(), today, Looking.BACK, false);
                    case 1 -> nearest(day.get(), today, Looking.AHEAD, false);
                    default -> nearest(day.get(), today, looking, todayCounts);
                });
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> iso(String word) {
        if (!ISO_DATE.matcher(word).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(word));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The weekday named in full or by its first three letters or more. */
    static Optional<DayOfWeek> weekday(String word, DayWords vocabulary) {
        return named(word, vocabulary.weekdays()).map(index -> DayOfWeek.of(index + 1));
    }

    /** The place in {@code names} of the name {@code word} is, in full or by its first three letters or more. */
    private static Optional<Integer> named(String word, List<Set<String>> names) {
        if (word.length() < MIN_ABBREVIATION) {
            return Optional.empty();
        }
        for (int i = 0; i < names.size(); i++) {
            for (String name : names.get(i)) {
                if (name.startsWith(word)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    /** The nearest {@code day} looking back or ahead from today, today itself only when it counts. */
    private static LocalDate nearest(DayOfWeek day, LocalDate today, Looking looking, boolean todayCounts) {
        int step = looking == Looking.AHEAD ? 1 : -1;
        LocalDate date = todayCounts ? today : today.plusDays(step);
        while (date.getDayOfWeek() != day) {
            date = date.plusDays(step);
        }
        return date;
    }

    /** {@code 3 days ago}, {@code a week ago}, {@code in 3 days}, {@code hace 3 días}, {@code vor 3 Tagen}. */
    private static Optional<LocalDate> relative(List<String> words, LocalDate today, DayWords vocabulary) {
        int sign;
        List<String> amount;
        int agoBefore = TypedWords.leading(words, vocabulary.agoBefore());
        int in = TypedWords.leading(words, vocabulary.in());
        int agoAfter = TypedWords.trailing(words, vocabulary.agoAfter());
        if (agoBefore > 0 && words.size() == agoBefore + 2) {
            sign = -1;
            amount = words.subList(agoBefore, words.size());
        } else if (in > 0 && words.size() == in + 2) {
            sign = 1;
            amount = words.subList(in, words.size());
        } else if (agoAfter > 0 && words.size() == agoAfter + 2) {
            sign = -1;
            amount = words.subList(0, 2);
        } else {
            return Optional.empty();
        }
        String count = amount.get(0);
        Integer number = vocabulary.numbers().get(count);
        if (number == null && COUNT.matcher(count).matches()) {
            number = Integer.parseInt(count);
        }
        String unitWord = amount.get(1);
        int unit = vocabulary.days().contains(unitWord) ? 1 : vocabulary.weeks().contains(unitWord) ? 7 : 0;
        if (number == null || number < 1 || unit == 0 || number * unit > MAX_DAYS) {
            return Optional.empty();
        }
        return Optional.of(today.plusDays((long) sign * number * unit));
    }

    /** {@code 15.3}, {@code 15/3/2026}: a date in numbers, day first, in a language that writes them so. */
    private static Optional<LocalDate> numbers(String word, LocalDate today, Looking looking, DayWords vocabulary) {
        Matcher date = NUMBERS_DAY_FIRST.matcher(word);
        if (!vocabulary.numbersDayFirst() || !date.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(date.group(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        Optional<Integer> year = Optional.ofNullable(date.group(3)).map(Integer::parseInt);
        return dayOf(year, Month.of(month), Integer.parseInt(date.group(1)), today, looking);
    }

    /**
     * {@code 2 Dec}, {@code Dec 2nd}, {@code 1st of March}, each with an optional year. Without one: the last such
     * day looking back, the next looking ahead, unless one within {@link #SLIP_DAYS} of today lies the other way
     * (a log of "4 March" on 3 March is a day ahead, which the caller can point out, not a year ago).
     */
    private static Optional<LocalDate> dayOfMonth(List<String> words, LocalDate today, Looking looking,
                                                  DayWords vocabulary) {
        List<String> rest = new ArrayList<>(words);
        Optional<Integer> year = Optional.empty();
        if (YEAR.matcher(rest.get(rest.size() - 1)).matches()) {
            year = Optional.of(Integer.parseInt(rest.remove(rest.size() - 1)));
        }
        if (year.isPresent() && rest.size() == 4 && vocabulary.of().contains(rest.get(3))) {
            rest.remove(3);
        }
        if (rest.size() == 3 && vocabulary.of().contains(rest.get(1))) {
            rest.remove(1);
        }
        if (rest.size() != 2) {
            return Optional.empty();
        }
        Optional<Month> month = month(rest.get(1), vocabulary);
        Matcher day = DAY_OF_MONTH.matcher(rest.get(0));
        if (month.isEmpty()) {
            month = month(rest.get(0), vocabulary);
            day = DAY_OF_MONTH.matcher(rest.get(1));
        }
        if (month.isEmpty() || !day.matches()) {
            return Optional.empty();
        }
        return dayOf(year, month.get(), Integer.parseInt(day.group(1)), today, looking);
    }

    /** The day of the month in the year given, or without one the day meant as {@link #dayOfMonth} says. */
    private static Optional<LocalDate> dayOf(Optional<Integer> year, Month month, int dayOfMonth, LocalDate today,
                                             Looking looking) {
        if (year.isPresent()) {
            return date(year.get(), month, dayOfMonth);
        }
        List<LocalDate> candidates = new ArrayList<>();
        for (int each = today.getYear() - 1; each <= today.getYear() + 1; each++) {
            date(each, month, dayOfMonth).ifPresent(candidates::add);
        }
        Optional<LocalDate> nearest = candidates.stream()
                .min(Comparator.comparingLong(date -> Math.abs(ChronoUnit.DAYS.between(today, date))));
        if (nearest.isPresent() && Math.abs(ChronoUnit.DAYS.between(today, nearest.get())) <= SLIP_DAYS) {
            return nearest;
        }
        return looking == Looking.BACK
                ? candidates.stream().filter(date -> !date.isAfter(today)).max(Comparator.naturalOrder())
                : candidates.stream().filter(date -> !date.isBefore(today)).min(Comparator.naturalOrder());
    }

    private static Optional<LocalDate> date(int year, Month month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The month named in full or by its first three letters or more ({@code sept} too). */
    private static Optional<Month> month(String word, DayWords vocabulary) {
        return named(word, vocabulary.months()).map(index -> Month.of(index + 1));
    }
}
