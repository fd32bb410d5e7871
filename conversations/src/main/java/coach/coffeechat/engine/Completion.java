package coach.coffeechat.engine;

import java.util.List;
import java.util.Map;

/**
 * What a finished flow leaves behind.
 *
 * @param notes what to tell the user, for example a summary of what was saved
 * @param outputs values handed to the parent flow when this one ran as a sub-flow
 */
public record Completion(List<String> notes, Map<String, String> outputs) {
    public Completion {
        notes = List.copyOf(notes);
        outputs = Map.copyOf(outputs);
    }

    /** A completion that only tells the user something. */
    public static Completion of(String... notes) {
        return new Completion(List.of(notes), Map.of());
    }
}
