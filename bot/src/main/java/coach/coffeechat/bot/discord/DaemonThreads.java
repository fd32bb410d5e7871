package coach.coffeechat.bot.discord;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread factories for the Discord transport's own pools: daemon threads named after their pool. */
final class DaemonThreads {
    private DaemonThreads() {
    }

    /** Daemon threads named {@code prefix-1}, {@code prefix-2} and so on. */
    static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
