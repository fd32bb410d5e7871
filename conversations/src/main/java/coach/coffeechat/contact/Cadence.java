package coach.coffeechat.contact;

import coach.coffeechat.engine.TypedWords;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How often the user wants to stay in touch with one contact: the usual rhythm (no choice made), every 30, 60 or 90
 * days counted from the last time they touched the contact, or never.
 */
public enum Cadence {
    /** No choice made: the usual stay-in-touch rhythm after a meeting, while still interested. */
    USUAL(null),
    /** Every 30 days from the last touch. */
    DAYS_30(30),
    /** Every 60 days from the last touch. */
    DAYS_60(60),
    /** Every 90 days from the last touch. */
    DAYS_90(90),
    /** No stay-in-touch prompts for this contact. */
    OFF(0);

    private final Integer days;

    Cadence(Integer days) {
        this.days = days;
    }

    /** The id typed and shown: {@code 30}, {@code 60}, {@code 90}, {@code off} or {@code usual}. */
    public String id() {
        return days == null ? "usual" : days == 0 ? "off" : Integer.toString(days);
    }

    /** The days between prompts when the user chose some; empty for the usual rhythm and for off. */
    public OptionalInt days() {
        return days == null || days == 0 ? OptionalInt.empty() : OptionalInt.of(days);
    }

    /** The cadences a user may choose ({@link #USUAL} is where every contact starts). */
    public static Cadence[] choices() {
        return new Cadence[] {DAYS_30, DAYS_60, DAYS_90, OFF};
    }

    /** The cadence typed: its id, also as {@code 30 days} or {@code never}; case and spaces do not matter. */
    public static Optional<Cadence> fromTyped(String typed) {
        String plain = typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s*days?$", "");
        if (plain.equals("never") || plain.equals("none") || plain.equals("stop")) {
            return Optional.of(OFF);
        }
        return Arrays.stream(values()).filter(cadence -> cadence.id().equals(plain)).findFirst();
    }

    /**
     * The cadence typed in the current language: as {@link #fromTyped(String)}, or off with the language's word for
     * off ({@code words.off}: {@code ninguna}, {@code aus}) or English's.
     */
    public static Optional<Cadence> fromTyped(TypedWords words, String typed) {
        return words.is("words.off", typed) ? Optional.of(OFF) : fromTyped(typed);
    }

    /** The stored value: NULL for the usual rhythm, 0 for off, else the days. */
    Integer stored() {
        return days;
    }

    /** The cadence stored as {@code value} (NULL read as {@code null}); an unknown number reads as the usual. */
    static Cadence fromStored(Integer value) {
        if (value == null) {
            return USUAL;
        }
        return Arrays.stream(values()).filter(cadence -> value.equals(cadence.days)).findFirst().orElse(USUAL);
    }
}
