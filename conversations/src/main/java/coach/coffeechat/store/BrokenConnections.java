package coach.coffeechat.store;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;
import org.h2.api.ErrorCode;

/**
 * Tells the pool which failures mean the connection itself is gone, beyond those it knows (SQL states {@code 08...}
 * and a few drivers' codes): an H2 server reports a broken or closed connection with codes of its own. Without this,
 * after an H2 server was stopped and started again, the pool would hand out the broken connections again and again,
 * and the bot would never reach the database that came back. Only for H2 servers ({@link #server}): the embedded
 * file that lost its storage must not be reopened in place by new connections ({@link StorageWatch} ends the
 * process instead, and the next start recovers the file).
 */
final class BrokenConnections implements SQLExceptionOverride {
    /** H2's codes for a connection that can never be used again. */
    private static final Set<Integer> GONE = Set.of(ErrorCode.CONNECTION_BROKEN_1, ErrorCode.DATABASE_IS_CLOSED,
            ErrorCode.DATABASE_CALLED_AT_SHUTDOWN);

    /** Whether {@code url} names an H2 server over the network, whose connections this judges. */
    static boolean server(String url) {
        return url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:");
    }

    @java.lang.Override
    public Override adjudicate(SQLException failure) {
        return GONE.contains(failure.getErrorCode()) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
