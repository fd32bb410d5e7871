package coach.coffeechat.contact;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.Validation;
import coach.coffeechat.user.UserRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The flows that pick and manage contacts. {@code contact-add} walks through who, how warm, who referred the
 * user and why this person, coaching on the way: it suggests warm contacts first, asks for the referrer of a
 * lukewarm contact, recognises a referrer among existing contacts (or adds them in a sub-flow), and flags a
 * near duplicate. {@code contact-quick-add} is the short version used as that sub-flow.
 * {@code contact-remove} and {@code contact-stage} confirm or pick before they change anything.
 */
final class ContactFlows {
    static final String ADD = "contact-add";
    static final String QUICK_ADD = "contact-quick-add";
    static final String REMOVE = "contact-remove";
    static final String STAGE = "contact-stage";

    static final String SAVED_ID = "saved-contact-id";
    static final String SAVED_NAME = "saved-contact-name";

    private static final int NAME_MAX = 100;
    private static final int WHY_MAX = 1000;
    private static final int REACH_MAX = 200;
    private static final String PICK_PREFIX = "c";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern WEB = Pattern.compile("^(https?://)?([\\w-]+\\.)+[a-z]{2,}(/\\S*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{6,24}$");

    private final Texts texts;
    private final ContactRepository contacts;
    private final UserRepository users;
    private final ContactMatcher matcher;
    private final ContactFormatter format;
    private final ContactHandOff.Receiver handedIn;
    private final int maxContacts;

    ContactFlows(Texts texts, ContactRepository contacts, UserRepository users, ContactMatcher matcher,
                 int maxContacts) {
        this.texts = texts;
        this.contacts = contacts;
        this.users = users;
        this.matcher = matcher;
        this.format = new ContactFormatter(texts);
        this.handedIn = new ContactHandOff.Receiver(contacts, texts);
        this.maxContacts = maxContacts;
    }

    List<Flow> all() {
        return List.of(add(), quickAdd(), remove(), stage());
    }

    // ---- contact-add -------------------------------------------------------------------------------------------

    private Flow add() {
        return Flow.of(ADD, texts.get("contact.add.title"), List.of(
                details(true, "warmth"),
                duplicate("warmth"),
                warmth("source"),
                source(context -> Warmth.LUKEWARM.id().equals(context.answer("warmth"))
                        ? Next.goTo("referrer") : Next.goTo("reach")),
                referrer(),
                referrerPick(),
                referrerNew(),
                reach(),
                confirm()), this::saveFromAdd);
    }

    private Flow quickAdd() {
        return Flow.of(QUICK_ADD, texts.get("contact.quick.title"), List.of(
                details(false, "warmth"),
                duplicate("warmth"),
                warmth("source"),
                source(context -> Next.finish())), this::saveFromQuickAdd);
    }

    private Step details(boolean withWhy, String next) {
        return Step.named("details")
                .prompt(context -> {
                    List<Prompt.Field> fields = new ArrayList<>(List.of(
                            field("name", "contact.field.name", true, NAME_MAX, "contact.field.name.placeholder"),
                            field("role", "contact.field.role", false, NAME_MAX, "contact.field.role.placeholder"),
                            field("organisation", "contact.field.organisation", false, NAME_MAX,
                                    "contact.field.organisation.placeholder")));
                    if (withWhy) {
                        fields.add(new Prompt.Field("why", texts.get("contact.field.why"), Prompt.TextLength.LONG,
                                false, WHY_MAX, texts.get("contact.field.why.placeholder"), ""));
                    }
                    String key = withWhy ? "contact.add.details" : "contact.quick.details";
                    return new Prompt.Form(texts.get(key), texts.get("contact.add.form-title"), fields);
                })
                .check((values, context) -> {
                    String name = values.getOrDefault("name", "");
                    if (!name.codePoints().anyMatch(Character::isLetterOrDigit)) {
                        return Validation.invalid(texts.get("contact.add.name-needs-letters"));
                    }
                    if (contacts.count(context.connection(), context.user()) >= maxContacts) {
                        return Validation.invalid(texts.get("contact.add.limit", "max", maxContacts));
                    }
                    Map<String, String> kept = new HashMap<>(values);
                    kept.put("duplicate", "");
                    return new Validation.Valid(kept);
                })
                .help(texts.get("contact.add.details.help"))
                .next(context -> nearDuplicates(context).isEmpty() ? Next.goTo(next) : Next.goTo("duplicate"))
                .build();
    }

