package coach.coffeechat.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One table's rows about a user, as {@code /privacy export} writes them: each row's columns by name, with plain
 * values (numbers, booleans, text, ISO-8601 instants and dates, null).
 *
 * @param table the table's name
 * @param rows the rows, in a stable order
 */
public record ExportedTable(String table, List<Map<String, Object>> rows) {
    public ExportedTable {
        Objects.requireNonNull(table, "table");
        List<Map<String, Object>> copied = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            copied.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }
}
