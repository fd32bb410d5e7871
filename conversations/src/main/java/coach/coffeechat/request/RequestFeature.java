package coach.coffeechat.request;

import coach.coffeechat.checks.CheckLanguages;
import coach.coffeechat.checks.CheckReport;
import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.checks.ReportFormatter;
import coach.coffeechat.checks.RequestChecker;
import coach.coffeechat.checks.RequestDraft;
import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.config.DateShape;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.ContactFeature;
import coach.coffeechat.contact.ContactHandOff;
import coach.coffeechat.contact.ContactLookup;
import coach.coffeechat.contact.ContactMatcher;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.CommandSpec.OptionKind;
import coach.coffeechat.engine.CommandSpec.OptionSpec;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Feature;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Minutes;
import coach.coffeechat.engine.PersonalData;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.ServerMaterial;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.TextCleaner;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.user.UserRepository;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Drafting a concise request: the guided {@code /request draft contact:} flow, and {@code /draft}, the quick
 * path that answers with a draft and its checks in one reply, no flow and no questions asked.
 */
public final class RequestFeature implements Feature {
    private static final int NAME_MAX = 100;

    private final Texts texts;
    private final UserRepository users;
    private final ContactLookup lookup;
    private final RequestDrafter drafter;
    private final Supplier<RequestChecker> checker;
    private final ReportFormatter reports;
    private final RequestFlows flows;
    private final ContactBook contacts;
    private final RequestRepository requests = new RequestRepository();
    private final RequestTemplates templates;
    private final ServerMaterial material;
    private final TemplateTrial trial;

    private RequestFeature(Texts texts, RequestTemplates templates, Supplier<RequestChecker> checker, UserRepository users,
                           ContactBook contacts, ContactLookup lookup, ServerMaterial material) {
        this.texts = texts;
        this.users = users;
        this.lookup = lookup;
        this.templates = templates;
        this.material = material;
        this.drafter = new RequestDrafter(templates, texts, checker);
        this.checker = checker;
        this.reports = new ReportFormatter(texts);
        this.flows = new RequestFlows(texts, contacts, users, requests, drafter, checker, material);
        this.contacts = contacts;
        this.trial = new TemplateTrial(drafter, checker, texts);
    }

    /**
     * The request feature.
     *
     * @param texts the messages
     * @param templates the request templates
     * @param checker the request checks
     * @param users the users table (profile, plan, zone)
     * @param contacts the contact feature: its contacts and the {@code contact:} lookup
     */
    public static RequestFeature create(Texts texts, RequestTemplates templates, RequestChecker checker,
                                        UserRepository users, ContactFeature contacts) {
        return create(texts, templates, checker, users, contacts, ServerMaterial.NONE);
    }

    /**
     * The request feature, checking each request with the checks of the language it is written in.
     *
     * @param checks the request checks of every language
     * @param material the servers' templates and cohort defaults
     */
    public static RequestFeature create(Texts texts, RequestTemplates templates, CheckLanguages checks,
                                        UserRepository users, ContactFeature contacts, ServerMaterial material) {
        return new RequestFeature(texts, templates, () -> checks.requests(LanguageScope.current().tag()), users, contacts.book(), contacts.lookup(),
                material);
    }

    /**
     * The request feature, with each coach's server material: a request started in a server is drafted from that
     * server's own template (when its coach wrote one) and asks for the cohort's usual time by default.
     *
     * @param material the servers' templates and cohort defaults
     */
    public static RequestFeature create(Texts texts, RequestTemplates templates, RequestChecker checker,
                                        UserRepository users, ContactFeature contacts, ServerMaterial material) {
        return new RequestFeature(texts, templates, () -> checker, users, contacts.book(), contacts.lookup(), material);
    }

    /** The names of the request templates a server's coach may replace: {@code email-cold}, {@code phone-warm}... */
    public static List<String> templateNames() {
        List<String> names = new ArrayList<>();
        for (RequestFormat format : RequestFormat.values()) {
            for (DraftVariant variant : DraftVariant.values()) {
                names.add(RequestTemplates.name(format, variant));
            }
        }
        return names;
    }

    /** The shipped (or {@code --config}) text of a request template, by a name of {@link #templateNames()}. */
    public String shippedTemplate(String name) {
        return templates.text(name);
    }

