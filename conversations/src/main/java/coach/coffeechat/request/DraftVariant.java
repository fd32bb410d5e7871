package coach.coffeechat.request;

import coach.coffeechat.contact.Warmth;
import java.util.Locale;

/** Which template family fits a contact: how the user and the contact are linked. */
public enum DraftVariant {
    /** The user knows them: a friendly, direct ask. */
    WARM,
    /** Someone introduced them: the request opens with the referrer's name. */
    REFERRED,
    /** No link yet: the request says why this person, and how the user found them. */
    COLD;

    /** The id used in template file names. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A referrer, when there is one, decides; otherwise a warm contact gets the warm variant. */
    public static DraftVariant of(Warmth warmth, String referrer) {
        if (!referrer.isBlank()) {
            return REFERRED;
        }
        return warmth == Warmth.WARM ? WARM : COLD;
    }
}
