package coach.coffeechat.contact;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.CommandSpec.OptionKind;
import coach.coffeechat.engine.CommandSpec.OptionSpec;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.user.UserRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code /contact import file:}: reads a LinkedIn "Connections.csv" or a simple CSV ({@link ImportRows}), says how
 * many people are new, how many the user already has (the fuzzy {@link ContactMatcher}, also within the file) and
 * which rows are refused and why, then imports the new ones only after the user confirms, with the warmth they
 * choose there. Imported people start at "identified", with source LinkedIn (or "other" for a simple CSV). A file
 * over 5 MB or {@code contacts.import-max-rows} rows, or one that would take the user over
 * {@code contacts.max-per-user}, is refused as a whole; the import is one transaction, so it is all or nothing.
 */
final class ContactImport {
    static final String FLOW = "contact-import";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ImportRows.Person>> PEOPLE = new TypeReference<>() {
    };

    private final Texts texts;
    private final ContactRepository contacts;
    private final ContactMatcher matcher;
    private final UserRepository users;
    private final int maxContacts;
    private final int maxRows;

    ContactImport(Texts texts, ContactRepository contacts, UserRepository users, ContactMatcher matcher,
                  int maxContacts, int maxRows) {
        this.maxRows = maxRows;
        this.texts = texts;
        this.contacts = contacts;
        this.users = users;
        this.matcher = matcher;
        this.maxContacts = maxContacts;
    }

    /** The command: one required file. */
    CommandSpec spec() {
        return new CommandSpec("contact import", texts.get("contact.import.command"), List.of(new OptionSpec("file",
                texts.get("contact.import.file"), true, OptionKind.FILE, List.of())));
    }

    /** Reads the file and asks for the confirmation, or says why nothing can be imported. */
    CommandHandler.Result start(Input.Command command, StepContext context) {
        ImportRows.Result result = ImportRows.read(command.option("file").getBytes(StandardCharsets.UTF_8), maxRows);
        if (result instanceof ImportRows.Refused refused) {
            return CommandHandler.respond(texts.get(refused.reason(), "count", refused.count(),
                    "maxRows", maxRows));
        }
        ImportRows.Read read = (ImportRows.Read) result;
        List<Contact> kept = contacts.list(context.connection(), context.user());
        List<ImportRows.Person> fresh = new ArrayList<>();
        List<Contact> seen = new ArrayList<>(kept);
        int duplicates = 0;
        for (ImportRows.Person person : read.people()) {
            if (seen.stream().anyMatch(contact -> ContactMatcher.sameName(contact.name(), person.name()))
                    || !matcher.nearDuplicates(person.name(), seen).isEmpty()) {
                duplicates++;
            } else {
                fresh.add(person);
                seen.add(placeholder(context, person));
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add(texts.get("contact.import.summary", "fresh", fresh.size(), "duplicates", duplicates,
                "refused", read.bad().size()));
        for (ImportRows.BadRow bad : read.bad().subList(0, Math.min(read.bad().size(), 10))) {
            notes.add(texts.get("contact.import.bad-line", "line", bad.line(), "reason", texts.get(bad.reason())));
        }
        if (fresh.isEmpty()) {
            notes.add(texts.get("contact.import.nothing-new"));
            return new CommandHandler.Respond(notes);
        }
        if (kept.size() + fresh.size() > maxContacts) {
            notes.add(texts.get("contact.import.over-limit", "kept", kept.size(), "fresh", fresh.size(),
                    "max", maxContacts));
            return new CommandHandler.Respond(notes);
        }
        return new CommandHandler.Launch(FLOW, Map.of("people", encode(fresh),
                "source", (read.linkedIn() ? Source.LINKEDIN : Source.OTHER).id()), notes);
    }

    /** The confirmation flow: the warmth to give everyone, or no import. */
    Flow flow() {
        Step confirm = Step.named("warmth")
                .prompt(context -> {
                    int count = decode(context.answer("people")).size();
                    List<Prompt.Option> options = new ArrayList<>();
                    for (Warmth warmth : Warmth.values()) {
                        options.add(Prompt.Option.of(warmth.id(), texts.get("contact.import.as", "warmth",
                                texts.get("contact.warmth." + warmth.id()))));
                    }
                    options.add(Prompt.Option.of("no", texts.get("contact.import.no")));
                    return new Prompt.Choice(texts.get("contact.import.confirm", "count", count), options);
                })
                .next(context -> Next.finish())
                .build();
        return Flow.of(FLOW, () -> texts.get("contact.import.title"), List.of(confirm), this::finish);
    }

    private Completion finish(StepContext context) {
        List<ImportRows.Person> people = decode(context.answer("people"));
        Warmth warmth = Warmth.fromId(context.answer("warmth")).orElse(null);
        if (warmth == null) {
            return Completion.of(texts.get("contact.import.kept"));
        }
        int kept = contacts.count(context.connection(), context.user());
        if (kept + people.size() > maxContacts) {
            return Completion.of(texts.get("contact.import.over-limit", "kept", kept, "fresh", people.size(),
                    "max", maxContacts));
        }
        Source source = Source.fromId(context.answer("source")).orElse(Source.OTHER);
        users.ensure(context.connection(), context.user(), context.now());
        for (ImportRows.Person person : people) {
            contacts.add(context.connection(), new NewContact(context.user(), person.name(), person.role(),
                    person.organisation(), warmth, source, OptionalLong.empty(), "", "", person.reach()),
                    context.now());
        }
        return Completion.of(texts.get("contact.import.done", "count", people.size(), "warmth",
                texts.get("contact.warmth." + warmth.id())));
    }

    private static Contact placeholder(StepContext context, ImportRows.Person person) {
        return new Contact(-1, context.user(), person.name(), "", "", Warmth.COLD, Source.OTHER,
                OptionalLong.empty(), "", "", "", Stage.IDENTIFIED, context.now(), context.now());
    }

    private static String encode(List<ImportRows.Person> people) {
        try {
            return JSON.writeValueAsString(people);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import rows could not be encoded", e);
        }
    }

    private static List<ImportRows.Person> decode(String json) {
        try {
            return JSON.readValue(json, PEOPLE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import rows could not be decoded", e);
        }
    }
}
