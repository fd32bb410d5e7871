package coach.coffeechat.privacy;

import static coach.coffeechat.testing.ProductBench.text;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Sql;
import coach.coffeechat.testing.ProductBench;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /privacy import} refuses kindly and keeps nothing of a file it cannot take: an account that already holds
 * something, a file too big, not JSON, not an export, of a newer version, or edited out of shape, including a
 * value that turns out not to fit after earlier tables were written (rolled back, nothing half-imported).
 */
final class PrivacyImportTest {
    private static final UserId MAYA = new UserId("maya");
    private static final UserId NEW = new UserId("newcomer");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProductBench bench = new ProductBench();
    private ObjectNode export;

    @BeforeEach
    void export() throws IOException {
        PrivacyFixture.fillEverything(bench, MAYA);
        Reply reply = bench.handle(MAYA, Input.Command.of("privacy export"));
        export = (ObjectNode) JSON.readTree(reply.attachments().get(0).content());
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void anAccountThatHoldsAnythingIsLeftAsItIsWithWhatToDo() {
        Reply reply = importText(MAYA, export.toString());

        assertThat(reply.notes()).containsExactly(text("privacy.import.not-empty", "contacts", 2, "meetings", 1));
        assertThat(contacts(MAYA)).isEqualTo(2);
    }

    @Test
    void anotherAccountTakesTheExportAsItsOwn() {
        Reply reply = importText(NEW, export.toString());

        assertThat(reply.notes().get(0)).startsWith("Welcome back");
        assertThat(contacts(NEW)).isEqualTo(2);
        assertThat(contacts(MAYA)).isEqualTo(2);
    }

    @Test
    void filesThatAreNotExportsAreRefusedWithTheirReason() {
        assertThat(importText(NEW, "name,role\nAna,UX\n").notes())
                .containsExactly(text("privacy.import.not-json", "detail", ""));
        assertThat(importText(NEW, "{\"format\": \"something else\", \"version\": 1}").notes())
                .containsExactly(text("privacy.import.not-export", "detail", ""));
        assertThat(importText(NEW, "{\"format\": \"coffee-chat-coach-export\", \"version\": 2, \"data\": {}}").notes())
                .containsExactly(text("privacy.import.newer", "detail", "2"));
        assertThat(importText(NEW, export.toString().substring(0, 500)).notes())
                .containsExactly(text("privacy.import.not-json", "detail", ""));
        assertThat(importText(NEW, "x".repeat(ImportFile.MAX_BYTES + 1)).notes())
                .containsExactly(text("privacy.import.too-big", "detail", "11"));
        assertThat(contacts(NEW)).isZero();
    }

    @Test
    void anEditedFileIsRefusedAsAWholeNamingWhere() {
        ObjectNode unknownKind = export.deepCopy();
        ((ObjectNode) unknownKind.path("data")).putObject("horoscopes");
        assertThat(importText(NEW, unknownKind.toString()).notes())
                .containsExactly(text("privacy.import.unknown-kind", "detail", "horoscopes"));

        ObjectNode nested = export.deepCopy();
        ((ObjectNode) nested.path("data").path("contacts").path("contacts").get(0)).putArray("name");
        assertThat(importText(NEW, nested.toString()).notes())
                .containsExactly(text("privacy.import.bad-shape", "detail", "contacts"));
        assertThat(contacts(NEW)).isZero();
    }

    @Test
    void aValueThatDoesNotFitLateInTheFileLeavesNothingBehind() {
        ObjectNode late = export.deepCopy();
        ((ObjectNode) late.path("data").path("drafts").path("flow_drafts").get(0)).put("saved_at", "yesterday");
        assertThat(importText(NEW, late.toString()).notes()).containsExactly(text("privacy.import.bad-value",
                "table", "flow_drafts", "row", 1, "column", "saved_at"));

        ObjectNode unknownColumn = export.deepCopy();
        ((ObjectNode) unknownColumn.path("data").path("meetings").path("meetings").get(0)).put("mood", "great");
        assertThat(importText(NEW, unknownColumn.toString()).notes()).containsExactly(text(
                "privacy.import.unknown-column", "table", "meetings", "row", 1, "column", "mood"));

        ObjectNode tooLong = export.deepCopy();
        ((ObjectNode) tooLong.path("data").path("contacts").path("contacts").get(1)).put("name", "x".repeat(101));
        assertThat(importText(NEW, tooLong.toString()).notes()).containsExactly(text("privacy.import.bad-value",
                "table", "contacts", "row", 2, "column", "name"));

        for (String table : List.of("users", "contacts", "meetings", "follow_ups", "flow_drafts")) {
            String owner = table.equals("users") || table.equals("flow_drafts") ? "user_id" : "owner_id";
            int left = bench.database().inTransaction(c -> Sql.one(c, "SELECT COUNT(*) FROM " + table + " WHERE "
                    + owner + " = ?", s -> s.setString(1, NEW.value()), row -> row.getInt(1)).orElse(0));
            assertThat(left).as(table).isZero();
        }
        assertThat(importText(NEW, export.toString()).notes().get(0)).startsWith("Welcome back");
        assertThat(contacts(NEW)).isEqualTo(2);
    }

    private Reply importText(UserId user, String file) {
        return bench.handle(user, new Input.Command("privacy import", Map.of("file", file)));
    }

    private int contacts(UserId user) {
        return bench.database().inTransaction(c -> Sql.one(c, "SELECT COUNT(*) FROM contacts WHERE owner_id = ?",
                s -> s.setString(1, user.value()), row -> row.getInt(1)).orElse(0));
    }
}
