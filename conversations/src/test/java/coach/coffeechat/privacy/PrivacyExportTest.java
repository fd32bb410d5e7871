package coach.coffeechat.privacy;

import static coach.coffeechat.testing.ProductBench.text;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.Attachment;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Sql;
import coach.coffeechat.testing.ProductBench;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /privacy export} on the whole product: one JSON file in the documented shape with every row about the
 * user in every table that names them (and the rows hanging off those), nothing about anyone else, and the contacts
 * as CSV that parses back field for field.
 */
final class PrivacyExportTest {
    private static final UserId MAYA = new UserId("maya");
    private static final UserId LEO = new UserId("leo");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProductBench bench = new ProductBench();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void theJsonHoldsEveryRowAboutTheUserAndNothingAboutAnyoneElse() throws IOException {
        PrivacyFixture.fillEverything(bench, MAYA);
        PrivacyFixture.fillEverything(bench, LEO);

        Reply reply = bench.handle(MAYA, Input.Command.of("privacy export"));

        assertThat(reply.notes()).containsExactly(text("privacy.export.done", "json",
                "coffee-chat-export-2026-03-02.json", "csv", "coffee-chat-contacts-2026-03-02.csv", "contacts", 2));
        assertThat(reply.attachments()).extracting(Attachment::mediaType).containsExactly("application/json",
                "text/csv");
        JsonNode export = JSON.readTree(reply.attachments().get(0).content());
        assertThat(export.path("format").asText()).isEqualTo(ExportFile.FORMAT);
        assertThat(export.path("version").asInt()).isEqualTo(1);
        assertThat(export.path("user").asText()).isEqualTo("maya");
        JsonNode data = export.path("data");
        assertThat(names(data)).containsExactly("settings", "contacts", "requests", "questions", "meetings",
                "followups", "coach-sharing", "challenges", "drafts");
        // Every table naming a user (but the engine's own session row) has as many rows in the file as in the
        // database, and so do the tables hanging off the contacts and meetings.
        for (String table : List.of("users", "contacts", "contact_notes", "requests", "question_lists", "meetings",
                "follow_ups", "coach_members", "challenge_members", "flow_drafts")) {
            assertThat(rows(data, table)).as(table).isEqualTo(count(table, MAYA));
        }
        assertThat(rows(data, "stage_changes")).isEqualTo(count("stage_changes", MAYA));
        assertThat(rows(data, "meeting_suggestions")).isEqualTo(1);
        assertThat(data.path("meetings").path("meetings").get(0).path("learned").asText()).isEqualTo("Private notes");
        assertThat(data.path("meetings").path("meetings").get(0).path("met_on").asText()).isEqualTo("2026-03-01");
        assertThat(data.path("settings").path("users").get(0).path("time_zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(data.path("contacts").path("contacts").get(0).path("created_at").asText())
                .isEqualTo("2026-03-02T09:00:00Z");
        JsonNode ana = data.path("contacts").path("contacts").get(1);
        assertThat(ana.path("name").asText()).isEqualTo("Ana Li");
        assertThat(ana.path("touch_every_days").asInt()).isEqualTo(60);
        assertThat(ana.path("cadence_set_at").asText()).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(ana.path("touched_at").asText()).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(ana.path("meeting_uid").asText()).endsWith("@coffeechat.coach");
        assertThat(data.path("contacts").path("contact_notes").get(0).path("note").asText())
                .isEqualTo("Sent her the research ops article");
        assertThat(new String(reply.attachments().get(0).content(), StandardCharsets.UTF_8))
                .doesNotContain("\"leo\"");
    }

    @Test
    void theContactsCsvParsesBackFieldForField() throws IOException {
        PrivacyFixture.fillEverything(bench, MAYA);

        Reply reply = bench.handle(MAYA, Input.Command.of("privacy export"));

        String csv = new String(reply.attachments().get(1).content(), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(2);
        CSVRecord ana = records.get(0);
        assertThat(ana.toMap()).containsEntry("name", "Ana Li").containsEntry("referrer", "Sam Park")
                .containsEntry("why", "Moved from teaching into UX").containsEntry("stage", "meeting-scheduled")
                .containsKeys(ContactsCsv.HEADER);
        assertThat(records.get(1).get("name")).isEqualTo("Sam Park");
    }

    @Test
    void aNewcomersExportIsValidAndEmpty() throws IOException {
        Reply reply = bench.handle(new UserId("newcomer"), Input.Command.of("privacy export"));

        JsonNode data = JSON.readTree(reply.attachments().get(0).content()).path("data");
        assertThat(rows(data, "contacts")).isZero();
        assertThat(new String(reply.attachments().get(1).content(), StandardCharsets.UTF_8).strip())
                .isEqualTo(String.join(",", ContactsCsv.HEADER));
    }

    private int count(String table, UserId user) {
        String where = switch (table) {
            case "users", "coach_members", "challenge_members", "flow_drafts" -> "user_id = ?";
            case "stage_changes" -> "contact_id IN (SELECT id FROM contacts WHERE owner_id = ?)";
            default -> "owner_id = ?";
        };
        return bench.database().inTransaction(c -> Sql.one(c, "SELECT COUNT(*) FROM " + table + " WHERE " + where,
                s -> s.setString(1, user.value()), row -> row.getInt(1)).orElse(0));
    }

    private static int rows(JsonNode data, String table) {
        for (JsonNode kind : data) {
            if (kind.has(table)) {
                return kind.path(table).size();
            }
        }
        return 0;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
