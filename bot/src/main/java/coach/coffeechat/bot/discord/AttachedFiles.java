package coach.coffeechat.bot.discord;

import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Input;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.entities.Message;

/**
 * The files attached to a slash command's options ({@code /contact import file:}), downloaded in the user's lane so
 * that the command gets their text: UTF-8, at most {@link CommandSpec#FILE_READ_LIMIT} bytes (the command refuses
 * a file that is too big). Stateless.
 */
final class AttachedFiles {
    private final Duration timeout;

    /** @param timeout how long one download may take */
    AttachedFiles(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * The command with each attachment's text as the value of its option, or empty when one could not be read.
     *
     * @param attachments the attached files, by option name
     */
    Optional<Input.Command> withFiles(Input.Command command, Map<String, Message.Attachment> attachments) {
        if (attachments.isEmpty()) {
            return Optional.of(command);
        }
        Map<String, String> options = new HashMap<>(command.options());
        for (Map.Entry<String, Message.Attachment> attachment : attachments.entrySet()) {
            try (InputStream in = attachment.getValue().getProxy().download()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                options.put(attachment.getKey(),
                        new String(in.readNBytes(CommandSpec.FILE_READ_LIMIT), StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (IOException | ExecutionException | TimeoutException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Input.Command(command.path(), options, command.place()));
    }
}
