package coach.coffeechat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database server that stops and comes back is used again without a restart of the bot: the pool drops the
 * connections the stop broke (H2 reports them with its own error codes, which the pool does not know by itself)
 * instead of handing them out again and again.
 */
final class DatabaseReconnectTest {
    @TempDir
    Path work;

    private Server server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void afterTheServerComesBackTheNextTransactionsWork() throws Exception {
        int port = freePort();
        server = start(port);
        try (Database database = Database.open("jdbc:h2:tcp://127.0.0.1:" + port + "/reconnect", "", "", 2)) {
            assertThat(selectOne(database)).isEqualTo(1);

            server.stop();
            assertThatThrownBy(() -> selectOne(database)).isInstanceOf(StoreException.class);
            server = start(port);

            // the broken connection failed once more at most; then the pool opened new ones
            int answered = 0;
            for (int attempt = 0; attempt < 3 && answered == 0; attempt++) {
                try {
                    answered = selectOne(database);
                } catch (StoreException stillBroken) {
                    // a second broken connection of the pool
                }
            }
            assertThat(answered).isEqualTo(1);
        }
    }

    private static int selectOne(Database database) {
        return database.inTransaction(connection -> Sql.one(connection, "SELECT 1", s -> { }, row -> row.getInt(1))
                .orElseThrow());
    }

    private Server start(int port) throws SQLException {
        return Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir",
                work.toString()).start();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
