package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import coach.coffeechat.bot.discord.RouterHarness.Answer;
import coach.coffeechat.engine.Attachment;
import coach.coffeechat.engine.Reply;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.utils.NamedAttachmentProxy;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A reply's files on Discord: attached to the same message, which is ephemeral in a server, whether the message is
 * new or an edit of a deferred answer. Mockito stands in for JDA.
 */
final class DiscordAttachmentsTest {
    private final RouterHarness harness = RouterHarness.open();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void pipelineInAServerAnswersEphemerallyWithItsChartAttached() {
        SlashCommandInteractionEvent event = harness.slash(harness.ada(), true, "pipeline", Map.of());

        harness.router().onSlashCommandInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).contains(harness.text("pipeline.title", "contacts", 1));
        assertThat(answer.message().getFiles()).extracting(FileUpload::getName).containsExactly("pipeline.png");
    }

    @Test
    void privacyExportInAServerAnswersEphemerallyWithTheJsonAndTheCsvAttached() {
        SlashCommandInteractionEvent event = harness.slash(harness.ada(), true, "privacy export", Map.of());

        harness.router().onSlashCommandInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.message().getFiles()).extracting(FileUpload::getName)
                .containsExactly("coffee-chat-export-2026-03-02.json", "coffee-chat-contacts-2026-03-02.csv");
    }

    @Test
    void aConnectionsCsvAttachedToContactImportIsDownloadedAndSummedUp() {
        String csv = "Notes:\n\"Some emails may be missing.\"\n\n" + "First Name,Last Name,URL,Email Address,Company,"
                + "Position,Connected On\nPriya,Raman,https://www.linkedin.com/in/priya,,Acme,Engineer,14 Feb 2026\n";
        SlashCommandInteractionEvent event = withAttachment(harness.slash(harness.ada(), true, "contact import",
                Map.of()), CompletableFuture.completedFuture(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));

        harness.router().onSlashCommandInteraction(event);

        Answer answer = harness.answerTo(event);
        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).contains(harness.text("contact.import.summary", "fresh", 1, "duplicates", 0,
                "refused", 0), harness.text("contact.import.confirm", "count", 1));
    }

    @Test
    void anAttachmentThatCannotBeDownloadedIsSaidSoAndNothingIsImported() {
        SlashCommandInteractionEvent event = withAttachment(harness.slash(harness.ada(), true, "contact import",
                Map.of()), CompletableFuture.failedFuture(new IOException("connection reset")));

        harness.router().onSlashCommandInteraction(event);

        assertThat(harness.answerTo(event).text()).contains(harness.text("discord.file-unreadable"));
    }

    /** The event with a file attached to its {@code file} option, downloading as {@code download} does. */
    private static SlashCommandInteractionEvent withAttachment(SlashCommandInteractionEvent event,
                                                               CompletableFuture<InputStream> download) {
        Message.Attachment attachment = mock(Message.Attachment.class);
        NamedAttachmentProxy proxy = mock(NamedAttachmentProxy.class);
        when(attachment.getProxy()).thenReturn(proxy);
        when(proxy.download()).thenReturn(download);
        OptionMapping file = mock(OptionMapping.class);
        when(file.getName()).thenReturn("file");
        when(file.getType()).thenReturn(OptionType.ATTACHMENT);
        when(file.getAsAttachment()).thenReturn(attachment);
        when(event.getOptions()).thenReturn(List.of(file));
        return event;
    }

    @Test
    void aNewMessageAndAnEditCarryEveryFileAndAReplyWithoutFilesCarriesNone() {
        DiscordReplyRenderer renderer = new DiscordReplyRenderer(DiscordLabels.defaults());
        Reply reply = new Reply(List.of("Here you are."), Optional.empty(), List.of(), 3, "", List.of(
                new Attachment("export.json", "application/json", "{}".getBytes()),
                new Attachment("contacts.csv", "text/csv", "name\n".getBytes())));

        MessageCreateData created = renderer.render(reply);
        MessageEditData edited = renderer.renderEdit(reply);

        assertThat(created.getFiles()).extracting(FileUpload::getName).containsExactly("export.json", "contacts.csv");
        assertThat(edited.getFiles()).extracting(FileUpload::getName).containsExactly("export.json", "contacts.csv");
        assertThat(renderer.render(new Reply(List.of("No file."), Optional.empty(), List.of(), 3, "")).getFiles())
                .isEmpty();
    }
}
