package coach.coffeechat.engine;

import java.util.Map;
import java.util.Objects;

/** The result of reading an answer: the values to keep, or the reason they were refused. */
public sealed interface Validation {

    /**
     * The answer is accepted.
     *
     * @param values the cleaned values to store, by answer key
     */
    record Valid(Map<String, String> values) implements Validation {
        public Valid {
            values = Map.copyOf(values);
        }
    }

    /**
     * The answer is refused.
     *
     * @param reason a short, kind sentence saying what to change
     */
    record Invalid(String reason) implements Validation {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Accepts one value under one key. */
    static Validation valid(String key, String value) {
        return new Valid(Map.of(key, value));
    }

    /** Refuses with a reason. */
    static Validation invalid(String reason) {
        return new Invalid(reason);
    }
}
