package coach.coffeechat.contact;

import coach.coffeechat.config.CommandTexts;
import coach.coffeechat.config.SettingReader;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.CommandSpec.OptionKind;
import coach.coffeechat.engine.CommandSpec.OptionSpec;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.ExportedTable;
import coach.coffeechat.engine.Feature;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.PersonalData;
import coach.coffeechat.engine.Restore;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Rows;
import coach.coffeechat.user.UserRepository;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picking a contact: the {@code /contact} commands and their flows. A user's contacts are theirs alone; every
 * lookup is scoped to the user who asks.
 */
public final class ContactFeature implements Feature {
    private final Texts texts;
    private final ContactRepository contacts;
    private final UserRepository users;
    private final ContactMatcher matcher;
    private final ContactFormatter format;
    private final ContactFlows flows;
    private final ContactSaveOffer saveOffer;
    private final ContactImport importer;
    private final ContactLookup lookup;
    private final ContactFieldSteps fields;
    private final ContactTouchCommands touches;

    private final StageListeners stageListeners;

    private ContactFeature(Texts texts, UserRepository users, double matchThreshold, int maxContacts,
                           int importMaxRows, Optional<CommandTexts> commandTexts) {
        this.texts = texts;
        this.stageListeners = new StageListeners();
        this.contacts = new ContactRepository(stageListeners);
        this.users = users;
        this.matcher = new ContactMatcher(matchThreshold);
        this.format = new ContactFormatter(texts);
        this.flows = new ContactFlows(texts, contacts, users, matcher, maxContacts);
        this.importer = new ContactImport(texts, contacts, users, matcher, maxContacts, importMaxRows);
        this.saveOffer = new ContactSaveOffer(texts, contacts, users, maxContacts);
        this.lookup = new ContactLookup(contacts, matcher, texts, commandTexts);
        this.fields = new ContactFieldSteps(texts);
        this.touches = new ContactTouchCommands(texts, contacts, users, lookup);
    }

    /**
     * The contact feature.
     *
     * @param texts the messages
     * @param users the users table, for time zones and the owner row of new contacts
     * @param matchThreshold how alike two names must be to count as the same person
     * @param maxContacts the most contacts one user may keep
     */
    public static ContactFeature create(Texts texts, UserRepository users, double matchThreshold, int maxContacts) {
        return create(texts, users, matchThreshold, maxContacts, ImportRows.DEFAULT_MAX_ROWS);
    }

    /**
     * The contact feature, with the most rows one {@code /contact import} takes.
     *
     * @param importMaxRows the most rows of an imported file ({@code contacts.import-max-rows})
     */
    public static ContactFeature create(Texts texts, UserRepository users, double matchThreshold, int maxContacts,
                                        int importMaxRows) {
        return new ContactFeature(texts, users, matchThreshold, maxContacts, importMaxRows, Optional.empty());
    }

    /**
     * The contact feature, naming commands in its replies as the user's language does.
     *
     * @param commandTexts the commands' names in every language
     */
    public static ContactFeature create(Texts texts, UserRepository users, double matchThreshold, int maxContacts,
                                        int importMaxRows, CommandTexts commandTexts) {
        return new ContactFeature(texts, users, matchThreshold, maxContacts, importMaxRows,
                Optional.of(commandTexts));
    }

    /**
     * Reads and checks {@code contacts.import-max-rows} (1 to 100,000).
     *
     * @throws coach.coffeechat.config.ConfigException naming the key when it is bad
     */
    public static int importMaxRows(Settings settings) {
        return new SettingReader(settings).integer("contacts.import-max-rows", 1, 100_000);
    }

    /**
     * Tells {@code listener} about every stage change from now on, inside the transaction that makes it (the
     * follow-up timer schedules and cancels prompts so). Call while assembling, before any input.
     */
    public void addStageListener(StageListener listener) {
        stageListeners.add(listener);
    }

