package coach.coffeechat.config;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Objects;

/**
 * The shapes of the dates the bot shows, each a {@link DateTimeFormatter} pattern kept with the messages (key {@code
 * date.*} in {@code messages.properties}), so every language orders and words them its own way ({@code 5 Mar},
 * {@code 5 mar}, {@code 5. März}) and names days and months with its own {@link Language#locale()}. Machine formats
 * (ISO dates, calendar files, CSV) do not use these.
 *
 * <pre>{@code
 * String shown = DateShape.DAY_MONTH.format(texts, date);   // "5 Mar", "5 mar" or "5. März" by the current language
 * }</pre>
 */
public enum DateShape {
    /** A day and a short month: {@code 5 Mar}. */
    DAY_MONTH("date.day-month"),
    /** A day, a short month and the year: {@code 5 Mar 2026}. */
    DAY_MONTH_YEAR("date.day-month-year"),
    /** A short weekday, day and short month: {@code Thu 5 Mar}. */
    SHORT_DAY("date.short-day"),
    /** A short weekday, day, short month and the time: {@code Thu 5 Mar, 14:00}. */
    SHORT_DAY_TIME("date.short-day-time"),
    /** A weekday, day and month: {@code Thursday 5 March}. */
    LONG_DAY("date.long-day"),
    /** A weekday, day, month and year: {@code Thursday 5 March 2026}. */
    LONG_DAY_YEAR("date.long-day-year"),
    /** A weekday, day, month and the time: {@code Thursday 5 March at 14:00}. */
    LONG_DAY_TIME("date.long-day-time"),
    /** A weekday, day, month, year and the time: {@code Thursday 5 March 2026 at 14:00}. */
    LONG_DAY_YEAR_TIME("date.long-day-year-time");

    private final String key;

    DateShape(String key) {
        this.key = key;
    }

    /** The message key that holds this shape's pattern. */
    public String key() {
        return key;
    }

    /** The formatter of this shape in the current {@link LanguageScope}'s language. */
    public DateTimeFormatter formatter(Texts texts) {
        return DateTimeFormatter.ofPattern(texts.get(key), LanguageScope.current().locale());
    }

    /** {@code when} in this shape, worded in the current {@link LanguageScope}'s language. */
    public String format(Texts texts, TemporalAccessor when) {
        Objects.requireNonNull(when, "when");
        return formatter(texts).format(when);
    }
}
