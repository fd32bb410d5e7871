package coach.coffeechat.request;

import coach.coffeechat.checks.CheckReport;
import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.checks.ReportFormatter;
import coach.coffeechat.checks.RequestChecker;
import coach.coffeechat.checks.RequestDraft;
import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.ContactFeature;
import coach.coffeechat.contact.ContactHandOff;
import coach.coffeechat.contact.ContactLookup;
import coach.coffeechat.contact.ContactMatcher;
import coach.coffeechat.contact.ContactBook;
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
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.TextCleaner;
import coach.coffeechat.user.UserRepository;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Drafting a concise request: the guided {@code /request draft contact:} flow, and {@code /draft}, the quick
 * path that answers with a draft and its checks in one reply, no flow and no questions asked.
 */
public final class RequestFeature implements Feature {
    private static final int NAME_MAX = 100;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Texts texts;
    private final UserRepository users;
    private final ContactLookup lookup;
    private final RequestDrafter drafter;
    private final RequestChecker checker;
    private final ReportFormatter reports;
    private final RequestFlows flows;
    private final ContactBook contacts;
    private final RequestRepository requests = new RequestRepository();

    private RequestFeature(Texts texts, RequestTemplates templates, RequestChecker checker, UserRepository users,
                           ContactBook contacts, ContactLookup lookup) {
        this.texts = texts;
        this.users = users;
        this.lookup = lookup;
        this.drafter = new RequestDrafter(templates, texts, checker);
        this.checker = checker;
        this.reports = new ReportFormatter(texts);
        this.flows = new RequestFlows(texts, contacts, users, requests, drafter, checker);
        this.contacts = contacts;
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
        return new RequestFeature(texts, templates, checker, users, contacts.book(), contacts.lookup());
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
                        new OptionSpec("minutes", "Minutes to ask for, 10 to 30 (15 if left out)", false,
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
                    "date", DATE.format(kept.get().createdAt().atZone(zone))));
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
        Optional<Minutes> minutes = Minutes.parseNumber(command.option("minutes"), DraftInputs.MINUTES);
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
        RequestDrafter.Draft draft = drafter.write(inputs);
        String text = draft.text();
        CheckReport report = checker.check(new RequestDraft(text, format.get(), referrer, name, plan));
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
