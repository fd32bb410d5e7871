package coach.coffeechat.contact;

import coach.coffeechat.config.CommandTexts;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.CommandNames;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.StepContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    private final Optional<CommandTexts> commandTexts;

    /**
     * @param contacts the contacts table
     * @param matcher how names are matched
     * @param texts the messages
     * @param commandTexts the commands' names in every language, to write the command as the user sees it
     */
    ContactLookup(ContactRepository contacts, ContactMatcher matcher, Texts texts,
                  Optional<CommandTexts> commandTexts) {
        this.contacts = contacts;
        this.commandTexts = commandTexts;
        this.matcher = matcher;
        this.format = new ContactFormatter(texts);
        this.texts = texts;
    }

    /** What a lookup found. */
    public sealed interface Result {
        /**
         * What the command answers: {@code next} applied to the contact found, or the refusal's reply.
         *
         * @param next what the command does with the contact and the lookup's notes
         */
        CommandHandler.Result ifFound(Function<Found, CommandHandler.Result> next);
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

        @Override
        public CommandHandler.Result ifFound(Function<Found, CommandHandler.Result> next) {
            return next.apply(this);
        }
    }

    /**
     * No single contact: the reply to give instead.
     *
     * @param reply what to tell the user
     */
    public record Refused(CommandHandler.Result reply) implements Result {
        @Override
        public CommandHandler.Result ifFound(Function<Found, CommandHandler.Result> next) {
            return reply;
        }
    }

    /** Looks up the command's {@code contact:} option for the user in the context. */
    public Result find(Input.Command command, StepContext context) {
        String typed = command.option("contact");
        if (typed.isEmpty()) {
            return new Refused(CommandHandler.respond(texts.get("contact.missing-option",
                    "usage", "/" + CommandNames.pathIn(commandTexts, command.path()) + " "
                            + CommandNames.optionIn(commandTexts, command.path(), "contact") + ": Ana Li")));
        }
        List<Contact> kept = contacts.list(context.connection(), context.user());
        Optional<Contact> labelled = byLabel(typed.strip(), kept);
        if (labelled.isPresent()) {
            return new Found(labelled.get(), List.of());
        }
        ContactMatcher.Resolution resolution = matcher.resolve(typed, kept);
        if (resolution instanceof ContactMatcher.Exact exact) {
            return new Found(exact.contact(), List.of());
        }
        if (resolution instanceof ContactMatcher.Candidates candidates) {
            if (candidates.contacts().size() == 1) {
                Contact only = candidates.contacts().get(0);
                return new Found(only, List.of(texts.get("contact.guessed", "typed", typed, "name", only.name())));
            }
            Map<String, Long> positions = counts(kept, format::shortName);
            return new Refused(CommandHandler.respond(texts.get("contact.ambiguous", "typed", typed, "names",
                    String.join(", ", candidates.contacts().stream()
                            .map(candidate -> positioned(candidate, positions)).toList()))));
        }
        return new Refused(CommandHandler.respond(texts.get("contact.not-found", "typed", typed)));
    }

    /**
     * A label per contact (by id) that tells it apart from the others given: the name alone when no other has the
     * same name, else the name with the role and organisation, else (same name and position) the name and id.
     * Typing a label back finds that contact; autocomplete offers them. Linear in the number of contacts.
     */
    public Map<Long, String> labels(List<Contact> kept) {
        Map<String, Long> names = counts(kept, contact -> ContactMatcher.normalise(contact.name()));
        Map<String, Long> positions = counts(kept, format::shortName);
        Map<Long, String> labels = new LinkedHashMap<>();
        for (Contact contact : kept) {
            labels.put(contact.id(), names.get(ContactMatcher.normalise(contact.name())) == 1 ? contact.name()
                    : positioned(contact, positions));
        }
        return labels;
    }

    /** The name with the position when that tells the contact apart (see the counts), else with its id. */
    private String positioned(Contact contact, Map<String, Long> positions) {
        String positioned = format.shortName(contact);
        return positions.get(positioned) == 1 ? positioned : contact.name() + " (#" + contact.id() + ")";
    }

    /** The contact whose label, or name with position or id, is exactly what was typed, if just one. */
    private Optional<Contact> byLabel(String typed, List<Contact> kept) {
        Map<Long, String> labels = labels(kept);
        Map<String, Long> positions = counts(kept, format::shortName);
        List<Contact> matching = kept.stream().filter(contact -> labels.get(contact.id()).equals(typed)
                || positioned(contact, positions).equals(typed)).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    private static Map<String, Long> counts(List<Contact> kept, Function<Contact, String> key) {
        return kept.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
