package coach.coffeechat.engine;

import java.util.Locale;
import java.util.Optional;

/** The words that steer a flow rather than answer it; they are handled before any step. */
public enum ControlAction {
    /** Stop the flow; nothing it collected is saved. */
    CANCEL,
    /** Return to the previous step, showing the earlier answer as the default. */
    BACK,
    /** Leave an optional step empty and go on. */
    SKIP,
    /** Explain the current step without changing anything. */
    HELP;

    /** The word a user types for this control. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a typed control word: {@code back}, {@code /back}, {@code Back} all count; anything else does not.
     */
    public static Optional<ControlAction> parse(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (word.startsWith("/")) {
            word = word.substring(1);
        }
        for (ControlAction action : values()) {
            if (action.word().equals(word)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a typed control word in the current language or in English: {@code omitir}, {@code /zurück},
     * {@code skip} all count (see {@link TypedWords}); anything else does not.
     */
    public static Optional<ControlAction> read(TypedWords words, String text) {
        String typed = text.strip();
        String word = typed.startsWith("/") ? typed.substring(1) : typed;
        for (ControlAction action : values()) {
            if (words.is("words." + action.word(), word)) {
                return Optional.of(action);
            }
        }
        return parse(typed);
    }
}
