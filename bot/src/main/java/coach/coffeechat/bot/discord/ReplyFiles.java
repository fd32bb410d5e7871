package coach.coffeechat.bot.discord;

import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Attachment;
import coach.coffeechat.engine.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Keeps the files of a reply within what Discord lets a bot attach to one message ({@value #LIMIT} bytes, 10 MiB,
 * all files together): files that fit go as they are; files over it go as one zip, which shrinks text such as an
 * export many times over, with a note saying so; and should even the zip not fit, no file goes and a note says how
 * big they were and where else to get them, so that a large export never fails silently. Immutable.
 */
final class ReplyFiles {
    /** The most bytes of files one message may carry: Discord's 10 MiB upload limit. */
    static final int LIMIT = 10 * 1024 * 1024;

    private final Texts texts;
    private final int limit;

    /** @param texts the notes' wording */
    ReplyFiles(Texts texts) {
        this(texts, LIMIT);
    }

    /** With another limit, for tests. */
    ReplyFiles(Texts texts, int limit) {
        this.texts = texts;
        this.limit = limit;
    }

    /** The reply with files that fit, and a note when they had to be zipped or left off. */
    Reply fit(Reply reply) {
        List<Attachment> files = reply.attachments();
        long total = files.stream().mapToLong(Attachment::size).sum();
        if (total <= limit) {
            return reply;
        }
        Attachment zip = zip(files);
        List<String> notes = new ArrayList<>(reply.notes());
        if (zip.size() <= limit) {
            notes.add(texts.get("discord.files-zipped", "file", zip.fileName(), "mb", megabytes(total)));
            return reply.withNotes(notes).withAttachments(List.of(zip));
        }
        notes.add(texts.get("discord.files-too-big", "mb", megabytes(zip.size())));
        return reply.withNotes(notes).withAttachments(List.of());
    }

    private static Attachment zip(List<Attachment> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Attachment file : files) {
                zip.putNextEntry(new ZipEntry(file.fileName()));
                zip.write(file.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the reply's files could not be zipped", e);
        }
        String first = files.get(0).fileName();
        int dot = first.lastIndexOf('.');
        return new Attachment((dot > 0 ? first.substring(0, dot) : first) + ".zip", "application/zip",
                bytes.toByteArray());
    }

    private static String megabytes(long bytes) {
        return String.format(LanguageScope.current().locale(), "%.1f", bytes / (1024.0 * 1024.0));
    }
}