    private Step duplicate(String next) {
        return Step.named("duplicate")
                .prompt(context -> {
                    List<Contact> similar = nearDuplicates(context);
                    List<Prompt.Option> options = new ArrayList<>();
                    for (Contact contact : similar) {
                        options.add(Prompt.Option.of(PICK_PREFIX + contact.id(),
                                texts.get("contact.add.duplicate.same", "contact", format.shortName(contact))));
                    }
                    options.add(Prompt.Option.of("different", texts.get("contact.add.duplicate.different",
                            "name", context.answer("name"))));
                    String first = similar.isEmpty() ? context.answer("name") : format.shortName(similar.get(0));
                    return new Prompt.Choice(texts.get("contact.add.duplicate", "existing", first), options);
                })
                .help(texts.get("contact.add.duplicate.help"))
                .next(context -> context.answer("duplicate").startsWith(PICK_PREFIX) ? Next.finish() : Next.goTo(next))
                .build();
    }

    private Step warmth(String next) {
        return Step.named("warmth")
                .prompt(context -> {
                    String question = texts.get("contact.add.warmth", "name", context.answer("name"));
                    boolean hasWarm = contacts.list(context.connection(), context.user()).stream()
                            .anyMatch(c -> c.warmth() == Warmth.WARM);
                    if (!hasWarm) {
                        question = question + "\n" + texts.get("contact.add.warmth.tip");
                    }
                    List<Prompt.Option> options = new ArrayList<>();
                    for (Warmth warmth : Warmth.values()) {
                        options.add(new Prompt.Option(warmth.id(), format.label(warmth),
                                texts.get("contact.warmth." + warmth.id() + ".hint")));
                    }
                    return new Prompt.Choice(question, options);
                })
                .help(texts.get("contact.add.warmth.help"))
                .next(context -> Warmth.COLD.id().equals(context.answer("warmth"))
                        ? Next.goTo(next, texts.get("contact.add.cold-note"))
                        : Next.goTo(next))
                .build();
    }

    private Step source(java.util.function.Function<StepContext, Next> next) {
        return Step.named("source")
                .prompt(context -> {
                    List<Prompt.Option> options = new ArrayList<>();
                    for (Source source : Source.values()) {
                        options.add(Prompt.Option.of(source.id(), format.label(source)));
                    }
                    return new Prompt.Choice(texts.get("contact.add.source", "name", context.answer("name")), options);
                })
                .next(next)
                .build();
    }

    private Step referrer() {
        return Step.named("referrer")
                .prompt(context -> new Prompt.Text(texts.get("contact.add.referrer", "name", context.answer("name")),
                        texts.get("contact.add.referrer.label"), Prompt.TextLength.SHORT, NAME_MAX,
                        texts.get("contact.add.referrer.placeholder"), ""))
                .optional()
                .check((values, context) -> {
                    String typed = values.getOrDefault("referrer", "");
                    if (ContactMatcher.normalise(typed).equals(ContactMatcher.normalise(context.answer("name")))) {
                        return Validation.invalid(texts.get("contact.add.referrer.self", "name", typed));
                    }
                    Map<String, String> kept = new HashMap<>(values);
                    ContactMatcher.Resolution found = resolveReferrer(context, typed);
                    kept.put("referrer-id", "");
                    if (found instanceof ContactMatcher.Exact exact) {
                        kept.put("referrer-id", Long.toString(exact.contact().id()));
                        kept.put("referrer", exact.contact().name());
                    }
                    return new Validation.Valid(kept);
                })
                .help(texts.get("contact.add.referrer.help"))
                .next(context -> {
                    String typed = context.answer("referrer");
                    ContactMatcher.Resolution found = resolveReferrer(context, typed);
                    if (found instanceof ContactMatcher.Exact exact) {
                        return Next.goTo("reach", texts.get("contact.add.referrer.linked",
                                "referrer", format.shortName(exact.contact())));
                    }
                    return found instanceof ContactMatcher.Candidates ? Next.goTo("referrer-pick")
                            : Next.goTo("referrer-new");
                })
                .build();
    }

    private Step referrerPick() {
        return Step.named("referrer-pick")
                .prompt(context -> {
                    String typed = context.answer("referrer");
                    List<Prompt.Option> options = new ArrayList<>();
                    if (resolveReferrer(context, typed) instanceof ContactMatcher.Candidates candidates) {
                        for (Contact contact : candidates.contacts()) {
                            options.add(Prompt.Option.of(PICK_PREFIX + contact.id(), format.shortName(contact)));
                        }
                    }
                    options.add(Prompt.Option.of("new", texts.get("contact.add.referrer-pick.new", "typed", typed)));
                    return new Prompt.Choice(texts.get("contact.add.referrer-pick", "typed", typed), options);
                })
                .check((values, context) -> {
                    String picked = values.getOrDefault("referrer-pick", "");
                    Map<String, String> kept = new HashMap<>(values);
                    Optional<Contact> contact = pickedContact(context, picked);
                    kept.put("referrer-id", contact.map(c -> Long.toString(c.id())).orElse(""));
                    contact.ifPresent(c -> kept.put("referrer", c.name()));
                    return new Validation.Valid(kept);
                })
                .next(context -> context.answer("referrer-id").isEmpty() ? Next.goTo("referrer-new") : Next.goTo("reach"))
                .build();
    }

