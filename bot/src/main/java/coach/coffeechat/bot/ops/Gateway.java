package coach.coffeechat.bot.ops;

import java.util.Optional;

/**
 * The connection to Discord as the health check sees it. The console has none: its health is the database's alone.
 */
@FunctionalInterface
public interface Gateway {
    /** No gateway at all (the console): never a problem. */
    Gateway NONE = Optional::empty;

    /** Why the gateway is not connected, in one line; empty when it is. */
    Optional<String> problem();
}
