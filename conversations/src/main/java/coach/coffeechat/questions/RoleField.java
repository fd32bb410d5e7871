package coach.coffeechat.questions;

import coach.coffeechat.config.Capitals;
import coach.coffeechat.config.Texts;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The field a contact's role names, for a bank question's {@code ${field}}: "Senior UX Researcher" reads "UX research",
 * "Head of Data Engineering" reads "data engineering", and a role whose last word has no field in
 * {@code questions.placeholder.field.roles} reads "park ranger work" ({@code questions.placeholder.field.role}).
 * Read with the words of the current language: its seniority words, its "head of" forms and its articles
 * ({@code questions.placeholder.field.seniority}, {@code .head-of}, {@code .articles}), and its capitals ({@link
 * Capitals}: "Tierpflegerin" keeps its capital in German). Immutable and thread-safe.
 */
final class RoleField {
    private final Texts texts;

    RoleField(Texts texts) {
        this.texts = texts;
    }

    /** The field the role names, or empty when the role is. */
    String of(String role) {
        String words = lowerCased(withoutArticle(role.strip().replaceAll("\\s+", " ")));
        if (words.isEmpty()) {
            return "";
        }
        Matcher headOf = headOf().matcher(words);
        if (headOf.matches()) {
            return headOf.group(2);
        }
        Set<String> seniority = Set.copyOf(list("questions.placeholder.field.seniority"));
        String[] split = words.split(" ");
        int start = 0;
        while (start < split.length - 1 && seniority.contains(lower(split[start]))) {
            start++;
        }
        String last = split[split.length - 1];
        String field = fields().get(lower(last));
        StringBuilder kept = new StringBuilder();
        for (int i = start; i < split.length - 1; i++) {
            kept.append(split[i]).append(' ');
        }
        if (field != null) {
            return kept.append(field).toString();
        }
        return texts.get("questions.placeholder.field.role", "role", kept.append(last).toString());
    }

    private Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        for (String pair : texts.get("questions.placeholder.field.roles").split(",")) {
            String[] parts = pair.split(":", 2);
            if (parts.length == 2) {
                fields.put(lower(parts[0].strip()), parts[1].strip());
            }
        }
        return fields;
    }

    /** The role without an article in front ("the", "una", "die"). */
    private String withoutArticle(String role) {
        String[] split = role.split(" ", 2);
        return split.length == 2 && list("questions.placeholder.field.articles").contains(lower(split[0]))
                ? split[1] : role;
    }

    /** "Head of X", "Jefa de X", "Leiterin der X": the longest form first, so "leiterin der" wins over "leiterin". */
    private Pattern headOf() {
        String forms = list("questions.placeholder.field.head-of").stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(form -> Pattern.quote(form).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("^(" + (forms.isEmpty() ? "(?!)" : forms) + ")\\s+(.+)$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private List<String> list(String key) {
        return Arrays.stream(texts.get(key).split(",")).map(word -> lower(word.strip()))
                .filter(word -> !word.isEmpty()).toList();
    }

    /** Words written Like This read like this where the language lowers them; acronyms (UX, iOS) stay. */
    private String lowerCased(String text) {
        return Arrays.stream(text.split(" ")).map(word -> Capitals.lowered(texts, word))
                .collect(Collectors.joining(" "));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