    private Step referrerNew() {
        return Step.named("referrer-new")
                .prompt(context -> {
                    String typed = context.answer("referrer");
                    return new Prompt.Choice(texts.get("contact.add.referrer-new", "typed", typed), List.of(
                            Prompt.Option.of("add", texts.get("contact.add.referrer-new.add", "typed", typed)),
                            Prompt.Option.of("name-only", texts.get("contact.add.referrer-new.name-only"))));
                })
                .next(context -> "add".equals(context.answer("referrer-new"))
                        ? new Next.StartSubFlow(QUICK_ADD, Map.of("name", context.answer("referrer")), "reach")
                        : Next.goTo("reach"))
                .build();
    }

    private Step reach() {
        return Step.named("reach")
                .prompt(context -> new Prompt.Text(texts.get("contact.add.reach", "name", context.answer("name")),
                        texts.get("contact.add.reach.label"), Prompt.TextLength.SHORT, REACH_MAX,
                        texts.get("contact.add.reach.placeholder"), ""))
                .optional()
                .check((values, context) -> {
                    String reach = values.getOrDefault("reach", "");
                    if (reach.isEmpty() || isReachable(reach)) {
                        return new Validation.Valid(values);
                    }
                    return Validation.invalid(texts.get("contact.add.reach.invalid"));
                })
                .help(texts.get("contact.add.reach.help"))
                .next(context -> Next.goTo("confirm"))
                .build();
    }

    static boolean isReachable(String reach) {
        String compact = reach.strip();
        if (EMAIL.matcher(compact).matches() || WEB.matcher(compact).matches()) {
            return true;
        }
        return PHONE.matcher(compact).matches() && compact.chars().filter(Character::isDigit).count() >= 6;
    }

    private Step confirm() {
        return Step.named("confirm")
                .prompt(context -> new Prompt.Confirm(texts.get("contact.add.confirm", "summary", draftSummary(context)),
                        texts.get("contact.add.confirm.yes"), texts.get("contact.add.confirm.no")))
                .next(context -> "yes".equals(context.answer("confirm")) ? Next.finish()
                        : Next.goTo("details", texts.get("contact.add.confirm.change")))
                .build();
    }

    private String draftSummary(StepContext context) {
        Warmth warmth = Warmth.fromId(context.answer("warmth")).orElse(Warmth.COLD);
        return format.draft(context.answer("name"),
                ContactFormatter.position(context.answer("role"), context.answer("organisation")), warmth,
                Source.fromId(context.answer("source")).orElse(Source.OTHER), referrerName(context, warmth),
                context.answer("why"), context.answer("reach"));
    }

    private Completion saveFromAdd(StepContext context) {
        Optional<Completion> kept = keptExisting(context);
        if (kept.isPresent()) {
            return kept.get();
        }
        Warmth warmth = Warmth.fromId(context.answer("warmth")).orElse(Warmth.COLD);
        NewContact contact = new NewContact(context.user(), context.answer("name"), context.answer("role"),
                context.answer("organisation"), warmth, Source.fromId(context.answer("source")).orElse(Source.OTHER),
                referrerId(context, warmth), referrerName(context, warmth), context.answer("why"),
                context.answer("reach"));
        long id = save(context, contact);
        String next = warmth == Warmth.WARM ? "contact.add.saved.next-warm" : "contact.add.saved.next";
        return new Completion(List.of(texts.get("contact.add.saved", "name", contact.name()), texts.get(next)),
                Map.of(SAVED_ID, Long.toString(id), SAVED_NAME, contact.name()));
    }

    private Completion saveFromQuickAdd(StepContext context) {
        Optional<Completion> kept = keptExisting(context);
        if (kept.isPresent()) {
            return kept.get();
        }
        NewContact contact = new NewContact(context.user(), context.answer("name"), context.answer("role"),
                context.answer("organisation"), Warmth.fromId(context.answer("warmth")).orElse(Warmth.COLD),
                Source.fromId(context.answer("source")).orElse(Source.OTHER), OptionalLong.empty(), "", "", "");
        long id = save(context, contact);
        return new Completion(List.of(texts.get("contact.quick.saved", "name", contact.name())),
                Map.of(SAVED_ID, Long.toString(id), SAVED_NAME, contact.name()));
    }

    private long save(StepContext context, NewContact contact) {
        users.ensure(context.connection(), context.user(), context.now());
        return contacts.add(context.connection(), contact, context.now());
    }

    private Optional<Completion> keptExisting(StepContext context) {
        return pickedContact(context, context.answer("duplicate")).map(existing -> new Completion(
                List.of(texts.get("contact.add.kept-existing", "name", existing.name())),
                Map.of(SAVED_ID, Long.toString(existing.id()), SAVED_NAME, existing.name())));
    }

