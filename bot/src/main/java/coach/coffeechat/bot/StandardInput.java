package coach.coffeechat.bot;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads everything piped in, line by line, for the command-line checks. */
final class StandardInput {
    private StandardInput() {
    }

    /** Every line until the end of input, without line breaks or a leading byte-order mark. */
    static List<String> lines(BufferedReader in) throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
        }
        return lines;
    }
}
