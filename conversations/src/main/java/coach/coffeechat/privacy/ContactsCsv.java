package coach.coffeechat.privacy;

import coach.coffeechat.contact.Contact;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The contacts of {@code /privacy export} as CSV (RFC 4180, with a header), for a spreadsheet: one row per contact
 * with the columns {@link #HEADER} names, stages, warmth and sources by their ids, instants as ISO-8601 UTC.
 * Stateless.
 */
final class ContactsCsv {
    /** The header row. */
    static final String[] HEADER = {"name", "role", "organisation", "warmth", "source", "referrer", "why", "reach",
        "stage", "stage_changed_at", "created_at"};

    private ContactsCsv() {
    }

    /** The file's bytes, UTF-8. */
    static byte[] csv(List<Contact> contacts) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Contact contact : contacts) {
                printer.printRecord(contact.name(), contact.role(), contact.organisation(), contact.warmth().id(),
                        contact.source().id(), contact.referrerName(), contact.why(), contact.reach(),
                        contact.stage().id(), contact.stageChangedAt(), contact.createdAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the contacts could not be written as CSV", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