    // Only a lukewarm contact has a referrer; answers left from before a "back" to warmth do not count.
    private OptionalLong referrerId(StepContext context, Warmth warmth) {
        if (warmth != Warmth.LUKEWARM) {
            return OptionalLong.empty();
        }
        String id = !context.answer("referrer-id").isEmpty() ? context.answer("referrer-id")
                : "add".equals(context.answer("referrer-new")) ? context.answer(SAVED_ID) : "";
        if (id.isEmpty()) {
            return OptionalLong.empty();
        }
        long parsed = Long.parseLong(id);
        return contacts.find(context.connection(), context.user(), parsed).isPresent()
                ? OptionalLong.of(parsed) : OptionalLong.empty();
    }

    private String referrerName(StepContext context, Warmth warmth) {
        if (warmth != Warmth.LUKEWARM) {
            return "";
        }
        if (context.answer("referrer-id").isEmpty() && "add".equals(context.answer("referrer-new"))
                && !context.answer(SAVED_NAME).isEmpty()) {
            return context.answer(SAVED_NAME);
        }
        return context.answer("referrer");
    }

    private List<Contact> nearDuplicates(StepContext context) {
        return matcher.nearDuplicates(context.answer("name"), contacts.list(context.connection(), context.user()));
    }

    private ContactMatcher.Resolution resolveReferrer(StepContext context, String typed) {
        return matcher.resolve(typed, contacts.list(context.connection(), context.user()));
    }

    private Optional<Contact> pickedContact(StepContext context, String picked) {
        if (!picked.startsWith(PICK_PREFIX) || !picked.substring(1).matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return contacts.find(context.connection(), context.user(), Long.parseLong(picked.substring(1)));
    }

    private Prompt.Field field(String id, String labelKey, boolean required, int max, String placeholderKey) {
        return new Prompt.Field(id, texts.get(labelKey), Prompt.TextLength.SHORT, required, max,
                texts.get(placeholderKey), "");
    }

    // ---- contact-remove and contact-stage ----------------------------------------------------------------------

    private Flow remove() {
        Step confirm = Step.named("confirm")
                .prompt(context -> {
                    Contact contact = named(context);
                    List<Contact> referred = contacts.referredBy(context.connection(), context.user(), contact.id());
                    String referrals = referred.isEmpty() ? "" : texts.get("contact.remove.referrals", "names",
                            String.join(", ", referred.stream().map(Contact::name).toList()));
                    return new Prompt.Confirm(texts.get("contact.remove.confirm", "name", contact.name(),
                            "referrals", referrals), texts.get("contact.remove.yes"), texts.get("contact.remove.no"));
                })
                .next(context -> Next.finish())
                .build();
        return Flow.of(REMOVE, texts.get("contact.remove.title"), List.of(confirm), context -> {
            Contact contact = named(context);
            if ("yes".equals(context.answer("confirm"))
                    && contacts.remove(context.connection(), context.user(), contact.id())) {
                return Completion.of(texts.get("contact.removed", "name", contact.name()));
            }
            return Completion.of(texts.get("contact.remove.kept", "name", contact.name()));
        });
    }

    private Flow stage() {
        Step pick = Step.named("stage")
                .prompt(context -> {
                    Contact contact = named(context);
                    List<Prompt.Option> options = new ArrayList<>();
                    for (Stage stage : Stage.values()) {
                        options.add(Prompt.Option.of(stage.id(), format.label(stage)));
                    }
                    return new Prompt.Choice(texts.get("contact.stage.ask", "name", contact.name(),
                            "stage", format.label(contact.stage())), options, contact.stage().id());
                })
                .next(context -> Next.finish())
                .build();
        return Flow.of(STAGE, texts.get("contact.stage.title"), List.of(pick), context -> Completion.of(
                moveStage(context, named(context), Stage.fromId(context.answer("stage")).orElseThrow())));
    }

    /** Moves a contact's stage and says what happened; shared by the flow and the one-line command. */
    String moveStage(StepContext context, Contact contact, Stage to) {
        if (contact.stage() == to) {
            return texts.get("contact.stage.same", "name", contact.name(), "stage", format.label(to));
        }
        if (!contacts.moveStage(context.connection(), context.user(), contact.id(), to, context.now())) {
            return texts.get("contact.gone-note");
        }
        return texts.get("contact.stage.moved", "name", contact.name(), "from", format.label(contact.stage()),
                "to", format.label(to));
    }

    // The contact a command picked; if it was removed meanwhile (another device), a placeholder keeps the flow
    // from failing and the finisher's repository calls simply find nothing to change.
    private Contact named(StepContext context) {
        return handedIn.contactOrPlaceholder(context);
    }
}
