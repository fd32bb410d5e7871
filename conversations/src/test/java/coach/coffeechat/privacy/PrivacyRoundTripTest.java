package coach.coffeechat.privacy;

import static coach.coffeechat.testing.ProductBench.text;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Rows;
import coach.coffeechat.store.Sql;
import coach.coffeechat.store.TableShape;
import coach.coffeechat.testing.ProductBench;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /privacy import} brings an export back with nothing lost: a fixture account with a telling value in every
 * column of every exported table is exported, written back into an empty account (on the same database after
 * {@code /privacy forget}, and on another database), and exported again; the two exports are the same but for the
 * export time and the bot's own ids, which are compared by what they point to. A column added to an exported table
 * fails {@link #theFixtureTouchesEveryColumnOfEveryExportedTable} until the fixture gives it a value, and then the
 * round trip covers it; so does a new table naming a user (an {@code owner_id} or {@code user_id}) left out of the
 * export.
 */
final class PrivacyRoundTripTest {
    private static final UserId MAYA = new UserId("maya");
    private static final UserId LEO = new UserId("leo");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Answers of flows set aside that hold contact ids, as the contacts feature declares them. */
    private static final Map<String, String> CONTACT_ANSWERS = Map.of("contact-id", "", "referrer-id", "",
            "saved-contact-id", "", "duplicate", "c", "referrer-pick", "c");
    private static final Pattern KEY_ABOUT_CONTACT = Pattern.compile("([a-z-]+):(\\d+):(\\S+)");

    private final ProductBench bench = new ProductBench();
    private final ProductBench other = new ProductBench();

    @AfterEach
    void close() {
        bench.close();
        other.close();
    }

    @Test
    void theFixtureTouchesEveryColumnOfEveryExportedTable() throws IOException {
        JsonNode data = export(bench, MAYA).path("data");

        List<String> untouched = new ArrayList<>();
        for (Map.Entry<String, JsonNode> table : tables(data).entrySet()) {
            TableShape shape = bench.database().inTransaction(c -> TableShape.of(c, table.getKey()));
            assertThat(table.getValue()).as(table.getKey() + " has rows in the fixture").isNotEmpty();
            for (String column : shape.columns().keySet()) {
                boolean told = false;
                for (JsonNode row : table.getValue()) {
                    assertThat(row.has(column)).as(table.getKey() + "." + column + " is exported").isTrue();
                    told |= telling(row.get(column));
                }
                if (!told) {
                    untouched.add(table.getKey() + "." + column);
                }
            }
        }
        assertThat(untouched).as("columns the fixture leaves null, empty, 0 or false: give each a value in"
                + " PrivacyRoundTripTest.fillEveryColumn so that the round trip covers it").isEmpty();
        List<String> naming = bench.database().inTransaction(c -> Sql.list(c, "SELECT LOWER(table_name) FROM"
                + " information_schema.columns WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA)"
                + " AND LOWER(column_name) IN ('owner_id', 'user_id')", s -> { }, row -> row.getString(1)));
        assertThat(tables(data).keySet()).as("every table naming a user is exported, but the engine's session")
                .containsAll(naming.stream().filter(table -> !table.equals("sessions")).toList());
    }

    @Test
    void anExportComesBackWithNothingLostAfterForgetOnTheSameDatabase() throws IOException {
        JsonNode before = export(bench, MAYA);
        bench.handle(MAYA, Input.Command.of("privacy forget"));
        bench.handle(MAYA, new Input.Answer("yes"));

        Reply reply = importInto(bench, MAYA, before);

        assertThat(reply.notes()).containsExactly(text("privacy.import.done", "contacts", 2, "meetings", 1,
                "questions", 1, "followups", count(before, "follow_ups")));
        assertThat(comparable(export(bench, MAYA))).isEqualTo(comparable(before));
        assertThat(export(bench, LEO).path("data").path("contacts").path("contacts")).hasSize(2);
    }

    @Test
    void anExportComesBackWithNothingLostOnAnotherDatabase() throws IOException {
        JsonNode before = export(bench, MAYA);
        copyServers(bench, other);

        Reply reply = importInto(other, MAYA, before);

        assertThat(reply.notes()).hasSize(1);
        assertThat(comparable(export(other, MAYA))).isEqualTo(comparable(before));
    }

    @Test
    void withoutTheCoachsServerItsSharesStayOutAndTheRestComesBack() throws IOException {
        JsonNode before = export(bench, MAYA);

        Reply reply = importInto(other, MAYA, before);

        assertThat(reply.notes()).endsWith(text("privacy.import.left-out", "count", 2));
        JsonNode after = export(other, MAYA);
        assertThat(after.path("data").path("coach-sharing").path("coach_members")).isEmpty();
        ((ObjectNode) before.path("data")).remove(List.of("coach-sharing", "challenges"));
        ((ObjectNode) after.path("data")).remove(List.of("coach-sharing", "challenges"));
        assertThat(comparable(after)).isEqualTo(comparable(before));
    }

    /** The fixture of the export tests, then a telling value in every column they leave at its default. */
    private JsonNode export(ProductBench on, UserId user) throws IOException {
        if (on == bench && !filled) {
            filled = true;
            PrivacyFixture.fillEverything(bench, MAYA);
            PrivacyFixture.fillEverything(bench, LEO);
            fillEveryColumn(bench, MAYA);
        }
        Reply reply = on.handle(user, Input.Command.of("privacy export"));
        return JSON.readTree(reply.attachments().get(0).content());
    }

    private boolean filled;

    private static Reply importInto(ProductBench on, UserId user, JsonNode export) throws IOException {
        return on.handle(user, new Input.Command("privacy import",
                Map.of("file", new String(JSON.writeValueAsBytes(export), StandardCharsets.UTF_8))));
    }

    /**
     * What the fixture of the export tests leaves at a column's default, set: a request, a stay-in-touch prompt
     * with its wall-clock time, settings and profile, a meeting's advice, and a flow set aside holding a contact.
     */
    private static void fillEveryColumn(ProductBench bench, UserId user) {
        bench.handle(user, new Input.Command("settings", Map.of("quiet-hours", "22:00-07:00",
                "linkedin", "premium", "language", "de")));
        bench.handle(user, new Input.Command("contact stage", Map.of("contact", "Sam Park")));
        Reply interrupted = bench.handle(user, Input.Command.of("questions check"));
        String setAside = ((Prompt.Choice) interrupted.prompt().orElseThrow()).options().stream()
                .filter(option -> !option.id().equals("resume")).findFirst().orElseThrow().id();
        bench.handle(user, new Input.Answer(setAside));
        bench.handle(user, new Input.Control(ControlAction.CANCEL));
        bench.database().inTransaction(c -> {
            Sql.update(c, "UPDATE contacts SET role = 'Researcher', organisation = 'Acme', reach = 'a@acme.example',"
                    + " meeting_at = TIMESTAMP WITH TIME ZONE '2026-03-05 15:00:00+00', meeting_format = 'video',"
                    + " meeting_sequence = 2 WHERE owner_id = ?", s -> s.setString(1, user.value()));
            long ana = Sql.one(c, "SELECT id FROM contacts WHERE owner_id = ? AND name = 'Ana Li'",
                    s -> s.setString(1, user.value()), row -> row.getLong(1)).orElseThrow();
            Sql.update(c, "INSERT INTO requests (owner_id, contact_id, format, text, created_at, sent_at,"
                    + " server_id) VALUES (?, ?, 'email', 'Subject: Hello', TIMESTAMP WITH TIME ZONE"
                    + " '2026-03-01 10:00:00+00', TIMESTAMP WITH TIME ZONE '2026-03-01 11:00:00+00', 'cohort-a')", s -> {
                        s.setString(1, user.value());
                        s.setLong(2, ana);
                    });
            Sql.update(c, "UPDATE meetings SET advice = 'Read the papers', promised = 'Send my notes',"
                    + " stay_in_touch = 'Every quarter' WHERE owner_id = ?", s -> s.setString(1, user.value()));
            Sql.update(c, "UPDATE meeting_suggestions SET role = 'Designer', organisation = 'Beta'", s -> { });
            Sql.update(c, "UPDATE users SET discord_locale = 'es-419' WHERE user_id = ?",
                    s -> s.setString(1, user.value()));
            Sql.update(c, "UPDATE stage_changes SET from_stage = 'identified' WHERE from_stage IS NULL", s -> { });
            Sql.update(c, "INSERT INTO follow_ups (owner_id, contact_id, kind, state, due_at, wake_at, local_due,"
                    + " zone, attempts, deliveries, held, idempotency_key, created_at, updated_at, sent_at) VALUES"
                    + " (?, ?, 'stay-in-touch', 'sent', TIMESTAMP WITH TIME ZONE '2026-03-05 08:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-03-06 08:00:00+00', TIMESTAMP '2026-03-05 09:00:00',"
                    + " 'Europe/Berlin', 2, 1, TRUE, ?, TIMESTAMP WITH TIME ZONE '2026-03-01 08:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-03-05 08:00:00+00', TIMESTAMP WITH TIME ZONE"
                    + " '2026-03-05 08:00:01+00')", s -> {
                        s.setString(1, user.value());
                        s.setLong(2, ana);
                        s.setString(3, "stay-in-touch:" + ana + ":1772697600");
                    });
            return null;
        });
    }

    /** Coaches' servers and challenges are theirs, not a member's: the other bot has them too. */
    private static void copyServers(ProductBench from, ProductBench to) {
        for (String table : List.of("coach_servers", "challenges")) {
            List<Map<String, Object>> rows = from.database().inTransaction(c -> Rows.read(c,
                    "SELECT * FROM " + table + " WHERE ? IS NOT NULL ORDER BY 1", "x"));
            to.database().inTransaction(c -> {
                TableShape shape = TableShape.of(c, table);
                for (Map<String, Object> row : rows) {
                    List<String> columns = new ArrayList<>(row.keySet());
                    Sql.update(c, "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                            + String.join(", ", columns.stream().map(column -> "?").toList()) + ")", s -> {
                                for (int i = 0; i < columns.size(); i++) {
                                    Object value = shape.value(columns.get(i), row.get(columns.get(i))).orElseThrow();
                                    s.setObject(i + 1, value == TableShape.NULL ? null : value);
                                }
                            });
                }
                return null;
            });
        }
    }

    /**
     * An export as it must come back: without its time, and with each of the bot's ids (and foreign keys, and ids
     * kept inside a follow-up's key or a draft's answers) replaced by the place of the row it names in its table.
     */
    private JsonNode comparable(JsonNode export) {
        JsonNode data = export.path("data").deepCopy();
        Map<String, JsonNode> tables = tables(data);
        Map<String, Map<Long, Integer>> places = new HashMap<>();
        tables.forEach((table, rows) -> {
            Map<Long, Integer> place = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).has("id")) {
                    place.put(rows.get(i).path("id").asLong(), i);
                }
            }
            places.put(table, place);
        });
        for (Map.Entry<String, JsonNode> table : tables.entrySet()) {
            TableShape shape = bench.database().inTransaction(c -> TableShape.of(c, table.getKey()));
            for (JsonNode node : table.getValue()) {
                ObjectNode row = (ObjectNode) node;
                if (row.has("id") && !shape.references().containsKey("id")) {
                    row.put("id", "#" + places.get(table.getKey()).get(row.path("id").asLong()));
                }
                shape.references().forEach((column, reference) -> {
                    if (places.containsKey(reference.table()) && row.path(column).isIntegralNumber()) {
                        row.put(column, "#" + places.get(reference.table()).get(row.path(column).asLong()));
                    }
                });
                if (row.has("idempotency_key")) {
                    Matcher key = KEY_ABOUT_CONTACT.matcher(row.path("idempotency_key").asText());
                    if (key.matches()) {
                        row.put("idempotency_key", key.group(1) + ":#"
                                + places.get("contacts").get(Long.parseLong(key.group(2))) + ":" + key.group(3));
                    }
                }
                if (table.getKey().equals("flow_drafts")) {
                    row.set("state", draft(row.path("state").asText(), places.get("contacts")));
                }
            }
        }
        return data;
    }

    private static JsonNode draft(String state, Map<Long, Integer> contacts) {
        try {
            JsonNode parsed = JSON.readTree(state);
            for (JsonNode frame : parsed.path("frames")) {
                ObjectNode answers = (ObjectNode) frame.path("answers");
                CONTACT_ANSWERS.forEach((answer, prefix) -> {
                    String value = answers.path(answer).asText("");
                    if (!value.isEmpty() && value.startsWith(prefix) && !value.equals(prefix)) {
                        answers.set(answer, new TextNode(prefix + "#"
                                + contacts.get(Long.parseLong(value.substring(prefix.length())))));
                    }
                });
            }
            return parsed;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, JsonNode> tables(JsonNode data) {
        Map<String, JsonNode> tables = new LinkedHashMap<>();
        for (Iterator<JsonNode> kinds = data.elements(); kinds.hasNext(); ) {
            kinds.next().fields().forEachRemaining(table -> tables.put(table.getKey(), table.getValue()));
        }
        return tables;
    }

    private static int count(JsonNode export, String table) {
        return tables(export.path("data")).get(table).size();
    }

    private static boolean telling(JsonNode value) {
        return !(value == null || value.isNull() || value.isTextual() && value.asText().isEmpty()
                || value.isNumber() && value.asLong() == 0 || value.isBoolean() && !value.asBoolean());
    }
}