    /** The user's contacts, with their stage history and the meetings and lists kept with them. */
    @Override
    public List<PersonalData> personalData() {
        return List.of(new PersonalData() {
            @Override
            public String kind() {
                return "contacts";
            }

            @Override
            public int count(Connection connection, UserId user) {
                return contacts.count(connection, user);
            }

            @Override
            public void erase(Connection connection, UserId user) {
                contacts.eraseAll(connection, user);
            }

            @Override
            public List<ExportedTable> export(Connection connection, UserId user) {
                return List.of(new ExportedTable("contacts", Rows.read(connection,
                        "SELECT * FROM contacts WHERE owner_id = ? ORDER BY id", user.value())));
            }

            @Override
            public void restore(Connection connection, Restore restore) {
                restore.rows(connection, "contacts", "owner_id");
                for (String answer : List.of(ContactHandOff.ANSWER, ContactAnswers.REFERRER_ID,
                        ContactFlows.SAVED_ID)) {
                    restore.answerIds(new Restore.AnswerId("", answer, "contacts", ""));
                }
                for (String answer : List.of(ContactAddFlows.DUPLICATE, ReferrerSteps.PICK)) {
                    restore.answerIds(new Restore.AnswerId("", answer, "contacts", ContactOptionId.PREFIX));
                }
            }
        }.alsoExporting("stage_changes", "SELECT sc.* FROM stage_changes sc JOIN contacts c ON c.id = sc.contact_id"
                + " WHERE c.owner_id = ? ORDER BY sc.id")
                .alsoExporting("contact_notes", "SELECT * FROM contact_notes WHERE owner_id = ? ORDER BY id"));
    }

    /** How commands of any feature find the contact their {@code contact:} option names. */
    public ContactLookup lookup() {
        return lookup;
    }

    /** The flows the commands start. */
    @Override
    public List<Flow> flows() {
        List<Flow> all = new ArrayList<>(flows.all());
        all.add(saveOffer.flow());
        all.add(importer.flow());
        return all;
    }

    /**
     * An answer that shows {@code notes} and offers to save {@code name} as a contact in one click, as a quick
     * draft does; the user may ignore the offer.
     *
     * @param referrer who suggested them, or empty
     * @param field what they work in, or empty
     */
    public static CommandHandler.Launch offerToSave(String name, String referrer, String field, List<String> notes) {
        return ContactSaveOffer.launch(name, referrer, field, notes);
    }

    /** Up to {@code max} of the user's contact names for what they have typed so far (autocomplete). */
    public List<String> suggest(Connection connection, UserId user, String typed, int max) {
        List<Contact> kept = contacts.list(connection, user);
        Map<Long, String> labels = lookup.labels(kept);
        return matcher.suggestions(typed, kept, max).stream().map(contact -> labels.get(contact.id())).toList();
    }

    /** The contacts, for features that build on them. */
    public ContactBook book() {
        return contacts;
    }

    /** The stay-in-touch cadences a user may choose, as the options of an {@code every:} choice. */
    public static List<Prompt.Option> cadenceChoices(Texts texts) {
        return ContactTouchCommands.choices(texts);
    }

