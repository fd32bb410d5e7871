package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.bot.discord.RouterHarness.Answer;
import coach.coffeechat.engine.Attachment;
import coach.coffeechat.engine.Reply;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
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
