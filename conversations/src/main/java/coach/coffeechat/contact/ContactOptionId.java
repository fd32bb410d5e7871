package coach.coffeechat.contact;

import coach.coffeechat.engine.StepContext;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The option id that offers an existing contact in a choice, such as {@code c42}: a near duplicate to keep, a
 * referrer to pick.
 */
final class ContactOptionId {
    static final String PREFIX = "c";
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private ContactOptionId() {
    }

    /** The option id offering {@code contact}. */
    static String of(Contact contact) {
        return PREFIX + contact.id();
    }

    /** Whether a picked option is a contact, rather than one of the other choices. */
    static boolean isContact(String picked) {
        return picked.startsWith(PREFIX);
    }

    /** The id of the contact a picked option offered, or empty when it offered none. */
    static OptionalLong contactId(String picked) {
        if (!isContact(picked) || !ID.matcher(picked.substring(PREFIX.length())).matches()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(picked.substring(PREFIX.length())));
    }

    /** The contact a picked option offered, if it is still one of the user's contacts. */
    static Optional<Contact> picked(ContactRepository contacts, StepContext context, String picked) {
        OptionalLong id = contactId(picked);
        return id.isEmpty() ? Optional.empty() : contacts.find(context.connection(), context.user(), id.getAsLong());
    }
}
