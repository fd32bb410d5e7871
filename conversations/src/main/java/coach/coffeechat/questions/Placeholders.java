package coach.coffeechat.questions;

import coach.coffeechat.config.Texts;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.text.StringSubstitutor;

/**
 * What a bank question's placeholders become for one contact. The contact form asks for an "organisation or
 * field": a value with a capital letter ("Acme Health") is taken as an organisation, one in lower case
 * ("public health") as a field. With no field noted, the contact's role names it ("UX researcher" reads
 * "UX research", see {@link RoleField}); whichever is still unknown reads "your organisation" or "your field".
 *
 * @param name the contact's first name
 * @param organisation their organisation, or the wording for an unknown one
 * @param field their field, or the wording for an unknown one
 */
public record Placeholders(String name, String organisation, String field) {
    public Placeholders {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(field, "field");
    }

    /**
     * The placeholders for a contact.
     *
     * @param contactName the contact's full name
     * @param role the contact's role, or empty
     * @param organisationOrField what the contact form noted as organisation or field, or empty
     * @param texts the wording for what is unknown
     */
    public static Placeholders of(String contactName, String role, String organisationOrField, Texts texts) {
        String first = contactName.strip().split("\\s+", 2)[0];
        String noted = organisationOrField.strip();
        boolean isOrganisation = noted.codePoints().anyMatch(Character::isUpperCase);
        String field = !noted.isEmpty() && !isOrganisation ? noted : new RoleField(texts).of(role);
        return new Placeholders(first,
                isOrganisation ? noted : texts.get("questions.placeholder.organisation"),
                field.isEmpty() ? texts.get("questions.placeholder.field") : field);
    }

    /** The question with its placeholders filled; text put in is never expanded again. */
    public String fill(String question) {
        if (!question.contains("${")) {
            return question;
        }
        StringSubstitutor substitutor = new StringSubstitutor(Map.of("name", name, "organisation", organisation,
                "field", field));
        substitutor.setDisableSubstitutionInValues(true);
        return substitutor.replace(question);
    }
}
