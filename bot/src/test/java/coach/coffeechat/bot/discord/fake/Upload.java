package coach.coffeechat.bot.discord.fake;

/**
 * A file the bot sent in a multipart request (a message's attachment).
 *
 * @param path the request's path
 * @param filename the file's name
 * @param bytes its content
 */
public record Upload(String path, String filename, byte[] bytes) {
}
