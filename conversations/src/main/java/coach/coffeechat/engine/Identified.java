package coach.coffeechat.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * A value with a stable id that users type and the database stores, such as a contact's stage
 * ({@code request-sent}) or a request's format ({@code email}). Enums implement it and find a constant by its id
 * with {@link #fromId(Class, String)}, or {@link #fromId(Class, String, Matching)} when typed ids are read more
 * leniently or more strictly.
 *
 * <pre>{@code
 * public static Optional<Warmth> fromId(String id) {
 *     return Identified.fromId(Warmth.class, id);
 * }
 * }</pre>
 */
public interface Identified {
    /** The stable id typed and stored. */
    String id();

    /**
     * The constant whose id is {@code typed} ignoring case, after stripping surrounding white space
     * ({@link Matching#IGNORING_CASE}).
     *
     * @throws NullPointerException when {@code typed} is null
     */
    static <E extends Enum<E> & Identified> Optional<E> fromId(Class<E> type, String typed) {
        return fromId(type, typed, Matching.IGNORING_CASE);
    }

    /**
     * The constant whose id matches {@code typed} as {@code matching} reads it.
     *
     * @throws NullPointerException when {@code typed} is null, except with {@link Matching#EXACT}, which finds
     *     nothing for it
     */
    static <E extends Enum<E> & Identified> Optional<E> fromId(Class<E> type, String typed, Matching matching) {
        String wanted = matching.normalise(typed);
        for (E constant : type.getEnumConstants()) {
            if (matching.matches(constant.id(), wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** How a typed or stored id is compared with a constant's id. */
    enum Matching {
        /** Exactly as given: case matters and nothing is stripped; null finds nothing. For ids the bot wrote. */
        EXACT,
        /** Surrounding white space stripped, then compared ignoring case ({@link String#equalsIgnoreCase}). */
        IGNORING_CASE,
        /** Surrounding white space stripped and lower-cased ({@link Locale#ROOT}), then compared exactly. */
        LOWER_CASE,
        /** As {@link #LOWER_CASE}, with underscores and spaces read as dashes: {@code Request sent}. */
        LOWER_CASE_DASHES;

        String normalise(String typed) {
            return switch (this) {
                case EXACT -> typed;
                case IGNORING_CASE -> typed.strip();
                case LOWER_CASE -> typed.strip().toLowerCase(Locale.ROOT);
                case LOWER_CASE_DASHES -> typed.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
            };
        }

        boolean matches(String id, String normalised) {
            return this == IGNORING_CASE ? id.equalsIgnoreCase(normalised) : id.equals(normalised);
        }
    }
}
