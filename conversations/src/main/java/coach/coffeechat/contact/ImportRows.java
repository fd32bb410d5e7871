package coach.coffeechat.contact;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the people of an imported CSV, no database: a LinkedIn "Connections.csv" (its header {@value #LINKEDIN}
 * after a few "Notes:" lines), or a simple CSV with a {@code name} column and optional {@code role},
 * {@code organisation} and {@code reach} (the contacts CSV of {@code /privacy export} is one). Whole-file limits
 * come first: more than {@value #MAX_BYTES} bytes or {@code contacts.import-max-rows} rows is refused outright. Each row is then
 * kept or refused with its reason. Stateless.
 */
final class ImportRows {
    /** The largest file read: 5 MB. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most rows one import may hold unless {@code contacts.import-max-rows} says otherwise. */
    static final int DEFAULT_MAX_ROWS = 1000;
    /** The first cells of LinkedIn's header. */
    static final String LINKEDIN = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
    private static final int MAX_NAME = 100;
    private static final int MAX_REACH = 200;

    private ImportRows() {
    }

    /** What reading a file came to. */
    sealed interface Result {
    }

    /**
     * The file as a whole is refused; nothing is imported.
     *
     * @param reason the message key ({@code contact.import.too-big}, {@code .too-many}, {@code .no-header})
     * @param count the size in MB or the number of rows, for the message
     */
    record Refused(String reason, long count) implements Result {
    }

    /**
     * The rows read.
     *
     * @param linkedIn whether it was a LinkedIn export
     * @param people the rows that can become contacts, in file order
     * @param bad the rows refused, each with its line and reason
     */
    record Read(boolean linkedIn, List<Person> people, List<BadRow> bad) implements Result {
        Read {
            people = List.copyOf(people);
            bad = List.copyOf(bad);
        }
    }

    /** A person to import: name, role, organisation and how to reach them (email, else profile URL). */
    record Person(String name, String role, String organisation, String reach) {
    }

    /**
     * A row that cannot be imported.
     *
     * @param line its line in the file, counting from 1
     * @param reason the message key of the reason ({@code contact.import.bad.no-name} ...)
     */
    record BadRow(long line, String reason) {
    }

    /**
     * Reads a file's bytes (UTF-8, an optional byte-order mark skipped).
     *
     * @param maxRows the most rows the file may hold
     */
    static Result read(byte[] file, int maxRows) {
        if (file.length > MAX_BYTES) {
            return new Refused("contact.import.too-big", (file.length + (1 << 20) - 1) >> 20);
        }
        String text = new String(file, StandardCharsets.UTF_8);
        return read(text.startsWith("\uFEFF") ? text.substring(1) : text, maxRows);
    }

    /** Reads a file's text, of at most {@code maxRows} rows. */
    static Result read(String text, int maxRows) {
        String[] lines = text.split("\r?\n", -1);
        int header = -1;
        boolean linkedIn = false;
        for (int i = 0; i < lines.length && header < 0; i++) {
            String first = lines[i].strip().toLowerCase(Locale.ROOT);
            if (first.startsWith("first name,last name")) {
                header = i;
                linkedIn = true;
            } else if (first.equals("name") || first.startsWith("name,") || first.startsWith("\"name\"")) {
                header = i;
            }
        }
        if (header < 0) {
            return new Refused("contact.import.no-header", 0);
        }
        String body = String.join("\n", List.of(lines).subList(header, lines.length));
        List<CSVRecord> records;
        try {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(true).get().parse(new StringReader(body)).getRecords();
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            return new Refused("contact.import.unreadable", 0);
        }
        if (records.size() > maxRows) {
            return new Refused("contact.import.too-many", records.size());
        }
        List<Person> people = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        for (CSVRecord record : records) {
            Map<String, String> cells = cells(record);
            String name = linkedIn ? (cells.getOrDefault("first name", "") + " "
                    + cells.getOrDefault("last name", "")).strip() : cells.getOrDefault("name", "");
            String role = cells.getOrDefault(linkedIn ? "position" : "role", "");
            String organisation = cells.getOrDefault(linkedIn ? "company" : "organisation", "");
            String reach = linkedIn ? firstNonBlank(cells.getOrDefault("email address", ""),
                    cells.getOrDefault("url", "")) : cells.getOrDefault("reach", "");
            long line = header + record.getRecordNumber() + 1;
            String reason = name.isBlank() ? "contact.import.bad.no-name"
                    : name.length() > MAX_NAME ? "contact.import.bad.long-name"
                    : role.length() > MAX_NAME || organisation.length() > MAX_NAME ? "contact.import.bad.long-position"
                    : reach.length() > MAX_REACH ? "contact.import.bad.long-reach" : "";
            if (reason.isEmpty()) {
                people.add(new Person(name.replaceAll("\\s+", " "), role, organisation, reach));
            } else {
                bad.add(new BadRow(line, reason));
            }
        }
        return new Read(linkedIn, people, bad);
    }

    private static Map<String, String> cells(CSVRecord record) {
        Map<String, String> cells = new TreeMap<>();
        for (Map.Entry<String, String> cell : record.toMap().entrySet()) {
            if (cell.getKey() != null && cell.getValue() != null) {
                cells.put(cell.getKey().strip().toLowerCase(Locale.ROOT), cell.getValue().strip());
            }
        }
        return cells;
    }

    private static String firstNonBlank(String a, String b) {
        return a.isBlank() ? b : a;
    }
}
