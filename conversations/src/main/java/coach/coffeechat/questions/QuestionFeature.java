package coach.coffeechat.questions;

import coach.coffeechat.checks.CheckLanguages;
import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactFeature;
import coach.coffeechat.contact.ContactHandOff;
import coach.coffeechat.contact.ContactLookup;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.CommandSpec.OptionKind;
import coach.coffeechat.engine.CommandSpec.OptionSpec;
import coach.coffeechat.engine.Feature;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Minutes;
import coach.coffeechat.engine.PersonalData;
import coach.coffeechat.engine.ServerMaterial;
import coach.coffeechat.engine.StepContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Preparing questions: {@code /questions prepare contact:} builds and saves the list for one contact from the
 * bank or in the user's own words, and {@code /questions check} checks any pasted list with the same rules.
 * Thread-safe after construction.
 */
public final class QuestionFeature implements Feature {
    private final Texts texts;
    private final ContactLookup lookup;
    private final QuestionListRepository lists = new QuestionListRepository();
    private final QuestionFlows flows;
    private final ServerBank serverBank;
    private final ServerMaterial material;

    private QuestionFeature(Texts texts, ContactFeature contacts, QuestionBank bank, Supplier<QuestionChecker> checker,
                            ServerMaterial material) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.lookup = contacts.lookup();
        this.material = material;
        this.serverBank = new ServerBank(Objects.requireNonNull(bank, "bank"), material,
                Objects.requireNonNull(checker, "checker"), texts);
        this.flows = new QuestionFlows(texts, contacts.book(), lists, bank, serverBank, checker);
    }

    /**
     * The question feature.
     *
     * @param texts the messages
     * @param contacts the contact feature: its repository and its lookup
     * @param bank the question bank, loaded once at start-up
     * @param checker the question checks
     */
    public static QuestionFeature create(Texts texts, ContactFeature contacts, QuestionBank bank,
                                         QuestionChecker checker) {
        return create(texts, contacts, bank, checker, ServerMaterial.NONE);
    }

    /**
     * The question feature with each coach's server material: {@code /questions prepare} typed in a server offers
     * the questions its coach added first, and starts from the cohort's usual meeting length.
     *
     * @param material the servers' questions and cohort defaults
     */
    public static QuestionFeature create(Texts texts, ContactFeature contacts, QuestionBank bank,
                                         QuestionChecker checker, ServerMaterial material) {
        Objects.requireNonNull(checker, "checker");
        return new QuestionFeature(texts, contacts, bank, () -> checker, material);
    }

    /**
     * The question feature, checking each list with the checks of the language it is written in.
     *
     * @param checks the question checks of every language
     * @param material the servers' questions and cohort defaults
     */
    public static QuestionFeature create(Texts texts, ContactFeature contacts, QuestionBank bank,
                                         CheckLanguages checks, ServerMaterial material) {
        return new QuestionFeature(texts, contacts, bank, () -> checks.questions(LanguageScope.current().tag()), material);
    }

    /**
     * Why a coach cannot add this question to a server's bank, said for the coach; empty when it can: the shipped
     * bank's rules and the question checks about one question, with no finding.
     *
     * @param others the questions the server already holds
     */
    public List<String> questionProblems(String text, List<String> others) {
        return serverBank.problems(text, others);
    }

    /** The tag ids a bank question may carry, in the bank's order. */
    public static List<String> tagIds() {
        List<String> ids = new ArrayList<>();
        for (Tag tag : Tag.values()) {
            ids.add(tag.id());
        }
        return ids;
    }

    /** The question lists the user saved. */
    @Override
    public List<PersonalData> personalData() {
        return List.of(PersonalData.ownedRows("questions", "question_lists", "owner_id"));
    }

    /** The flows the commands start. */
    @Override
    public List<Flow> flows() {
        return flows.all();
    }

    /** The saved lists, for features that build on them (the reminder before a meeting). */
    public SavedQuestions saved() {
        return lists;
    }

    /** Adds the {@code /questions} commands. */
    @Override
    public void registerCommands(CommandCatalog.Builder catalog) {
        catalog.add(new CommandSpec("questions prepare", "Prepare five or six questions only this person can answer",
                        List.of(OptionSpec.contact("Who the questions are for"))), this::prepare)
                .add(new CommandSpec("questions check", "Check a list of questions before a meeting",
                        List.of(new OptionSpec("minutes", "Minutes you asked for (15, or your cohort's usual length, if not given)", false,
                                OptionKind.INTEGER, List.of()))), this::check);
    }

    private CommandHandler.Result prepare(Input.Command command, StepContext context) {
        return lookup.find(command, context).ifFound(found -> prepare(found, command.place().serverId(), context));
    }

    private CommandHandler.Result prepare(ContactLookup.Found found, String server, StepContext context) {
        Contact contact = found.contact();
        Map<String, String> answers = new HashMap<>(ContactHandOff.of(contact).answers());
        answers.put(QuestionFlows.CONTACT_NAME, contact.name());
        answers.put(QuestionFlows.CONTACT_ORGANISATION, contact.organisation());
        answers.put(QuestionFlows.CONTACT_ROLE, contact.role());
        answers.put(QuestionFlows.SERVER, server);
        answers.put(QuestionFlows.MINUTES, Integer.toString(material.usualMinutes(context.connection(), server,
                QuestionFlows.MINUTES_RANGE)));
        List<String> notes = new ArrayList<>(found.notes());
        Optional<QuestionList> saved = lists.find(context.connection(), context.user(), contact.id());
        if (saved.isPresent()) {
            answers.put(QuestionFlows.LIST, QuestionLines.toAnswer(saved.get().questions()));
            answers.put(QuestionFlows.MINUTES, Integer.toString(saved.get().minutes()));
            notes.add(texts.get("questions.loaded", "count", saved.get().questions().size(), "name", contact.name()));
        }
        return new CommandHandler.Launch(QuestionFlows.PREPARE, answers, notes);
    }

    private CommandHandler.Result check(Input.Command command, StepContext context) {
        String typed = command.option("minutes");
        Minutes.Range range = QuestionFlows.MINUTES_RANGE.withDefault(material.usualMinutes(context.connection(),
                command.place().serverId(), QuestionFlows.MINUTES_RANGE));
        Optional<Minutes> minutes = Minutes.parseNumber(typed, range);
        if (minutes.isEmpty()) {
            return CommandHandler.respond(texts.get("questions.check.minutes-invalid", "typed", typed,
                    "min", QuestionFlows.MINUTES_RANGE.min(), "max", QuestionFlows.MINUTES_RANGE.max()));
        }
        return new CommandHandler.Launch(QuestionFlows.CHECK,
                Map.of(QuestionFlows.MINUTES, minutes.get().answer()), List.of());
    }
}
