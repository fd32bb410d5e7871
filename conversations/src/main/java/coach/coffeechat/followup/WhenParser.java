package coach.coffeechat.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when a meeting is, the way people type it: {@code 2026-03-12 16:00}, {@code tomorrow 9:30},
 * {@code Thursday 4pm}, {@code thu 16:00}, {@code thurs. 4pm}, {@code today noon}, or time first:
 * {@code 4pm thursday}, {@code 4pm on thursday}. A weekday means its next occurrence (today counts only when the
 * time is still ahead). {@link #timeOfDay(String)} reads a time alone. Stateless and thread-safe.
 */
public final class WhenParser {
    private static final Pattern WHEN = Pattern.compile(
            "^(?<day>\\d{4}-\\d{2}-\\d{2}|today|tomorrow|[a-z]+)\\.?(?:[ t,]+(?:at\\s+)?(?<time>.+))?$");
    /** Time first: {@code 4pm thursday}, {@code 16:00 on 2026-03-12}, {@code noon tomorrow}. */
    private static final Pattern TIME_FIRST = Pattern.compile(
            "^(?<time>\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)?|noon|midnight),? (?:on )?"
                    + "(?<day>\\d{4}-\\d{2}-\\d{2}|today|tomorrow|[a-z]+)\\.?$");
    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?$");
    /**
     * Far longer than any date and time written as above. Longer text is refused before {@link #WHEN} sees it:
     * on a long run of letters broken by a line separator (U+2028, U+0085), which "." does not match, the
     * pattern tries every split of the run, and 5,000 characters took minutes.
     */
    private static final int MAX_LENGTH = 64;

    private WhenParser() {
    }

    /**
     * The local date and time meant, or empty when it cannot be read.
     *
     * @param typed what the user typed
     * @param now the user's local date and time now
     */
    public static Optional<LocalDateTime> parse(String typed, LocalDateTime now) {
        String text = typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher when = TIME_FIRST.matcher(text);
        if (!when.matches()) {
            when = WHEN.matcher(text);
            if (!when.matches() || when.group("time") == null) {
                return Optional.empty();
            }
        }
        Optional<LocalTime> time = timeOfDay(when.group("time").strip());
        if (time.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> day = day(when.group("day"), now, time.get());
        return day.map(date -> date.atTime(time.get()));
    }

    private static Optional<LocalDate> day(String day, LocalDateTime now, LocalTime time) {
        if (day.equals("today")) {
            return Optional.of(now.toLocalDate());
        }
        if (day.equals("tomorrow")) {
            return Optional.of(now.toLocalDate().plusDays(1));
        }
        if (Character.isDigit(day.charAt(0))) {
            try {
                return Optional.of(LocalDate.parse(day));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
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
}
