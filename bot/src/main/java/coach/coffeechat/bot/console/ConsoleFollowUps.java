package coach.coffeechat.bot.console;

import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUpPrompt;
import coach.coffeechat.followup.FollowUpSink;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The console's follow-up sink: it prints each prompt as it is handed over and says it was delivered only once it is
 * printed, as the sink contract asks. The console runs the timer's rounds itself, on its own thread between inputs
 * ({@link ConsoleSession#withFollowUps}), so a prompt never lands in the middle of what the user types, and one that
 * falls due as the user leaves is not claimed: it stays due for the next session. A prompt handed over again with
 * the same idempotency key (a retry after a crash) is not printed twice. Prompts for anyone but the console's user
 * cannot be shown here and wait for that user. Not thread-safe: the console's thread alone delivers.
 */
public final class ConsoleFollowUps implements FollowUpSink {
    private static final int REMEMBERED_KEYS = 10_000;

    private final UserId user;
    private final Printer printer;
    private final Set<String> printed = Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_KEYS;
        }
    });

    /** Shows one prompt to the user. */
    @FunctionalInterface
    public interface Printer {
        /**
         * Prints the prompt.
         *
         * @return whether it reached the terminal
         */
        boolean print(FollowUpPrompt prompt);
    }

    /**
     * @param user the one user this console speaks for
     * @param printer shows a prompt in the console
     */
    public ConsoleFollowUps(UserId user, Printer printer) {
        this.user = Objects.requireNonNull(user, "user");
        this.printer = Objects.requireNonNull(printer, "printer");
    }

    @Override
    public Delivery deliver(FollowUpPrompt prompt) {
        if (!prompt.owner().equals(user)) {
            return new Undeliverable("the console only speaks for " + user);
        }
        if (printed.contains(prompt.idempotencyKey())) {
            return new Delivered();
        }
        if (!printer.print(prompt)) {
            return new Failed("the console could not print it");
        }
        printed.add(prompt.idempotencyKey());
        return new Delivered();
    }
}
