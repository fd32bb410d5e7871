package coach.coffeechat.config;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small, shared ways of fitting user text into templates: a first name, a first sentence, words to the reader. */
public final class Wording {
    private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(you|your|yours|yourself|you're|you've)\\b");
    private static final Pattern THEY = Pattern.compile(
            "\\b(they|They|them|their|Their|theirs|themselves|themself|they're|they've|they'd|they'll)\\b");

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

    /**
     * A note the user wrote about someone, turned to speak to them: "they", "them" and "their" become "you" and
     * "your" (their verbs fit "you" as they are), unless the note already says "you", when "they" are others.
     */
    public static String toReader(String note) {
        if (SECOND_PERSON.matcher(note).find()) {
            return note;
        }
        return THEY.matcher(note).replaceAll(match -> toYou(match.group()));
    }

    private static String toYou(String they) {
        String you = switch (they.toLowerCase(Locale.ROOT)) {
            case "their" -> "your";
            case "theirs" -> "yours";
            case "themselves", "themself" -> "yourself";
            case "they're" -> "you're";
            case "they've" -> "you've";
            case "they'd" -> "you'd";
            case "they'll" -> "you'll";
            default -> "you";
        };
        return Character.isUpperCase(they.charAt(0)) ? Character.toUpperCase(you.charAt(0)) + you.substring(1) : you;
    }
}
