package coach.coffeechat.privacy;

import coach.coffeechat.engine.UserId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a file given to {@code /privacy import}: an export in the shape {@link ExportFile} writes, checked as a whole
 * before anything is written (its size, that it is JSON, that it is an export, its version, and that every kind
 * holds tables of rows of plain values). Whether each value fits its column is checked while it is written back.
 * Stateless.
 */
final class ImportFile {
    /** The largest file read: 10 MiB, the most the bot attaches to a Discord reply. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportFile() {
    }

    /** What reading the file came to. */
    sealed interface Result {
    }

    /**
     * The file is not an export this bot can take; the key names why ({@code privacy.import.too-big} ...).
     *
     * @param key the message key
     * @param detail what the message names (a kind, the version), or empty
     */
    record Refused(String key, String detail) implements Result {
    }

    /**
     * An export, read.
     *
     * @param from whose export it is
     * @param tables every table's rows, by table name
     */
    record Read(UserId from, Map<String, List<Map<String, Object>>> tables) implements Result {
    }

    /**
     * Reads a file's bytes.
     *
     * @param kinds the kinds of data this bot keeps, as the file names them
     */
    static Result read(byte[] file, Set<String> kinds) {
        if (file.length > MAX_BYTES) {
            return new Refused("privacy.import.too-big", Long.toString((file.length + (1 << 20) - 1) >> 20));
        }
        JsonNode root;
        try {
            root = JSON.readTree(file);
        } catch (IOException e) {
            return new Refused("privacy.import.not-json", "");
        }
        if (root == null || !root.isObject() || !ExportFile.FORMAT.equals(root.path("format").asText())) {
            return new Refused("privacy.import.not-export", "");
        }
        JsonNode version = root.path("version");
        if (!version.isIntegralNumber() || version.asInt() < 1) {
            return new Refused("privacy.import.not-export", "");
        }
        if (version.asInt() > ExportFile.VERSION) {
            return new Refused("privacy.import.newer", version.asText());
        }
        String from = root.path("user").asText();
        if (!root.path("user").isTextual() || from.isBlank() || from.length() > UserId.MAX_LENGTH
                || !root.path("data").isObject()) {
            return new Refused("privacy.import.bad-shape", "");
        }
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("data").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> kind = it.next();
            if (!kinds.contains(kind.getKey())) {
                return new Refused("privacy.import.unknown-kind", kind.getKey());
            }
            if (!kind.getValue().isObject()) {
                return new Refused("privacy.import.bad-shape", kind.getKey());
            }
            for (Iterator<Map.Entry<String, JsonNode>> t = kind.getValue().fields(); t.hasNext(); ) {
                Map.Entry<String, JsonNode> table = t.next();
                List<Map<String, Object>> rows = rows(table.getValue());
                if (rows == null || tables.containsKey(table.getKey())) {
                    return new Refused("privacy.import.bad-shape", kind.getKey());
                }
                tables.put(table.getKey(), rows);
            }
        }
        return new Read(new UserId(from), tables);
    }

    /** An array of objects of plain values, or null when it is anything else. */
    private static List<Map<String, Object>> rows(JsonNode array) {
        if (!array.isArray()) {
            return null;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode node : array) {
            if (!node.isObject()) {
                return null;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> column = it.next();
                JsonNode value = column.getValue();
                if (value.isContainerNode()) {
                    return null;
                }
                row.put(column.getKey(), plain(value));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Object plain(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.canConvertToLong() ? (Object) value.longValue() : value.bigIntegerValue();
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        return value.asText();
    }
}
