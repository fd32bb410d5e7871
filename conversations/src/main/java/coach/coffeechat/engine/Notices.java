package coach.coffeechat.engine;

import java.util.List;

/**
 * Messages waiting for a user's next interaction (a reminder that could not reach them), taken inside the
 * interaction's transaction and shown before its reply, so they are shown exactly once.
 */
@FunctionalInterface
public interface Notices {
    /** No waiting messages, ever. */
    Notices NONE = context -> List.of();

    /**
     * Takes the user's waiting messages; what it returns counts as shown once the transaction commits.
     *
     * @param context the user, the time and the transaction
     */
    List<String> take(StepContext context);
}
