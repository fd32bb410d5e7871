package coach.coffeechat.engine;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * words. The text comes in lower case with single spaces. Stateless and thread-safe.
 */
final class DayReader {
    /** Which way a weekday alone points. */
    enum Looking {
        /** When a meeting will be. */
        AHEAD,
        /** When a meeting was. */
        BACK
    }

    private static final Map<String, Integer> NAMED = Map.of("today", 0, "tomorrow", 1, "yesterday", -1,
            "day before yesterday", -2, "day after tomorrow", 2);
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10));
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
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
     */
    static Optional<LocalDate> read(String text, LocalDate today, Looking looking, boolean todayCounts) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Integer offset = NAMED.get(String.join(" ", words));
        if (offset != null) {
            return Optional.of(today.plusDays(offset));
        }
        if (words.size() == 1) {
            return iso(words.get(0)).or(() -> weekday(words.get(0))
                    .map(day -> nearest(day, today, looking, todayCounts)));
        }
        if (words.size() == 2 && List.of("last", "next", "this").contains(words.get(0))) {
            return weekday(words.get(1)).map(day -> switch (words.get(0)) {
                case "last" -> nearest(day, today, Looking.BACK, false);
                case "next" -> nearest(day, today, Looking.AHEAD, false);
                default -> nearest(day, today, looking, todayCounts);
            });
        }
        return relative(words, today).or(() -> dayOfMonth(words, today, looking));
    }

    /** The words without a leading "on" or "the" and without the full stop of an abbreviation. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[ ,]+")) {
            String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (!bare.isEmpty()) {
                words.add(bare);
            }
        }
        while (!words.isEmpty() && (words.get(0).equals("on") || words.get(0).equals("the"))) {
            words.remove(0);
        }
        return words;
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
    private static Optional<DayOfWeek> weekday(String word) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (word.length() >= MIN_ABBREVIATION && name(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    .startsWith(word)) {
                return Optional.of(day);
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

    /** {@code 3 days ago}, {@code a week ago}, {@code in 3 days}, {@code in a week}. */
    private static Optional<LocalDate> relative(List<String> words, LocalDate today) {
        int sign;
        List<String> amount;
        if (words.size() == 3 && words.get(2).equals("ago")) {
            sign = -1;
            amount = words.subList(0, 2);
        } else if (words.size() == 3 && words.get(0).equals("in")) {
            sign = 1;
            amount = words.subList(1, 3);
        } else {
            return Optional.empty();
        }
        String count = amount.get(0);
        Integer number = NUMBERS.get(count);
        if (number == null && COUNT.matcher(count).matches()) {
            number = Integer.parseInt(count);
        }
        int unit = switch (amount.get(1)) {
            case "day", "days" -> 1;
            case "week", "weeks" -> 7;
            default -> 0;
        };
        if (number == null || number < 1 || unit == 0 || number * unit > MAX_DAYS) {
            return Optional.empty();
        }
        return Optional.of(today.plusDays((long) sign * number * unit));
    }

    /**
     * {@code 2 Dec}, {@code Dec 2nd}, {@code 1st of March}, each with an optional year. Without one: the last such
     * day looking back, the next looking ahead, unless one within {@link #SLIP_DAYS} of today lies the other way
     * (a log of "4 March" on 3 March is a day ahead, which the caller can point out, not a year ago).
     */
    private static Optional<LocalDate> dayOfMonth(List<String> words, LocalDate today, Looking looking) {
        List<String> rest = new ArrayList<>(words);
        Optional<Integer> year = Optional.empty();
        if (YEAR.matcher(rest.get(rest.size() - 1)).matches()) {
            year = Optional.of(Integer.parseInt(rest.remove(rest.size() - 1)));
        }
        if (rest.size() == 3 && rest.get(1).equals("of")) {
            rest.remove(1);
        }
        if (rest.size() != 2) {
            return Optional.empty();
        }
        Optional<Month> month = month(rest.get(1));
        Matcher day = DAY_OF_MONTH.matcher(rest.get(0));
        if (month.isEmpty()) {
            month = month(rest.get(0));
            day = DAY_OF_MONTH.matcher(rest.get(1));
        }
        if (month.isEmpty() || !day.matches()) {
            return Optional.empty();
        }
        int dayOfMonth = Integer.parseInt(day.group(1));
        if (year.isPresent()) {
            return date(year.get(), month.get(), dayOfMonth);
        }
        List<LocalDate> candidates = new ArrayList<>();
        for (int each = today.getYear() - 1; each <= today.getYear() + 1; each++) {
            date(each, month.get(), dayOfMonth).ifPresent(candidates::add);
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
    private static Optional<Month> month(String word) {
        for (Month month : Month.values()) {
            if (word.length() >= MIN_ABBREVIATION && name(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    .startsWith(word)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    private static String name(String displayName) {
        return displayName.toLowerCase(Locale.ROOT);
    }
}
