package coach.coffeechat.bot;

import coach.coffeechat.checks.CheckReport;
import coach.coffeechat.checks.Finding;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Writes a check report as the one-line JSON object the command-line checks print:
 * {@code {"ok":true,"words":84,"characters":451,"findings":[{"rule":"yes-no","severity":"warn","message":"...",
 * "line":3}]}}, where {@code line} appears only for findings about one line of the input. Thread-safe.
 */
final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportJson() {
    }

    /**
     * The report as one line of JSON.
     *
     * @param report what the checks found
     * @param lineOf the input line a finding is about, or empty to leave {@code line} out
     */
    static String write(CheckReport report, Function<Finding, OptionalInt> lineOf) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("ok", report.ok());
        root.put("words", report.words());
        root.put("characters", report.characters());
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("rule", finding.rule());
            node.put("severity", finding.severity().id());
            node.put("message", finding.message());
            lineOf.apply(finding).ifPresent(line -> node.put("line", line));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers could not be written as JSON", e);
        }
    }
}
