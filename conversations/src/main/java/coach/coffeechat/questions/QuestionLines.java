package coach.coffeechat.questions;

import coach.coffeechat.engine.TextCleaner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Question lists as text: the list a flow keeps in one answer (a question per line), a list someone pasted,
 * numbered or bulleted, perhaps several questions to a line, and a list shown numbered.
 */
final class QuestionLines {
    // "1. ", "2) ", "(3) ", "Q4: ", "- ", "* ", "• " in front of a pasted question.
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[-*\u2022]+|\\(?\\d{1,2}[.):]|\\(?q\\d{1,2}[.):])\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_QUESTION_MARK = Pattern.compile("(?<=\\?)\\s+(?=\\S)");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The longest question an option label shows whole. */
    private static final int LABEL_MAX = 80;

    private QuestionLines() {
    }

    /** The questions a flow keeps in one answer. */
    static List<String> fromAnswer(String answer) {
        if (answer.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(answer.split("\n")).filter(line -> !line.isBlank()).toList();
    }

    /** One answer holding the questions. */
    static String toAnswer(List<String> questions) {
        return String.join("\n", questions);
    }

    /** One typed question, cleaned: one line, no numbering or bullet in front. */
    static String clean(String typed) {
        return NUMBERING.matcher(TextCleaner.line(typed)).replaceFirst("").strip();
    }

    /**
     * The questions in pasted text: one per line, and a line holding several questions ("...? ...?") is split
     * after each question mark. Numbering, bullets and lines without a letter are dropped.
     */
    static List<String> fromPaste(String pasted) {
        List<String> questions = new ArrayList<>();
        for (String line : TextCleaner.paragraph(pasted).split("\n")) {
            for (String part : AFTER_QUESTION_MARK.split(line)) {
                String question = clean(part);
                if (question.codePoints().anyMatch(Character::isLetter)) {
                    questions.add(question);
                }
            }
        }
        return questions;
    }

    /** The questions numbered from 1, one per line. */
    static String numbered(List<String> questions) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            lines.add((i + 1) + ". " + questions.get(i));
        }
        return String.join("\n", lines);
    }

    /**
     * The form in which two questions compare as the same: lower case, words only, so the same question typed again
     * whatever its case, spacing or punctuation is the same question.
     */
    static String comparable(String question) {
        return NOT_A_WORD.matcher(question.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The question short enough for an option label: whole up to 80 characters, else cut with an ellipsis. */
    static String label(String question) {
        if (question.codePointCount(0, question.length()) <= LABEL_MAX) {
            return question;
        }
        return question.substring(0, question.offsetByCodePoints(0, LABEL_MAX - 1)) + "\u2026";
    }
}
