package coach.coffeechat.bot.ops;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The TCP sockets this process listens on, as Linux's {@code /proc} tells them: what a test checks to know that
 * nothing listens, and on which address something does. Empty where there is no {@code /proc}.
 */
final class ListeningSockets {
    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    /** Whether this system tells (Linux). */
    static boolean known() {
        return Files.isDirectory(Path.of("/proc/self/fd")) && Files.exists(Path.of("/proc/self/net/tcp"));
    }

    /** Port to local address: IPv4 dotted ({@code 127.0.0.1}, also when mapped into IPv6), else {@code /proc}'s hex. */
    static Map<Integer, String> ofThisProcess() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path descriptor : descriptors) {
                try {
                    String link = Files.readSymbolicLink(descriptor).toString();
                    if (link.startsWith("socket:[")) {
                        inodes.add(link.substring("socket:[".length(), link.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor of the listing itself, or one closed since
                }
            }
        }
        Map<Integer, String> listening = new TreeMap<>();
        for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.strip().split("\\s+");
                if (fields[3].equals(LISTEN) && inodes.contains(fields[9])) {
                    String[] local = fields[1].split(":");
                    listening.put(Integer.parseInt(local[1], 16), readable(local[0]));
                }
            }
        }
        return listening;
    }

    /** {@code 0100007F} (and {@code 0000000000000000FFFF00000100007F}, the same mapped into IPv6) is 127.0.0.1. */
    private static String readable(String hex) {
        String ipv4 = hex.length() == 8 ? hex
                : hex.startsWith("0000000000000000FFFF0000") ? hex.substring(24) : null;
        if (ipv4 == null) {
            return hex;
        }
        StringBuilder dotted = new StringBuilder();
        for (int at = 6; at >= 0; at -= 2) {
            dotted.append(Integer.parseInt(ipv4.substring(at, at + 2), 16)).append(at > 0 ? "." : "");
        }
        return dotted.toString();
    }
}
