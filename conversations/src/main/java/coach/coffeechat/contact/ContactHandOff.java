package coach.coffeechat.contact;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Frame;
import coach.coffeechat.engine.StepContext;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The contact a command picked, handed to the flow the command launches. The command puts it into the flow's
 * launch answers ({@link #answers()}); the flow reads it back ({@link #in(StepContext)}) and resolves it with a
 * {@link Receiver}, which also says what happens when the contact was removed meanwhile (from another device
 * while the flow was set aside): prompts show a placeholder, and finishers reply "that contact is gone".
 *
 * @param contactId the picked contact's id
 * @param name the contact's name when it was picked, or empty
 */
public record ContactHandOff(long contactId, String name) {
    /** The answer that carries the id through the flow, and through a restart with the stored session. */
    static final String ANSWER = "contact-id";
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    public ContactHandOff {
        name = name == null ? "" : name;
    }

    /** Hands {@code contact} on. */
    public static ContactHandOff of(Contact contact) {
        return new ContactHandOff(contact.id(), contact.name());
    }

    /**
     * The launch answers that hand the contact to a flow: its id, and its name as the flow's
     * {@linkplain Frame#SUBJECT subject} (shown when {@code /resume} lists flows set aside); a flow's own answers go
     * into a copy.
     */
    public Map<String, String> answers() {
        return Map.of(ANSWER, Long.toString(contactId), Frame.SUBJECT, name);
    }

    /** The contact handed to the flow running in {@code context}, if a command handed one. */
    public static Optional<ContactHandOff> in(StepContext context) {
        String id = context.answer(ANSWER);
        return ID.matcher(id).matches()
                ? Optional.of(new ContactHandOff(Long.parseLong(id), context.answer(Frame.SUBJECT)))
                : Optional.empty();
    }

    /**
     * The flow's side of the hand-off: the contact handed in, looked up among the user's own contacts, or what to
     * show when it has gone. Thread-safe.
     */
    public static final class Receiver {
        private final ContactBook contacts;
        private final Texts texts;

        /**
         * @param contacts the contacts table
         * @param texts the messages
         */
        public Receiver(ContactBook contacts, Texts texts) {
            this.contacts = contacts;
            this.texts = texts;
        }

        /** The contact handed in, unless none was or it has been removed since. */
        public Optional<Contact> contact(StepContext context) {
            return in(context).flatMap(handOff -> contacts.find(context.connection(), context.user(),
                    handOff.contactId()));
        }

        /**
         * The contact handed in or, when it has gone, a placeholder (named so, id -1, stage closed) that keeps the
         * flow's prompts showing; a finisher's repository calls with it simply find nothing to change.
         */
        public Contact contactOrPlaceholder(StepContext context) {
            return contact(context).orElseGet(() -> new Contact(-1, context.user(), texts.get("contact.gone"), "", "",
                    Warmth.COLD, Source.OTHER, OptionalLong.empty(), "", "", "", Stage.CLOSED, context.now(),
                    context.now()));
        }

        /** What a finisher ends with: {@code finish} applied to the contact, or the "contact is gone" note. */
        public Completion finish(StepContext context, Function<Contact, Completion> finish) {
            return contact(context).map(finish).orElseGet(() -> Completion.of(texts.get("contact.gone-note")));
        }
    }
}
