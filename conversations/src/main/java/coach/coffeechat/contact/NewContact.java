package coach.coffeechat.contact;

import coach.coffeechat.engine.UserId;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A contact about to be saved: what the add flow collected.
 *
 * @param owner whose contact it is
 * @param name the person's name, 1 to 100 characters
 * @param role their role, or empty
 * @param organisation their organisation or field, or empty
 * @param warmth how well the user knows them
 * @param source where the user knows them from
 * @param referrerId the referring contact, if any
 * @param referrerName the referrer's name, or empty
 * @param why what only this person can tell, or empty
 * @param reach how to reach them, or empty
 */
public record NewContact(UserId owner, String name, String role, String organisation, Warmth warmth, Source source,
                         OptionalLong referrerId, String referrerName, String why, String reach) {
    public NewContact {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(warmth, "warmth");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(referrerId, "referrerId");
    }
}
