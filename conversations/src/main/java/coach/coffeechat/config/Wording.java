package coach.coffeechat.config;

/** Small, shared ways of fitting user text into templates: a first name, a first sentence. */
public final class Wording {

    private Wording() {
    }

    /** The first word of a name: "Ana" from "Ana Li". */
    public static String firstName(String name) {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    /** The text up to and including its first sentence end (. ! or ? followed by a space or the end). */
    public static String firstSentence(String text) {
        String trimmed = text.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if ((c == '.' || c == '!' || c == '?')
                    && (i + 1 == trimmed.length() || Character.isWhitespace(trimmed.charAt(i + 1)))) {
                return trimmed.substring(0, i + 1);
            }
        }
        return trimmed;
    }
}
