package coach.coffeechat.contact;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.StepContext;
import java.util.List;

/**
 * Finds the contact a command's {@code contact:} option names, among the asking user's own contacts only:
 * an exact name, or a single close match (with a note saying which), or a kind refusal listing the candidates
 * or saying nobody matched. Every feature whose commands take a contact uses this one lookup. Thread-safe.
 */
public final class ContactLookup {
    private final ContactRepository contacts;
    private final ContactMatcher matcher;
    private final ContactFormatter format;
    private final Texts texts;

    /**
     * @param contacts the contacts table
     * @param matcher how names are matched
     * @param texts the messages
     */
    public ContactLookup(ContactRepository contacts, ContactMatcher matcher, Texts texts) {
        this.contacts = contacts;
        this.matcher = matcher;
        this.format = new ContactFormatter(texts);
        this.texts = texts;
    }

    /** What a lookup found. */
    public sealed interface Result {
    }

    /**
     * The contact, with a note when the typed name was only a close match.
     *
     * @param contact the contact
     * @param notes "I took 'ana' to mean Ana Li", or nothing
     */
    public record Found(Contact contact, List<String> notes) implements Result {
        public Found {
            notes = List.copyOf(notes);
        }
    }

    /**
     * No single contact: the reply to give instead.
     *
     * @param reply what to tell the user
     */
    public record Refused(CommandHandler.Result reply) implements Result {
    }

    /** Looks up the command's {@code contact:} option for the user in the context. */
    public Result find(Input.Command command, StepContext context) {
        String typed = command.option("contact");
        if (typed.isEmpty()) {
            return new Refused(CommandHandler.respond(texts.get("contact.missing-option",
                    "usage", "/" + command.path() + " contact: Ana Li")));
        }
        ContactMatcher.Resolution resolution = matcher.resolve(typed,
                contacts.list(context.connection(), context.user()));
        if (resolution instanceof ContactMatcher.Exact exact) {
            return new Found(exact.contact(), List.of());
        }
        if (resolution instanceof ContactMatcher.Candidates candidates) {
            if (candidates.contacts().size() == 1) {
                Contact only = candidates.contacts().get(0);
                return new Found(only, List.of(texts.get("contact.guessed", "typed", typed, "name", only.name())));
            }
            return new Refused(CommandHandler.respond(texts.get("contact.ambiguous", "typed", typed, "names",
                    String.join(", ", candidates.contacts().stream().map(format::shortName).toList()))));
        }
        return new Refused(CommandHandler.respond(texts.get("contact.not-found", "typed", typed)));
    }
}
