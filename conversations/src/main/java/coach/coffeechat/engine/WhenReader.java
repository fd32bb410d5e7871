package coach.coffeechat.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads days and times the way people type them, the one reader for every command and flow that asks when:
 * <ul>
 *   <li>{@link #dateTime} when a meeting will be ({@code /meeting schedule}): {@code 2026-03-12 16:00},
 *       {@code tomorrow 9:30}, {@code Thursday 4pm}, {@code thu 16:00}, {@code thurs. 4pm}, {@code today noon}, or
 *       time first: {@code 4pm thursday}, {@code 4pm on thursday}. A weekday means its next occurrence (today
 *       counts only when the time is still ahead).</li>
 *   <li>{@link #date} when a meeting was ({@code /meeting log}): {@code today}, {@code yesterday} or
 *       {@code 2026-03-12}; nothing typed means today.</li>
 *   <li>{@link #timeOfDay} a time alone (quiet hours): {@code 16:00}, {@code 4pm}, {@code noon}.</li>
 * </ul>
 * Case and spacing do not matter; ISO dates must exist. Text longer than any of these forms is refused unread.
 * Stateless and thread-safe.
 */
public final class WhenReader {
    private static final String DAY = "\\d{4}-\\d{2}-\\d{2}|today|tomorrow|[a-z]+";
    private static final Pattern DAY_FIRST = Pattern.compile(
            "^(?<day>" + DAY + ")\\.?(?:[ t,]+(?:at\\s+)?(?<time>.+))?$");
    /** Time first: {@code 4pm thursday}, {@code 16:00 on 2026-03-12}, {@code noon tomorrow}. */
    private static final Pattern TIME_FIRST = Pattern.compile(
            "^(?<time>\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)?|noon|midnight),? (?:on )?(?<day>" + DAY + ")\\.?$");
    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?$");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Days named from today when looking ahead, as offsets in days. */
    private static final Map<String, Integer> AHEAD = Map.of("today", 0, "tomorrow", 1);
    /** Days named from today when looking back, as offsets in days. */
    private static final Map<String, Integer> BACK = Map.of("today", 0, "yesterday", -1);
    /**
     * Far longer than any date and time written as above. Longer text is refused before {@link #DAY_FIRST} sees
     * it: on a long run of letters broken by a line separator (U+2028, U+0085), which "." does not match, the
     * pattern tries every split of the run, and 5,000 characters took minutes.
     */
    private static final int MAX_LENGTH = 64;

    private WhenReader() {
    }

    /**
     * The local date and time meant, looking ahead from {@code now}, or empty when it cannot be read. Today with a
     * time already past stays today, so the caller can say it is past.
     *
     * @param typed what the user typed
     * @param now the user's local date and time now
     */
    public static Optional<LocalDateTime> dateTime(String typed, LocalDateTime now) {
        Optional<String> text = normalised(typed);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher when = TIME_FIRST.matcher(text.get());
        if (!when.matches()) {
            when = DAY_FIRST.matcher(text.get());
            if (!when.matches() || when.group("time") == null) {
                return Optional.empty();
            }
        }
        Optional<LocalTime> time = timeOfDay(when.group("time").strip());
        if (time.isEmpty()) {
            return Optional.empty();
        }
        String day = when.group("day");
        Optional<LocalDate> date = namedDay(day, now.toLocalDate(), AHEAD).or(() -> nextWeekday(day, now, time.get()));
        return date.map(found -> found.atTime(time.get()));
    }

    /**
     * The local date meant, looking back from {@code today}: today (also when nothing is typed), yesterday, or an ISO
     * date, which may be any day that exists: the caller decides which days it takes. Empty when it cannot be read.
     *
     * @param typed what the user typed
     * @param today the user's local date today
     */
    public static Optional<LocalDate> date(String typed, LocalDate today) {
        Optional<String> text = normalised(typed);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return text.get().isEmpty() ? Optional.of(today) : namedDay(text.get(), today, BACK);
    }

    /**
     * A time of day as people type it: {@code 16:00}, {@code 9:30}, {@code 4pm}, {@code 4:30 pm}, {@code noon},
     * {@code midnight}; empty for anything else, a bare hour included (morning or afternoon?).
     */
    public static Optional<LocalTime> timeOfDay(String typed) {
        String text = typed.strip().toLowerCase(Locale.ROOT);
        if (text.equals("noon")) {
            return Optional.of(LocalTime.NOON);
        }
        if (text.equals("midnight")) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        Matcher matcher = TIME.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        String half = matcher.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        } else if (matcher.group(2) == null) {
            return Optional.empty();
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** The text in lower case with single spaces, or empty when it is too long to be a day and time. */
    private static Optional<String> normalised(String typed) {
        String text = typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return text.length() > MAX_LENGTH ? Optional.empty() : Optional.of(text);
    }

    /** A day named from today ({@code relative}) or an ISO date that exists. */
    private static Optional<LocalDate> namedDay(String day, LocalDate today, Map<String, Integer> relative) {
        Integer offset = relative.get(day);
        if (offset != null) {
            return Optional.of(today.plusDays(offset));
        }
        if (!ISO_DATE.matcher(day).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The next day of the weekday named (three letters at least), today only when {@code time} is still ahead. */
    private static Optional<LocalDate> nextWeekday(String day, LocalDateTime now, LocalTime time) {
        for (DayOfWeek weekday : DayOfWeek.values()) {
            String full = weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (day.length() >= 3 && full.startsWith(day)) {
                LocalDate date = now.toLocalDate();
                while (date.getDayOfWeek() != weekday || !date.atTime(time).isAfter(now)) {
                    date = date.plusDays(1);
                }
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }
}
