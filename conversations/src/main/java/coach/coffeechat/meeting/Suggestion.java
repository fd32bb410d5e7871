package coach.coffeechat.meeting;

import coach.coffeechat.contact.ContactFormatter;
import coach.coffeechat.engine.TextCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person a contact suggested the user talk to, as the user noted them after the meeting.
 *
 * @param name the person's name
 * @param role their role, or empty
 * @param organisation their organisation or field, or empty
 * @param contactId the user's contact for this person once the log is saved, or empty before
 */
public record Suggestion(String name, String role, String organisation, OptionalLong contactId) {
    // "- ", "* ", "• ", "1. ", "2) " in front of a line someone pasted from a list.
    private static final Pattern BULLET = Pattern.compile("^(?:[-*\u2022]|\\d{1,2}[.)])\\s+");
    private static final Pattern IN_PARENTHESES = Pattern.compile("^(.*?)\\s*\\((.*)\\)$");
    private static final Pattern AT = Pattern.compile("\\s+at\\s+", Pattern.CASE_INSENSITIVE);

    public Suggestion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(contactId, "contactId");
    }

    /** A suggestion not yet linked to a contact. */
    public static Suggestion of(String name, String role, String organisation) {
        return new Suggestion(name, role, organisation, OptionalLong.empty());
    }

    /** This suggestion linked to the user's contact for the person. */
    public Suggestion linkedTo(long id) {
        return new Suggestion(name, role, organisation, OptionalLong.of(id));
    }

    /** "Role at Organisation", "Role", "Organisation" or empty, whichever is known. */
    public String position() {
        return ContactFormatter.position(role, organisation);
    }

    /**
     * Reads people typed one per line (a semicolon also separates them, for one-line inputs) as "Name",
     * "Name, role at organisation", "Name, role, organisation" or "Name (role at organisation)". Blank lines and
     * list bullets are ignored; nothing is checked here beyond the shape.
     */
    public static List<Suggestion> parseAll(String text) {
        List<Suggestion> people = new ArrayList<>();
        for (String raw : text.split("[\\n;]")) {
            String line = BULLET.matcher(TextCleaner.line(raw)).replaceFirst("").strip();
            if (!line.isEmpty()) {
                people.add(parse(line));
            }
        }
        return people;
    }

    private static Suggestion parse(String line) {
        String name = line;
        String rest = "";
        Matcher brackets = IN_PARENTHESES.matcher(line);
        int comma = line.indexOf(',');
        if (comma >= 0) {
            name = line.substring(0, comma);
            rest = line.substring(comma + 1);
        } else if (brackets.matches()) {
            name = brackets.group(1);
            rest = brackets.group(2);
        }
        rest = rest.strip();
        String role = rest;
        String organisation = "";
        int secondComma = rest.indexOf(',');
        Matcher at = AT.matcher(rest);
        if (secondComma >= 0) {
            role = rest.substring(0, secondComma);
            organisation = rest.substring(secondComma + 1);
        } else if (rest.toLowerCase(Locale.ROOT).startsWith("at ")) {
            role = "";
            organisation = rest.substring(3);
        } else if (at.find()) {
            role = rest.substring(0, at.start());
            organisation = rest.substring(at.end());
        }
        return of(name.strip(), role.strip(), organisation.strip());
    }
}
