package coach.coffeechat.contact;

import coach.coffeechat.engine.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A person the user may ask for an informational interview, private to that user.
 *
 * @param id the database id
 * @param owner whose contact this is
 * @param name the person's name
 * @param role their role, or empty
 * @param organisation their organisation or field, or empty
 * @param warmth how well the user knows them
 * @param source where the user knows them from
 * @param referrerId the contact who referred the user to them, if that person is a contact too
 * @param referrerName the referrer's name, or empty
 * @param why what only this person can tell the user, or empty
 * @param reach how to reach them (email, LinkedIn, phone), or empty
 * @param stage where the outreach stands
 * @param stageChangedAt when the stage last changed
 * @param createdAt when the contact was added
 */
public record Contact(long id, UserId owner, String name, String role, String organisation, Warmth warmth,
                      Source source, OptionalLong referrerId, String referrerName, String why, String reach,
                      Stage stage, Instant stageChangedAt, Instant createdAt) {

    public Contact {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(warmth, "warmth");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(referrerId, "referrerId");
        Objects.requireNonNull(stage, "stage");
    }

    /** "Role at Organisation", "Role", "Organisation" or empty, whichever is known. */
    public String position() {
        return ContactFormatter.position(role, organisation);
    }
}
