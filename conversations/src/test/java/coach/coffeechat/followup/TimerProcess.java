package coach.coffeechat.followup;

import coach.coffeechat.store.Database;
import coach.coffeechat.store.Sql;
import coach.coffeechat.store.StoreException;
import coach.coffeechat.testing.MutableClock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One bot process's timer, alone in its JVM with its own pool, for {@link TimerProcessesTest}: it opens the
 * database schema it is given, runs rounds at a fixed instant until nothing more is due, and records each prompt
 * it hands over in {@code test_deliveries}. That table's key is the prompt's nonce, as Discord's
 * {@code enforce_nonce} keys a DM: a prompt handed over again after a crash (same nonce) is absorbed and counted
 * in {@code test_repeats}, as Discord would absorb the second post. With a delivery limit, the process stops dead
 * ({@link Runtime#halt}: no shutdown, no commit, no closing) right after recording that many prompts, between the
 * hand-over and marking the prompt sent, the worst moment to die.
 *
 * <p>Arguments: JDBC URL, process name, the instant its clock stands at, and the delivery limit (0: none).
 */
final class TimerProcess {
    /** The exit status of a process that stopped itself dead, as {@code kill -9} would leave it. */
    static final int HALTED = 137;

    private TimerProcess() {
    }

    public static void main(String[] args) {
        String url = args[0];
        String name = args[1];
        MutableClock clock = new MutableClock(Instant.parse(args[2]));
        int limit = Integer.parseInt(args[3]);
        Database database = Database.open(url, "", "", 4);
        AtomicInteger handedOver = new AtomicInteger();
        FollowUpSink recording = prompt -> {
            record(database, prompt, name);
            if (handedOver.incrementAndGet() == limit) {
                Runtime.getRuntime().halt(HALTED);
            }
            return new FollowUpSink.Delivered();
        };
        FollowUpKit kit = new FollowUpKit(clock, Map.of(), database);
        try (FollowUpScheduler timer = kit.scheduler(recording)) {
            int delivered = timer.catchUp();
            System.out.println(name + " delivered " + delivered);
        }
        database.close();
    }

    private static void record(Database database, FollowUpPrompt prompt, String process) {
        try {
            database.inTransaction(connection -> Sql.update(connection, "INSERT INTO test_deliveries"
                    + " (nonce, follow_up_id, process) VALUES (?, ?, ?)", s -> {
                        s.setString(1, prompt.nonce());
                        s.setLong(2, prompt.followUpId());
                        s.setString(3, process);
                    }));
        } catch (StoreException e) {
            if (!Sql.isUniqueViolation(e)) {
                throw e;
            }
            database.inTransaction(connection -> Sql.update(connection, "INSERT INTO test_repeats (nonce, process)"
                    + " VALUES (?, ?)", s -> {
                        s.setString(1, prompt.nonce());
                        s.setString(2, process);
                    }));
        }
    }
}
