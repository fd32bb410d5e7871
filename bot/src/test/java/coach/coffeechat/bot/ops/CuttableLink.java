package coach.coffeechat.bot.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP link on 127.0.0.1 to a database server that the test can cut and restore, as if the server went away and
 * came back: cutting closes the listening socket and every connection through it; restoring listens again on the
 * same port. For a server the test cannot stop itself (a shared PostgreSQL).
 */
final class CuttableLink implements AutoCloseable {
    private final InetSocketAddress target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final int port;
    private volatile ServerSocket listening;

    private CuttableLink(InetSocketAddress target, ServerSocket listening) {
        this.target = target;
        this.listening = listening;
        this.port = listening.getLocalPort();
        accept(listening);
    }

    /** A link to {@code host:port}, listening on a free port. */
    static CuttableLink to(String host, int port) throws IOException {
        return new CuttableLink(new InetSocketAddress(host, port),
                new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    }

    /** The port the link listens on. */
    int port() {
        return port;
    }

    /** The server goes away: nothing listens, and every connection through the link is closed. */
    synchronized void cut() throws IOException {
        listening.close();
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    /** The server is back, on the same port. */
    synchronized void restore() throws IOException {
        ServerSocket again = new ServerSocket();
        again.setReuseAddress(true);
        again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        listening = again;
        accept(again);
    }

    private void accept(ServerSocket server) {
        daemon("link-accept", () -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket(target.getAddress(), target.getPort());
                    open.add(client);
                    open.add(upstream);
                    daemon("link-up", () -> pipe(client, upstream));
                    daemon("link-down", () -> pipe(upstream, client));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException cut) {
            // the link was cut, or one side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyBroken) {
            // nothing more to close
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
