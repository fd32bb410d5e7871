package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Attachment;
import coach.coffeechat.engine.Reply;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Files over Discord's limit for one message never fail silently: they go zipped with a note, or, when even the zip
 * is too big, not at all with a note saying how big they were.
 */
final class ReplyFilesTest {
    private static final Texts TEXTS = Texts.load(Optional.empty());
    private static final int LIMIT = 4096;

    private final ReplyFiles files = new ReplyFiles(TEXTS, LIMIT);

    @Test
    void filesWithinTheLimitGoAsTheyAre() {
        Reply reply = reply(file("a.json", "{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(files.fit(reply)).isEqualTo(reply);
    }

    @Test
    void filesOverTheLimitGoAsOneZipThatHoldsThemUnchanged() throws IOException {
        byte[] json = "{\"name\": \"Ana Li\"}\n".repeat(400).getBytes(StandardCharsets.UTF_8);
        byte[] csv = "name,role\nAna Li,UX\n".repeat(100).getBytes(StandardCharsets.UTF_8);

        Reply fitted = files.fit(reply(file("coffee-chat-export-2026-03-02.json", json),
                file("coffee-chat-contacts-2026-03-02.csv", csv)));

        assertThat(fitted.attachments()).extracting(Attachment::fileName)
                .containsExactly("coffee-chat-export-2026-03-02.zip");
        assertThat(fitted.attachments().get(0).size()).isLessThanOrEqualTo(LIMIT);
        assertThat(fitted.notes()).containsExactly("Here you are.", TEXTS.get("discord.files-zipped",
                "file", "coffee-chat-export-2026-03-02.zip", "mb", "0.0"));
        Map<String, byte[]> unzipped = unzip(fitted.attachments().get(0).content());
        assertThat(unzipped.keySet()).containsExactly("coffee-chat-export-2026-03-02.json",
                "coffee-chat-contacts-2026-03-02.csv");
        assertThat(unzipped.get("coffee-chat-export-2026-03-02.json")).isEqualTo(json);
        assertThat(unzipped.get("coffee-chat-contacts-2026-03-02.csv")).isEqualTo(csv);
    }

    @Test
    void filesTooBigEvenZippedAreLeftOffWithANoteSayingSo() {
        byte[] noise = new byte[3 * LIMIT];
        new Random(7).nextBytes(noise);

        Reply fitted = files.fit(reply(file("pipeline.png", noise)));

        assertThat(fitted.attachments()).isEmpty();
        assertThat(fitted.notes()).hasSize(2);
        assertThat(fitted.notes().get(1)).startsWith("The files come to 0.0 MB even zipped");
    }

    @Test
    void theSizeIsWrittenWithTheLanguagesDecimalMark() {
        byte[] noise = new byte[3 * LIMIT];
        new Random(7).nextBytes(noise);
        ReplyFiles big = new ReplyFiles(TEXTS, 2 * 1024 * 1024 / 10);

        try (LanguageScope scope = LanguageScope.open(new Language("de", "Deutsch", List.of("de")))) {
            List<String> notes = big.fit(reply(file("a.png", new byte[150_000]), file("b.png", new byte[150_000])))
                    .notes();
            assertThat(notes.get(1)).contains("0,3");
        }
    }

    private static Reply reply(Attachment... attachments) {
        return new Reply(List.of("Here you are."), Optional.empty(), List.of(), 1, "").withAttachments(
                List.of(attachments));
    }

    private static Attachment file(String name, byte[] content) {
        return new Attachment(name, "application/octet-stream", content);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
