package coach.coffeechat.config;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The messages that are not sentences but shapes the code reads: the {@code date.*} patterns ({@link DateShape}) and
 * the regular expressions a language reads notes with. A coach's rewording that java.time or java.util.regex cannot
 * read stops start-up with one line naming the message and the language, instead of failing a draft later.
 */
final class MessageShapes {
    /** The messages read as Java regular expressions. */
    static final List<String> PATTERNS = List.of("request.why.lead-in", "followup.draft.promise.will",
            "followup.draft.promise.own");

    private MessageShapes() {
    }

    /**
     * Refuses a date pattern or regular expression that cannot be read.
     *
     * @param tag the language's tag
     * @param messages the language's messages, English's filled in
     * @throws ConfigException in one line, naming the message
     */
    static void check(String tag, Map<String, String> messages) {
        for (DateShape shape : DateShape.values()) {
            String pattern = messages.get(shape.key());
            try {
                DateTimeFormatter.ofPattern(pattern);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("Message " + shape.key() + " of language " + tag + " is not a date pattern"
                        + " java.time can read: " + e.getMessage());
            }
        }
        for (String key : PATTERNS) {
            try {
                Pattern.compile(messages.get(key));
            } catch (PatternSyntaxException e) {
                throw new ConfigException("Message " + key + " of language " + tag + " is not a regular expression"
                        + " Java can read: " + e.getDescription());
            }
        }
    }
}