    /**
     * Why a server's own text cannot replace a request template, each said for the coach; empty when it can: only
     * the placeholders the drafter fills, and drafts for sample people that pass the request checks with no finding.
     *
     * @param name a name of {@link #templateNames()}
     */
    public List<String> templateProblems(String name, String text) {
        for (RequestFormat format : RequestFormat.values()) {
            for (DraftVariant variant : DraftVariant.values()) {
                if (RequestTemplates.name(format, variant).equals(name)) {
                    return trial.problems(format, variant, text);
                }
            }
        }
        throw new IllegalArgumentException("no request template " + name);
    }

    /** The server the newest request to a contact was drafted in, if any: the follow-ups after it belong there. */
    public Optional<String> serverOf(Connection connection, UserId owner, long contactId) {
        return requests.server(connection, owner, contactId);
    }

    /** The requests users sent, for other features to read (format, length, date; never the text). */
    public RequestHistory history() {
        return requests::sent;
    }

    /** The requests the user drafted. */
    @Override
    public List<PersonalData> personalData() {
        return List.of(PersonalData.ownedRows("requests", "requests", "owner_id"));
    }

    /** The flows the commands start. */
    @Override
    public List<Flow> flows() {
        return flows.all();
    }

    /** Adds {@code /request draft} and {@code /draft}. */
    @Override
    public void registerCommands(CommandCatalog.Builder catalog) {
        List<Prompt.Option> formats = new ArrayList<>();
        for (RequestFormat format : RequestFormat.values()) {
            formats.add(Prompt.Option.of(format.id(), texts.get("request.format." + format.id())));
        }
        OptionSpec format = new OptionSpec("format", "Email, LinkedIn note or phone script", false,
                OptionKind.CHOICE, formats);
        catalog.add(new CommandSpec("request draft", "Draft a short request to one of your contacts",
                        List.of(OptionSpec.contact("Who the request is for"), format)), this::draftFor)
                .add(new CommandSpec("draft", "A quick request draft with its checks, no questions asked", List.of(
                        new OptionSpec("name", "Who you're writing to", true, OptionKind.TEXT, List.of()),
                        new OptionSpec("referrer", "Who suggested you get in touch", false, OptionKind.TEXT,
                                List.of()),
                        new OptionSpec("field", "Their field or organisation", false, OptionKind.TEXT, List.of()),
                        format,
                        new OptionSpec("minutes", "Minutes to ask for, 10 to 30 (15, or your cohort's usual length, if left out)", false,
                                OptionKind.INTEGER, List.of()))), this::quickDraft);
    }

