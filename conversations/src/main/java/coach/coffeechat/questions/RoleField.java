package coach.coffeechat.questions;

import coach.coffeechat.config.Texts;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field a contact's role names, for a bank question's {@code ${field}}: "Senior UX Researcher" reads "UX research",
 * "Head of Data Engineering" reads "data engineering", and a role whose last word has no field in
 * {@code questions.placeholder.field.roles} reads "park ranger work" ({@code questions.placeholder.field.role}).
 * Immutable and thread-safe.
 */
final class RoleField {
    private static final Pattern HEAD_OF = Pattern.compile("(?i)^(head|director|vp|vice president|lead)\\s+of\\s+(.+)$");
    private static final Set<String> SENIORITY = Set.of("senior", "sr", "junior", "jr", "lead", "principal", "staff",
            "chief", "associate", "assistant", "head", "trainee", "graduate");

    private final Texts texts;
    private final Map<String, String> fields = new HashMap<>();

    RoleField(Texts texts) {
        this.texts = texts;
        for (String pair : texts.get("questions.placeholder.field.roles").split(",")) {
            String[] parts = pair.split(":", 2);
            if (parts.length == 2) {
                fields.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
            }
        }
    }

    /** The field the role names, or empty when the role is. */
    String of(String role) {
        String words = lowerCased(role.strip().replaceAll("\\s+", " ").replaceAll("(?i)^(a|an|the)\\s+", ""));
        if (words.isEmpty()) {
            return "";
        }
        Matcher headOf = HEAD_OF.matcher(words);
        if (headOf.matches()) {
            return headOf.group(2);
        }
        String[] split = words.split(" ");
        int start = 0;
        while (start < split.length - 1 && SENIORITY.contains(split[start].toLowerCase(Locale.ROOT))) {
            start++;
        }
        String last = split[split.length - 1];
        String field = fields.get(last.toLowerCase(Locale.ROOT));
        StringBuilder kept = new StringBuilder();
        for (int i = start; i < split.length - 1; i++) {
            kept.append(split[i]).append(' ');
        }
        if (field != null) {
            return kept.append(field).toString();
        }
        return texts.get("questions.placeholder.field.role", "role", kept.append(last).toString());
    }

    /** Words written Like This read like this; acronyms (UX, iOS) stay as they are. */
    private static String lowerCased(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ")) {
            boolean capitalised = word.length() > 1 && Character.isUpperCase(word.charAt(0))
                    && word.substring(1).chars().noneMatch(Character::isUpperCase);
            out.append(out.length() == 0 ? "" : " ").append(capitalised ? word.toLowerCase(Locale.ROOT) : word);
        }
        return out.toString();
    }
}
