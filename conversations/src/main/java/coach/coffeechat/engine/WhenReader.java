package coach.coffeechat.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads days and times the way people type them, the one reader for every command and flow that asks when. The
 * day is read by {@link DayReader}, with the same words both ways ({@code today}, {@code thursday},
 * {@code last thursday}, {@code 3 days ago}, {@code in 3 days}, {@code 2 Dec}, {@code 2026-03-12}...):
 * <ul>
 *   <li>{@link #dateTime} when a meeting will be ({@code /meeting schedule}): a day and a time, either first:
 *       {@code 2026-03-12 16:00}, {@code tomorrow 9:30}, {@code Thursday 4pm}, {@code thurs. at 4pm},
 *       {@code 2 Dec 4pm}, {@code 4pm on thursday}. A weekday alone means its next occurrence (today counts only
 *       when the time is still ahead).</li>
 *   <li>{@link #date} when a meeting was ({@code /meeting log}): a day alone, a weekday alone meaning its last
 *       occurrence (today counts); nothing typed means today.</li>
 *   <li>{@link #dayAhead} a day planned ({@code /challenge start}), a weekday alone meaning its next
 *       occurrence (today counts).</li>
 *   <li>{@link #timeOfDay} a time alone (quiet hours): {@code 16:00}, {@code 4pm}, {@code noon}.</li>
 * </ul>
 * A day on the wrong side of today is read all the same, so that the caller can say so. Case and spacing do not
 * matter; dates must exist. Text longer than any of these forms is refused unread. Stateless and thread-safe.
 */
public final class WhenReader {
    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?$");
    /** An hour and perhaps its minutes, before the word for o'clock: {@code 16}, {@code 16:30}, {@code 16.30}. */
    static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?");
    /** An ISO date and time joined by a T, as {@code 2026-03-12T16:00}. */
    private static final Pattern ISO_T = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})t");
    /** The most words a time takes: {@code 4:30 pm}. */
    private static final int TIME_WORDS = 2;
    /** Far longer than any date and time written as above; longer text is refused unread. */
    private static final int MAX_LENGTH = 64;

    private WhenReader() {
    }

    /**
     * The local date and time meant, looking ahead from {@code now}, or empty when it cannot be read. A day already
     * past ({@code yesterday 4pm}), and today with a time already past, are read as they are, so the caller can say
     * they are past.
     *
     * @param words the words of the user's language and English
     * @param typed what the user typed
     * @param now the user's local date and time now
     */
    public static Optional<LocalDateTime> dateTime(TypedWords words, String typed, LocalDateTime now) {
        Optional<String> text = normalised(typed);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        DayWords vocabulary = DayWords.of(words);
        List<String> parts = List.of(ISO_T.matcher(text.get()).replaceFirst("$1 ").split("[ ,]+"));
        for (int count = 1; count <= TIME_WORDS && count < parts.size(); count++) {
            Optional<LocalDateTime> timeLast = at(parts.subList(0, parts.size() - count),
                    parts.subList(parts.size() - count, parts.size()), "at", now, vocabulary);
            if (timeLast.isPresent()) {
                return timeLast;
            }
            Optional<LocalDateTime> timeFirst = at(parts.subList(count, parts.size()), parts.subList(0, count),
                    "on", now, vocabulary);
            if (timeFirst.isPresent()) {
                return timeFirst;
            }
        }
        return Optional.empty();
    }

    /**
     * The day in {@code dayWords} at the time in {@code timeWords}; {@code joiner} may stand between them: {@code at}
     * (or the language's {@code a las}, {@code um}) before a time that comes last, {@code on} before a day that does.
     */
    private static Optional<LocalDateTime> at(List<String> dayWords, List<String> timeWords, String joiner,
                                              LocalDateTime now, DayWords vocabulary) {
        Optional<LocalTime> time = timeOfDay(String.join(" ", timeWords))
                .or(() -> onTheClock(timeWords, vocabulary));
        if (time.isEmpty()) {
            return Optional.empty();
        }
        List<String> day = new ArrayList<>(dayWords);
        if (joiner.equals("at")) {
            List<String> folded = day.stream().map(TypedWords::fold).toList();
            day = day.subList(0, day.size() - TypedWords.trailing(folded, vocabulary.at()));
        } else if (!day.isEmpty() && day.get(0).equals(joiner)) {
            day.remove(0);
        }
        boolean todayCounts = now.toLocalDate().atTime(time.get()).isAfter(now);
        return DayReader.read(String.join(" ", day), now.toLocalDate(), DayReader.Looking.AHEAD, todayCounts,
                        vocabulary)
                .map(date -> date.atTime(time.get()));
    }

    /**
     * The local date meant, looking back from {@code today}: any day {@link DayReader} reads (also one ahead, which
     * the caller refuses in its own words), a weekday alone being its last occurrence; nothing typed means today.
     * Empty when it cannot be read.
     *
     * @param words the words of the user's language and English
     * @param typed what the user typed
     * @param today the user's local date today
     */
    public static Optional<LocalDate> date(TypedWords words, String typed, LocalDate today) {
        Optional<String> text = normalised(typed);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return text.get().isEmpty() ? Optional.of(today)
                : DayReader.read(text.get(), today, DayReader.Looking.BACK, true, DayWords.of(words));
    }

    /**
     * A day ahead, such as the first or last day of something planned ({@code /challenge start}): any day
     * {@link DayReader} reads, a weekday alone being its next occurrence (today counts). A day already past is read
     * as it is, so the caller can say so. Empty when nothing is typed or it cannot be read.
     *
     * @param words the words of the user's language and English
     * @param typed what the user typed
     * @param today the local date today
     */
    public static Optional<LocalDate> dayAhead(TypedWords words, String typed, LocalDate today) {
        Optional<String> text = normalised(typed);
        if (text.isEmpty() || text.get().isEmpty()) {
            return Optional.empty();
        }
        return DayReader.read(text.get(), today, DayReader.Looking.AHEAD, true, DayWords.of(words));
    }

    /**
     * An hour on a 24-hour clock with the language's word for it after it: {@code 16 Uhr}, {@code 16.30 Uhr},
     * {@code 16h}, {@code 9:30 h}; the hour alone is read, as the word says which clock.
     */
    private static Optional<LocalTime> onTheClock(List<String> timeWords, DayWords vocabulary) {
        String typed = TypedWords.fold(String.join(" ", timeWords));
        for (String word : vocabulary.oclock()) {
            Matcher clock = CLOCK.matcher(typed.endsWith(word)
                    ? typed.substring(0, typed.length() - word.length()).strip() : "");
            if (clock.matches()) {
                int hour = Integer.parseInt(clock.group(1));
                int minute = clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2));
                return hour > 23 || minute > 59 ? Optional.empty() : Optional.of(LocalTime.of(hour, minute));
            }
        }
        return Optional.empty();
    }

    /**
     * A day of the week alone, in the user's language or English, in full or by its first three letters or more
     * ({@code thu}, {@code jueves}, {@code Do} is too short, {@code Donn.}); empty for anything else.
     *
     * @param words the words of the user's language and English
     * @param typed what the user typed
     */
    public static Optional<DayOfWeek> weekday(TypedWords words, String typed) {
        Optional<String> text = normalised(typed);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String word = TypedWords.fold(text.get());
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return DayReader.weekday(bare, DayWords.of(words));
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
}