    /** Adds the {@code /contact} commands. */
    @Override
    public void registerCommands(CommandCatalog.Builder catalog) {
        List<Prompt.Option> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            stages.add(Prompt.Option.of(stage.id(), format.label(stage)));
        }
        catalog.add(CommandSpec.of("contact add", "Add someone you'd like to learn from"),
                        (command, context) -> CommandHandler.launch(ContactFlows.ADD))
                .add(CommandSpec.of("contact list", "Your contacts and where each one stands"), this::list)
                .add(new CommandSpec("contact show", "Everything you noted about one contact",
                        List.of(OptionSpec.contact("Which contact"))), this::show)
                .add(new CommandSpec("contact stage", "Move a contact to another stage",
                        List.of(OptionSpec.contact("Which contact"),
                                new OptionSpec("stage", "The new stage", false, OptionKind.CHOICE, stages))),
                        this::stage)
                .add(new CommandSpec("contact edit", "Change one thing you noted about a contact",
                        List.of(OptionSpec.contact("Which contact"),
                                new OptionSpec("field", "What to change", true, OptionKind.CHOICE,
                                        fields.options(List.of(ContactField.values()))),
                                new OptionSpec("value", "The new value; leave it out to be asked, with the current one"
                                        + " filled in", false, OptionKind.TEXT, List.of()))), this::edit)
                .add(new CommandSpec("contact remove", "Remove a contact, after you confirm",
                        List.of(OptionSpec.contact("Which contact"))), this::remove)
                .add(touches.cadenceSpec(), touches::cadence)
                .add(touches.noteSpec(), touches::note)
                .add(importer.spec(), importer::start);
    }

    private CommandHandler.Result edit(Input.Command command, StepContext context) {
        return lookup.find(command, context).ifFound(found -> edit(command, found));
    }

    private CommandHandler.Result edit(Input.Command command, ContactLookup.Found found) {
        String typed = command.option("field");
        if (typed.isBlank()) {
            // Typed in the console without field: the flow asks which.
            return new CommandHandler.Launch(ContactFlows.EDIT, ContactEditFlow.answers(found.contact(), null),
                    found.notes());
        }
        Optional<ContactField> field = ContactField.fromId(typed).or(() -> Arrays.stream(ContactField.values())
                .filter(each -> fields.label(each).equalsIgnoreCase(typed.strip())).findFirst());
        if (field.isEmpty()) {
            List<String> ids = Arrays.stream(ContactField.values()).map(ContactField::id).toList();
            return CommandHandler.respond(texts.get("contact.edit.unknown-field", "typed", typed,
                    "fields", String.join(", ", ids)));
        }
        CommandHandler.Launch launch = new CommandHandler.Launch(ContactFlows.EDIT,
                ContactEditFlow.answers(found.contact(), field.get()), found.notes(),
                ContactEditFlow.firstStep(field.get()));
        String value = command.option("value");
        return value.isBlank() ? launch : launch.answering(value);
    }

    private CommandHandler.Result list(Input.Command command, StepContext context) {
        List<Contact> all = contacts.list(context.connection(), context.user());
        if (all.isEmpty()) {
            return CommandHandler.respond(texts.get("contact.list.empty"));
        }
        StringBuilder out = new StringBuilder(texts.get("contact.list.header", "count", all.size()));
        for (int i = 0; i < all.size(); i++) {
            out.append('\n').append(i + 1).append(". ").append(format.line(all.get(i)));
        }
        List<String> notes = new ArrayList<>(List.of(out.toString()));
        if (all.stream().noneMatch(c -> c.warmth() == Warmth.WARM)) {
            notes.add(texts.get("contact.list.warm-tip"));
        }
        return new CommandHandler.Respond(notes);
    }

    private CommandHandler.Result show(Input.Command command, StepContext context) {
        return lookup.find(command, context).ifFound(found -> show(found, context));
    }

    private CommandHandler.Result show(ContactLookup.Found found, StepContext context) {
        List<Contact> referred = contacts.referredBy(context.connection(), context.user(), found.contact().id());
        List<String> notes = new ArrayList<>(found.notes());
        ZoneId zone = users.zoneOrDefault(context.connection(), context.user());
        List<String> lines = new ArrayList<>(List.of(format.details(found.contact(), referred, zone)));
        lines.addAll(touches.showLines(context, found.contact(), zone));
        notes.add(String.join("\n", lines));
        return new CommandHandler.Respond(notes);
    }

    private CommandHandler.Result stage(Input.Command command, StepContext context) {
        return lookup.find(command, context).ifFound(found -> stage(command, found, context));
    }

    private CommandHandler.Result stage(Input.Command command, ContactLookup.Found found, StepContext context) {
        String typedStage = command.option("stage");
        if (typedStage.isEmpty()) {
            return new CommandHandler.Launch(ContactFlows.STAGE, ContactHandOff.of(found.contact()).answers(),
                    found.notes());
        }
        Optional<Stage> stage = Stage.fromId(typedStage);
        if (stage.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Stage each : Stage.values()) {
                names.add(each.id());
            }
            return CommandHandler.respond(texts.get("contact.stage.unknown", "typed", typedStage,
                    "stages", String.join(", ", names)));
        }
        List<String> notes = new ArrayList<>(found.notes());
        notes.add(flows.moveStage(context, found.contact(), stage.get()));
        return new CommandHandler.Respond(notes);
    }

    private CommandHandler.Result remove(Input.Command command, StepContext context) {
        return lookup.find(command, context).ifFound(found -> new CommandHandler.Launch(ContactFlows.REMOVE,
                ContactHandOff.of(found.contact()).answers(), found.notes()));
    }
}
