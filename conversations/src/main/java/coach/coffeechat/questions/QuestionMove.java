package coach.coffeechat.questions;

import coach.coffeechat.engine.TypedWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A move typed in {@code questions-prepare}: the question's number, then where it goes: {@code 4 up},
 * {@code 2 down}, {@code 3 top} or {@code first}, {@code 3 bottom} or {@code last}, {@code 5 to 1} or {@code 5 1};
 * "move", "question" or "q" may come first ({@code move question 4 up}, {@code q4 up}). The words are the user's
 * language's as well as English's ({@code words.move.*}: {@code mover pregunta 4 arriba}, {@code 5 nach oben}).
 * Numbers are kept as typed even when the list has no such place: {@link QuestionDraft#move} refuses those.
 *
 * @param from the number of the question to move
 * @param to its number after the move
 */
record QuestionMove(int from, int to) {
    /** Between a letter and a digit that touch ({@code q4}, {@code 4up}, {@code 5to1}). */
    static final Pattern JOINED = Pattern.compile("(?<=\\p{L})(?=\\d)|(?<=\\d)(?=\\p{L})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    /** Far longer than any move; longer text is refused unread. */
    private static final int MAX_LENGTH = 64;
    private static final List<String> PLACES = List.of("words.move.up", "words.move.down", "words.move.top",
            "words.move.bottom");

    /**
     * The move typed, on a list of {@code size} questions (up and down stop at its ends); empty when the text is
     * not a move.
     */
    static Optional<QuestionMove> parse(String typed, int size, TypedWords words) {
        if (typed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>(Arrays.asList(
                JOINED.matcher(TypedWords.fold(typed)).replaceAll(" ").split(" ")));
        parts.removeIf(String::isEmpty);
        parts.subList(0, TypedWords.leading(parts, words.forms("words.move.move"))).clear();
        parts.subList(0, TypedWords.leading(parts, words.forms("words.move.question"))).clear();
        if (parts.size() < 2 || !NUMBER.matcher(parts.get(0)).matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(parts.get(0));
        List<String> rest = parts.subList(1, parts.size());
        String last = rest.get(rest.size() - 1);
        int joiners = TypedWords.leading(rest, words.forms("words.move.to"));
        if (NUMBER.matcher(last).matches() && (rest.size() == 1 || joiners == rest.size() - 1)) {
            return Optional.of(new QuestionMove(from, Integer.parseInt(last)));
        }
        String place = String.join(" ", rest);
        for (int which = 0; which < PLACES.size(); which++) {
            if (words.forms(PLACES.get(which)).contains(place)) {
                int to = switch (which) {
                    case 0 -> Math.max(1, from - 1);
                    case 1 -> Math.min(size, from + 1);
                    case 2 -> 1;
                    default -> size;
                };
                return Optional.of(new QuestionMove(from, to));
            }
        }
        return Optional.empty();
    }

    /** Whether the question changes place. */
    boolean moves() {
        return from != to;
    }
}
