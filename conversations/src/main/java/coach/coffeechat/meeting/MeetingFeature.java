package coach.coffeechat.meeting;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Cadence;
import coach.coffeechat.contact.ContactFeature;
import coach.coffeechat.contact.ContactHandOff;
import coach.coffeechat.contact.ContactLookup;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.CommandSpec.OptionKind;
import coach.coffeechat.engine.CommandSpec.OptionSpec;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Feature;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.PersonalData;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.TypedWords;
import coach.coffeechat.user.UserRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Logging a meeting: the {@code /meeting log contact:} command and its flow. What the user learned is kept with
 * the contact, the people they suggested become contacts referred by them, and the contact moves to stage met.
 * Thread-safe after construction.
 */
public final class MeetingFeature implements Feature {
    private final MeetingRepository meetings = new MeetingRepository();
    private final ContactLookup lookup;
    private final MeetingFlows flows;
    private final Texts texts;

    private MeetingFeature(Texts texts, UserRepository users, ContactFeature contacts, int maxContacts) {
        if (maxContacts < 1) {
            throw new IllegalArgumentException("maxContacts must be positive, was " + maxContacts);
        }
        this.texts = texts;
        this.lookup = contacts.lookup();
        this.flows = new MeetingFlows(texts, users, contacts.book(), meetings, maxContacts);
    }

    /**
     * The meeting feature.
     *
     * @param texts the messages
     * @param users the users table, for time zones and the owner row
     * @param contacts the contact feature: its repository (whose stage changes the timer hears) and its lookup
     * @param maxContacts the most contacts one user may keep; suggested people count towards it
     */
    public static MeetingFeature create(Texts texts, UserRepository users, ContactFeature contacts, int maxContacts) {
        return new MeetingFeature(texts, users, contacts, maxContacts);
    }

    /** The meetings the user logged, with the people suggested in them. */
    @Override
    public List<PersonalData> personalData() {
        return List.of(PersonalData.ownedRows("meetings", "meetings", "owner_id").alsoExporting("meeting_suggestions",
                "SELECT ms.* FROM meeting_suggestions ms JOIN meetings m ON m.id = ms.meeting_id"
                        + " WHERE m.owner_id = ? ORDER BY ms.id"));
    }

    /** The flows the commands start. */
    @Override
    public List<Flow> flows() {
        return flows.all();
    }

    /** The meetings logged, for features that build on them (the follow-up timer). */
    public MeetingHistory history() {
        return meetings;
    }

    /** The meetings table itself, for this package's tests. */
    MeetingRepository repository() {
        return meetings;
    }

    /** Adds the {@code /meeting} commands. */
    @Override
    public void registerCommands(CommandCatalog.Builder catalog) {
        List<Prompt.Option> cadences = ContactFeature.cadenceChoices(texts);
        catalog.add(new CommandSpec("meeting log", "Log a meeting: what you learned and who they suggested",
                List.of(OptionSpec.contact("Who you met"),
                        new OptionSpec("every", "Stay in touch every 30, 60 or 90 days, or off", false,
                                OptionKind.CHOICE, cadences))), this::log);
    }

    private CommandHandler.Result log(Input.Command command, StepContext context) {
        String typed = command.option("every");
        Optional<Cadence> chosen = Cadence.fromTyped(new TypedWords(texts), typed)
                .filter(cadence -> cadence != Cadence.USUAL);
        if (!typed.isBlank() && chosen.isEmpty()) {
            return CommandHandler.respond(texts.get("contact.cadence.unknown", "typed", typed));
        }
        String every = chosen.map(Cadence::id).orElse("");
        return lookup.find(command, context).ifFound(found -> {
            Map<String, String> answers = new HashMap<>(ContactHandOff.of(found.contact()).answers());
            answers.put(MeetingFlows.CONTACT_NAME, found.contact().name());
            if (!every.isBlank()) {
                answers.put(MeetingFlows.CADENCE, every);
            }
            return new CommandHandler.Launch(MeetingFlows.LOG, answers, found.notes());
        });
    }
}
