package coach.coffeechat.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Messages waiting for a user's next interaction (a reminder that could not reach them), taken inside the
 * interaction's transaction and shown before its reply, so they are shown exactly once.
 */
@FunctionalInterface
public interface Notices {
    /** No waiting messages, ever. */
    Notices NONE = context -> List.of();

    /** All of these, in order: each one's messages after the previous one's. */
    static Notices all(List<Notices> notices) {
        List<Notices> copy = List.copyOf(notices);
        return context -> {
            List<String> taken = new ArrayList<>();
            for (Notices each : copy) {
                taken.addAll(each.take(context));
            }
            return taken;
        };
    }

    /** The reply with the waiting messages shown before its own notes. */
    static Reply before(Reply reply, List<String> waiting) {
        if (waiting.isEmpty()) {
            return reply;
        }
        List<String> notes = new ArrayList<>(waiting);
        notes.addAll(reply.notes());
        return reply.withNotes(notes);
    }

    /**
     * Takes the user's waiting messages; what it returns counts as shown once the transaction commits.
     *
     * @param context the user, the time and the transaction
     */
    List<String> take(StepContext context);
}
