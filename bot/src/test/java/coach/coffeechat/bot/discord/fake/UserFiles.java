package coach.coffeechat.bot.discord.fake;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files users attach to slash commands (an attachment option, type 11), served by the fake at
 * {@code http://127.0.0.1:PORT/attachments/<id>/<filename>} as Discord's CDN serves them, so that the bot downloads
 * them over HTTP as it does from Discord. Thread-safe.
 */
final class UserFiles {
    /** Where attachments are served, after the origin. */
    static final String PREFIX = "/attachments/";

    /**
     * One attached file.
     *
     * @param filename its name
     * @param contentType its media type
     * @param bytes its content
     */
    record File(String filename, String contentType, byte[] bytes) {
    }

    private final String origin;
    private final Map<String, File> files = new ConcurrentHashMap<>();

    /** @param origin {@code http://127.0.0.1:PORT} */
    UserFiles(String origin) {
        this.origin = origin;
    }

    /** Keeps a file under an id and gives its URL. */
    String add(long id, File file) {
        String path = PREFIX + Long.toUnsignedString(id) + "/" + file.filename();
        files.put(path, file);
        return origin + path;
    }

    /** The file at a request's path, if one was attached. */
    Optional<File> at(String path) {
        return Optional.ofNullable(files.get(path));
    }
}
