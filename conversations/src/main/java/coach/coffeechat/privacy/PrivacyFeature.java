package coach.coffeechat.privacy;

import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.engine.Attachment;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Feature;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.PersonalData;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code /privacy forget}: after the user confirms, everything the bot keeps about them is erased, and the bot says
 * so. Without anything kept, it says that instead of asking. {@code /privacy export}: everything kept about the
 * user as one JSON file ({@link ExportFile}) and their contacts as CSV, attached to the reply. {@code /privacy
 * import}: such a file written back into an empty account ({@link PrivacyImport}). Each feature's
 * {@link PersonalData} reads and writes its own tables; this feature runs no SQL of its own.
 */
public final class PrivacyFeature implements Feature {
    static final String FORGET = "privacy-forget";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Texts texts;
    private final UserData data;
    private final ContactBook contacts;
    private final PrivacyImport importer;

    private PrivacyFeature(Texts texts, UserData data, ContactBook contacts) {
        this.texts = texts;
        this.data = data;
        this.contacts = contacts;
        this.importer = new PrivacyImport(texts, data);
    }

    /**
     * The privacy feature.
     *
     * @param texts the messages
     * @param personalData every kind of data the other features and the engine keep about a user, in the order
     *     they were assembled (data that refers to other data after it); erased in reverse
     * @param contacts the contacts, for the CSV of an export
     */
    public static PrivacyFeature create(Texts texts, List<PersonalData> personalData, ContactBook contacts) {
        return new PrivacyFeature(texts, new UserData(personalData), contacts);
    }

    /** Adds {@code /privacy forget}, {@code /privacy export} and {@code /privacy import}. */
    @Override
    public void registerCommands(CommandCatalog.Builder catalog) {
        catalog.add(CommandSpec.of("privacy forget", "Delete everything I keep about you, after you confirm"),
                this::forget);
        catalog.add(CommandSpec.of("privacy export", texts.get("privacy.export.command")), this::export);
        catalog.add(importer.spec(), importer::start);
    }

    /** The confirmation flow. */
    @Override
    public List<Flow> flows() {
        Step confirm = Step.named("confirm")
                .prompt(context -> {
                    UserData.Summary kept = data.summary(context.connection(), context.user());
                    return new Prompt.Confirm(texts.get("privacy.forget.confirm",
                            "contacts", kept.count("contacts"), "meetings", kept.count("meetings"),
                            "questions", kept.count("questions"), "followups", kept.count("followups")),
                            texts.get("privacy.forget.yes"), texts.get("privacy.forget.no"));
                })
                .next(context -> Next.finish())
                .build();
        return List.of(Flow.of(FORGET, () -> texts.get("privacy.forget.title"), List.of(confirm), this::finish));
    }

    private CommandHandler.Result forget(Input.Command command, StepContext context) {
        if (data.summary(context.connection(), context.user()).empty()) {
            return CommandHandler.respond(texts.get("privacy.forget.nothing"));
        }
        return CommandHandler.launch(FORGET);
    }

    private CommandHandler.Result export(Input.Command command, StepContext context) {
        String day = DAY.format(context.now());
        List<Contact> kept = contacts.list(context.connection(), context.user());
        Attachment json = new Attachment("coffee-chat-export-" + day + ".json", "application/json",
                ExportFile.json(context.user(), context.now(), data.export(context.connection(), context.user())));
        Attachment csv = new Attachment("coffee-chat-contacts-" + day + ".csv", "text/csv",
                ContactsCsv.csv(kept));
        return new CommandHandler.Respond(List.of(texts.get("privacy.export.done", "json", json.fileName(),
                "csv", csv.fileName(), "contacts", kept.size())), List.of(json, csv));
    }

    private Completion finish(StepContext context) {
        if (!"yes".equals(context.answer("confirm"))) {
            return Completion.of(texts.get("privacy.forget.kept"));
        }
        data.erase(context.connection(), context.user());
        return Completion.of(texts.get("privacy.forget.done"));
    }
}
