package coach.coffeechat.contact;

import coach.coffeechat.engine.Identified;
import java.util.Locale;
import java.util.Optional;

/**
 * A field of a contact the user may change on its own, with {@code /contact edit} or at the "Change something"
 * step of {@code /contact add}. Its id is the answer key {@code contact-add} keeps it under and the value typed
 * in {@code field:}. The stage has its own command, {@code /contact stage}.
 */
enum ContactField implements Identified {
    NAME, ROLE, ORGANISATION, WARMTH, SOURCE, REFERRER, WHY, REACH;

    /** The id typed and used as answer key, such as {@code organisation}. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field with this id. */
    static Optional<ContactField> fromId(String id) {
        return Identified.fromId(ContactField.class, id);
    }

    /** Whether a contact may have it empty: all but the name, warmth and source. */
    boolean mayBeEmpty() {
        return this != NAME && this != WARMTH && this != SOURCE;
    }

    /** The field's current value in {@code contact}, as an answer holds it (an id for a choice). */
    String of(Contact contact) {
        return switch (this) {
            case NAME -> contact.name();
            case ROLE -> contact.role();
            case ORGANISATION -> contact.organisation();
            case WARMTH -> contact.warmth().id();
            case SOURCE -> contact.source().id();
            case REFERRER -> contact.referrerName();
            case WHY -> contact.why();
            case REACH -> contact.reach();
        };
    }
}
