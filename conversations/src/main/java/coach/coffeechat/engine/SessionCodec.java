package coach.coffeechat.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Turns a session's open flows into the JSON stored in the {@code state} column, and back. Thread-safe. */
final class SessionCodec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** What the state column holds. */
    record State(List<Frame> frames, Input.Command pending) {
        State {
            frames = frames == null ? List.of() : List.copyOf(frames);
        }
    }

    private SessionCodec() {
    }

    static String encode(List<Frame> frames, Input.Command pending) {
        try {
            return JSON.writeValueAsString(new State(frames, pending));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session state could not be written as JSON", e);
        }
    }

    static State decode(String json) {
        try {
            return JSON.readValue(json, State.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored session state is not valid JSON", e);
        }
    }
}
