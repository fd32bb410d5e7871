package coach.coffeechat.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file that goes with a reply, such as the {@code /pipeline} chart or a {@code /privacy export}: Discord attaches
 * it to the (ephemeral) reply, the console writes it to the data directory and prints where.
 *
 * @param fileName the file's name, with its extension ({@code pipeline.png}); no directory
 * @param mediaType what it holds ({@code image/png}, {@code application/json}, {@code text/csv})
 * @param content the bytes; copied in and out
 */
public record Attachment(String fileName, String mediaType, byte[] content) {
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("an attachment's name is a plain file name: " + fileName);
        }
        content = content.clone();
    }

    /** The bytes (a copy). */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** How many bytes. */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that && fileName.equals(that.fileName)
                && mediaType.equals(that.mediaType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
