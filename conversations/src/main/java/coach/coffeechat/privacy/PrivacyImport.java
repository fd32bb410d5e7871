package coach.coffeechat.privacy;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.CommandSpec.OptionKind;
import coach.coffeechat.engine.CommandSpec.OptionSpec;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Restore;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /privacy import file:}: an export of {@code /privacy export} written back into an account that holds
 * nothing yet, with nothing lost: every table each feature exported, ids given afresh and followed. Refused, kindly
 * and with what to do, when the account holds anything; refused as a whole when the file is too big, not an
 * export, of a newer version or edited out of shape. Everything is written in the command's one transaction,
 * behind a savepoint: a file that turns out not to fit halfway leaves nothing behind. Stateless.
 */
final class PrivacyImport {
    private final Texts texts;
    private final UserData data;

    PrivacyImport(Texts texts, UserData data) {
        this.texts = texts;
        this.data = data;
    }

    /** The command: one required file. */
    CommandSpec spec() {
        return new CommandSpec("privacy import", texts.get("privacy.import.command"), List.of(new OptionSpec("file",
                texts.get("privacy.import.file"), true, OptionKind.FILE, List.of())));
    }

    /** Checks the account and the file, then writes the export back or says why not. */
    CommandHandler.Result start(Input.Command command, StepContext context) {
        UserData.Summary kept = data.summary(context.connection(), context.user());
        if (!kept.empty()) {
            return CommandHandler.respond(texts.get("privacy.import.not-empty", "contacts", kept.count("contacts"),
                    "meetings", kept.count("meetings")));
        }
        ImportFile.Result read = ImportFile.read(command.option("file").getBytes(StandardCharsets.UTF_8),
                data.kinds());
        if (read instanceof ImportFile.Refused refused) {
            return CommandHandler.respond(texts.get(refused.key(), "detail", refused.detail()));
        }
        Connection connection = context.connection();
        Savepoint before = savepoint(connection);
        Map<String, Integer> leftOut;
        try {
            leftOut = data.restore(connection, context.user(), (ImportFile.Read) read);
        } catch (Restore.Refused e) {
            rollback(connection, before);
            Restore.Refusal refusal = e.refusal();
            return CommandHandler.respond(texts.get("privacy.import." + refusal.key(), "table", refusal.table(),
                    "row", refusal.row(), "column", refusal.column()));
        }
        UserData.Summary restored = data.summary(connection, context.user());
        if (restored.empty()) {
            return CommandHandler.respond(texts.get("privacy.import.nothing"));
        }
        List<String> notes = new ArrayList<>();
        notes.add(texts.get("privacy.import.done", "contacts", restored.count("contacts"),
                "meetings", restored.count("meetings"), "questions", restored.count("questions"),
                "followups", restored.count("followups")));
        int out = leftOut.values().stream().mapToInt(Integer::intValue).sum();
        if (out > 0) {
            notes.add(texts.get("privacy.import.left-out", "count", out));
        }
        return new CommandHandler.Respond(notes, List.of());
    }

    private static Savepoint savepoint(Connection connection) {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new StoreException("an import could not set its savepoint", e);
        }
    }

    private static void rollback(Connection connection, Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new StoreException("an import could not be rolled back", e);
        }
    }
}