    /** What a draft shortened to fit, said so the user can put back what matters; empty when nothing was cut. */
    static Optional<String> shortenedNote(Texts texts, RequestDrafter.Draft draft) {
        if (draft.shortened().isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = draft.shortened().stream().map(part -> texts.get(part.labelKey())).toList();
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + texts.get("request.shortened.and")
                        + parts.get(parts.size() - 1);
        return Optional.of(texts.get("request.shortened", "parts", joined));
    }

    private CommandHandler.Result draftFor(Input.Command command, StepContext context) {
        return lookup.find(command, context).ifFound(found -> draftFor(command, found, context));
    }

    private CommandHandler.Result draftFor(Input.Command command, ContactLookup.Found found, StepContext context) {
        Map<String, String> answers = new HashMap<>(ContactHandOff.of(found.contact()).answers());
        answers.put(RequestFlows.SERVER, command.place().serverId());
        String typedFormat = command.option("format");
        Optional<RequestRepository.StoredRequest> kept = keptDraft(context, found.contact().id(), typedFormat);
        if (kept.isPresent()) {
            // A draft kept for later is picked up where it was left, edits and all.
            answers.put("format", kept.get().format().id());
            answers.put(RequestFlows.EDITED, kept.get().text());
            answers.put(RequestFlows.KEPT, "yes");
            List<String> notes = new ArrayList<>(found.notes());
            ZoneId zone = users.zoneOrDefault(context.connection(), context.user());
            notes.add(texts.get("request.kept-draft", "name", found.contact().name(),
                    "date", DateShape.DAY_MONTH_YEAR.format(texts, kept.get().createdAt().atZone(zone))));
            return new CommandHandler.Launch(RequestFlows.DRAFT, answers, notes, "review");
        }
        if (typedFormat.isEmpty()) {
            return new CommandHandler.Launch(RequestFlows.DRAFT, answers, found.notes());
        }
        Optional<RequestFormat> format = RequestFormat.fromId(typedFormat);
        if (format.isEmpty()) {
            return CommandHandler.respond(texts.get("request.format.unknown", "typed", typedFormat));
        }
        answers.put("format", format.get().id());
        return new CommandHandler.Launch(RequestFlows.DRAFT, answers, found.notes(), "about");
    }

    /** The contact's newest request when it is a draft not sent yet, in the format asked for (if any). */
    private Optional<RequestRepository.StoredRequest> keptDraft(StepContext context, long contactId,
                                                                String typedFormat) {
        return requests.latest(context.connection(), context.user(), contactId)
                .filter(request -> request.sentAt().isEmpty())
                .filter(request -> typedFormat.isEmpty()
                        || RequestFormat.fromId(typedFormat).equals(Optional.of(request.format())));
    }

    private CommandHandler.Result quickDraft(Input.Command command, StepContext context) {
        String name = TextCleaner.line(command.option("name"));
        String referrer = TextCleaner.line(command.option("referrer"));
        String field = TextCleaner.line(command.option("field"));
        if (name.isEmpty()) {
            return CommandHandler.respond(texts.get("draft.name-needed"));
        }
        if (name.length() > NAME_MAX || referrer.length() > NAME_MAX || field.length() > NAME_MAX) {
            return CommandHandler.respond(texts.get("draft.too-long", "max", NAME_MAX));
        }
        if (!referrer.isEmpty() && ContactMatcher.sameName(name, referrer)) {
            return CommandHandler.respond(texts.get("draft.referrer-same", "name", name));
        }
        Optional<RequestFormat> format = command.option("format").isEmpty() ? Optional.of(RequestFormat.EMAIL)
                : RequestFormat.fromId(command.option("format"));
        if (format.isEmpty()) {
            return CommandHandler.respond(texts.get("request.format.unknown", "typed", command.option("format")));
        }
        String server = command.place().serverId();
        Minutes.Range range = DraftInputs.MINUTES.withDefault(material.usualMinutes(context.connection(), server,
                DraftInputs.MINUTES));
        Optional<Minutes> minutes = Minutes.parseNumber(command.option("minutes"), range);
        if (minutes.isEmpty()) {
            return CommandHandler.respond(texts.get("draft.minutes", "typed", command.option("minutes"),
                    "min", DraftInputs.MINUTES.min(), "max", DraftInputs.MINUTES.max()));
        }
        UserRepository.Profile profile = users.profile(context.connection(), context.user());
        LinkedInPlan plan = users.linkedInPlan(context.connection(), context.user());
        String learn = field.isEmpty() ? texts.get("draft.learn-default") : texts.get("draft.learn", "field", field);
        DraftInputs inputs = new DraftInputs(format.get(), name, referrer.isEmpty() ? Warmth.COLD : Warmth.LUKEWARM,
                Source.OTHER, referrer, "", learn, profile.summary(), profile.displayName(), minutes.get().count(),
                true, plan);
        RequestDrafter.Draft draft = drafter.write(inputs, material.template(context.connection(), server,
                RequestTemplates.name(inputs.format(), inputs.variant())));
        String text = draft.text();
        CheckReport report = checker.get().check(new RequestDraft(text, format.get(), referrer, name, plan));
        List<String> notes = new ArrayList<>();
        notes.add(texts.get("draft.header", "name", name, "format", texts.get("request.format." + format.get().id())));
        notes.add(text);
        notes.add(reports.format(report, false));
        shortenedNote(texts, draft).ifPresent(notes::add);
        boolean known = contacts.list(context.connection(), context.user()).stream()
                .anyMatch(contact -> ContactMatcher.sameName(contact.name(), name));
        if (profile.summary().isEmpty()) {
            notes.add(texts.get("draft.next.no-profile"));
        }
        if (known) {
            notes.add(texts.get("draft.next.known", "name", name));
            return new CommandHandler.Respond(notes);
        }
        notes.add(texts.get("draft.next", "name", name));
        return ContactFeature.offerToSave(name, referrer, field, notes);
    }
}
