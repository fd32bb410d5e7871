package coach.coffeechat.questions;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A move typed in {@code questions-prepare}: the question's number, then where it goes: {@code 4 up},
 * {@code 2 down}, {@code 3 top} or {@code first}, {@code 3 bottom} or {@code last}, {@code 5 to 1} or {@code 5 1};
 * "move", "question" or "q" may come first ({@code move question 4 up}, {@code q4 up}). Numbers are kept as typed
 * even when the list has no such place: {@link QuestionDraft#move} refuses those.
 *
 * @param from the number of the question to move
 * @param to its number after the move
 */
record QuestionMove(int from, int to) {
    private static final Pattern MOVE = Pattern.compile(
            "(?:move\\s+)?(?:question\\s+|q)?(\\d{1,3})\\s*(?:(up|down|top|bottom|first|last)|(?:to\\s*)?(\\d{1,3}))",
            Pattern.CASE_INSENSITIVE);

    /**
     * The move typed, on a list of {@code size} questions (up and down stop at its ends); empty when the text is
     * not a move.
     */
    static Optional<QuestionMove> parse(String typed, int size) {
        Matcher move = MOVE.matcher(typed);
        if (!move.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(move.group(1));
        if (move.group(3) != null) {
            return Optional.of(new QuestionMove(from, Integer.parseInt(move.group(3))));
        }
        int to = switch (move.group(2).toLowerCase(Locale.ROOT)) {
            case "up" -> Math.max(1, from - 1);
            case "down" -> Math.min(size, from + 1);
            case "top", "first" -> 1;
            default -> size;
        };
        return Optional.of(new QuestionMove(from, to));
    }

    /** Whether the question changes place. */
    boolean moves() {
        return from != to;
    }
}
