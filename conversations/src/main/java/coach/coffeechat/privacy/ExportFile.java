package coach.coffeechat.privacy;

import coach.coffeechat.engine.ExportedTable;
import coach.coffeechat.engine.UserId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The JSON file of {@code /privacy export}, in the shape {@code docs/export-format.md} describes: a header naming
 * the format, its version, the user and when, then every kind of data, table by table, row by row. Version
 * {@value #VERSION}; a change that drops or renames anything raises it. Thread-safe.
 */
final class ExportFile {
    /** What the file is. */
    static final String FORMAT = "coffee-chat-coach-export";
    /** The shape's version. */
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExportFile() {
    }

    /**
     * The file's bytes, UTF-8.
     *
     * @param user whose data it is
     * @param now when it was exported
     * @param kinds each kind of data ({@code contacts}, {@code meetings} ...) with its tables, in assembly order
     */
    static byte[] json(UserId user, Instant now, Map<String, List<ExportedTable>> kinds) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("user", user.value());
        root.put("exportedAt", now.toString());
        ObjectNode data = root.putObject("data");
        for (Map.Entry<String, List<ExportedTable>> kind : kinds.entrySet()) {
            ObjectNode tables = data.putObject(kind.getKey());
            for (ExportedTable table : kind.getValue()) {
                ArrayNode rows = tables.putArray(table.table());
                table.rows().forEach(row -> rows.add(JSON.valueToTree(row)));
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the export could not be written as JSON", e);
        }
    }
}
