package coach.coffeechat.bot.console;

import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpPrompt;
import coach.coffeechat.followup.FollowUpSink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The console's follow-up sink: the timer hands prompts over on its own thread, the console prints them between
 * inputs. A prompt handed over again with the same idempotency key (a retry after a crash) is not shown twice.
 * Prompts for anyone but the console's user cannot be shown here and wait for that user. Thread-safe.
 */
public final class ConsoleFollowUps implements FollowUpSink {
    private static final int REMEMBERED_KEYS = 10_000;

    private final UserId user;
    private final ConcurrentLinkedQueue<FollowUpPrompt> waiting = new ConcurrentLinkedQueue<>();
    private final Set<String> seen = Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_KEYS;
        }
    });

    /** @param user the one user this console speaks for */
    public ConsoleFollowUps(UserId user) {
        this.user = Objects.requireNonNull(user, "user");
    }

    @Override
    public Delivery deliver(FollowUpPrompt prompt) {
        if (!prompt.owner().equals(user)) {
            return new Undeliverable("the console only speaks for " + user);
        }
        synchronized (seen) {
            if (!seen.add(prompt.idempotencyKey())) {
                return new Delivered();
            }
        }
        waiting.add(prompt);
        return new Delivered();
    }

    /** The prompts that arrived since the last call, oldest first. */
    public List<FollowUpPrompt> drain() {
        List<FollowUpPrompt> drained = new ArrayList<>();
        FollowUpPrompt prompt;
        while ((prompt = waiting.poll()) != null) {
            drained.add(prompt);
        }
        return drained;
    }
}
