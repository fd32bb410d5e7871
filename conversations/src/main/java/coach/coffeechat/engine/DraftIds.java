package coach.coffeechat.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Follows the ids in the answers of flows set aside when an export is written back: each answer a feature declared
 * ({@link Restore.AnswerId}) gets the id its row was given, so that {@code /resume} picks the flow up with the same
 * contact. An id whose row was not in the file becomes 0, which names no row. Stateless.
 */
final class DraftIds {
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private DraftIds() {
    }

    /** The {@code flow_drafts} row with the ids in its {@code state} followed; unchanged when it holds none. */
    static Map<String, Object> rewrite(Map<String, Object> row, Restore restore) {
        if (!(row.get("state") instanceof String state)) {
            return row;
        }
        SessionCodec.State decoded;
        try {
            decoded = SessionCodec.decode(state);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new Restore.Refused(new Restore.Refusal("bad-value", "flow_drafts", 0, "state"));
        }
        List<Frame> frames = new ArrayList<>();
        boolean changed = false;
        for (Frame frame : decoded.frames()) {
            Map<String, String> answers = new HashMap<>(frame.answers());
            for (Restore.AnswerId answerId : restore.answerIds()) {
                String value = answers.get(answerId.answer());
                if (value == null || !answerId.flowId().isEmpty() && !answerId.flowId().equals(frame.flowId())
                        || !value.startsWith(answerId.prefix())
                        || !ID.matcher(value.substring(answerId.prefix().length())).matches()) {
                    continue;
                }
                OptionalLong id = restore.newId(answerId.table(),
                        Long.parseLong(value.substring(answerId.prefix().length())));
                answers.put(answerId.answer(), answerId.prefix() + id.orElse(0));
                changed = true;
            }
            frames.add(new Frame(frame.flowId(), frame.stepId(), answers, frame.history(), frame.attempts(),
                    frame.retained(), frame.returnStep()));
        }
        if (!changed) {
            return row;
        }
        Map<String, Object> rewritten = new LinkedHashMap<>(row);
        rewritten.put("state", SessionCodec.encode(frames, decoded.pending()));
        return rewritten;
    }
}
