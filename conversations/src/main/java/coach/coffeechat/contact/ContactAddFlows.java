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
import java.util.function.Function;

/**
 * {@code contact-add} walks through who, how warm, who referred the user ({@link ReferrerSteps}) and why this
 * person, coaching on the way: it suggests warm contacts first, asks for the referrer of a lukewarm contact, and
 * flags a near duplicate. {@code contact-quick-add} is the short version, also the sub-flow that adds a referrer.
 * Both end by saving the contact, or keeping the existing one the user said it was, and hand its id and name on
 * as the flow's outputs ({@link ContactFlows#SAVED_ID}, {@link ContactFlows#SAVED_NAME}).
 */
final class ContactAddFlows {
    private static final int NAME_MAX = 100;
    private static final int WHY_MAX = 1000;
    private static final int REACH_MAX = 200;

    private final Texts texts;
    private final ContactRepository contacts;
    private final UserRepository users;
    private final ContactMatcher matcher;
    private final ContactFormatter format;
    private final ReferrerSteps referrer;
    private final int maxContacts;

    ContactAddFlows(Texts texts, ContactRepository contacts, UserRepository users, ContactMatcher matcher,
                    int maxContacts) {
        this.texts = texts;
        this.contacts = contacts;
        this.users = users;
        this.matcher = matcher;
        this.format = new ContactFormatter(texts);
        this.referrer = new ReferrerSteps(texts, contacts, matcher);
        this.maxContacts = maxContacts;
    }

    /** {@code contact-add} and {@code contact-quick-add}. */
    List<Flow> all() {
        return List.of(add(), quickAdd());
    }

    private Flow add() {
        List<Step> steps = new ArrayList<>(List.of(
                details(true, "warmth"),
                duplicate("warmth"),
                warmth("source"),
                source(context -> Warmth.LUKEWARM.id().equals(context.answer("warmth"))
                        ? Next.goTo("referrer") : Next.goTo("reach"))));
        steps.addAll(referrer.all());
        steps.add(reach());
        steps.add(confirm());
        return Flow.of(ContactFlows.ADD, texts.get("contact.add.title"), steps, this::saveFromAdd);
    }

    private Flow quickAdd() {
        return Flow.of(ContactFlows.QUICK_ADD, texts.get("contact.quick.title"), List.of(
                details(false, "warmth"),
                duplicate("warmth"),
                warmth("source"),
                source(context -> Next.finish())), this::saveFromQuickAdd);
    }

    private Step details(boolean withWhy, String next) {
        return Step.named("details")
                .prompt(context -> {
                    List<Prompt.Field> fields = new ArrayList<>(List.of(
                            field("name", "contact.field.name", true, "contact.field.name.placeholder"),
                            field("role", "contact.field.role", false, "contact.field.role.placeholder"),
                            field("organisation", "contact.field.organisation", false,
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
                    if (atLimit(context)) {
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

    private Prompt.Field field(String id, String labelKey, boolean required, String placeholderKey) {
        return new Prompt.Field(id, texts.get(labelKey), Prompt.TextLength.SHORT, required, NAME_MAX,
                texts.get(placeholderKey), "");
    }

    private Step duplicate(String next) {
        return Step.named("duplicate")
                .prompt(context -> {
                    List<Contact> similar = nearDuplicates(context);
                    List<Prompt.Option> options = new ArrayList<>();
                    for (Contact contact : similar) {
                        options.add(Prompt.Option.of(ContactOptionId.of(contact),
                                texts.get("contact.add.duplicate.same", "contact", format.shortName(contact))));
                    }
                    options.add(Prompt.Option.of("different", texts.get("contact.add.duplicate.different",
                            "name", context.answer("name"))));
                    String first = similar.isEmpty() ? context.answer("name") : format.shortName(similar.get(0));
                    return new Prompt.Choice(texts.get("contact.add.duplicate", "existing", first), options);
                })
                .help(texts.get("contact.add.duplicate.help"))
                .next(context -> ContactOptionId.isContact(context.answer("duplicate")) ? Next.finish()
                        : Next.goTo(next))
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

    private Step source(Function<StepContext, Next> next) {
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

    private Step reach() {
        return Step.named("reach")
                .prompt(context -> new Prompt.Text(texts.get("contact.add.reach", "name", context.answer("name")),
                        texts.get("contact.add.reach.label"), Prompt.TextLength.SHORT, REACH_MAX,
                        texts.get("contact.add.reach.placeholder"), ""))
                .optional()
                .check((values, context) -> {
                    String reach = values.getOrDefault("reach", "");
                    if (reach.isEmpty() || WayToReach.looksUsable(reach)) {
                        return new Validation.Valid(values);
                    }
                    return Validation.invalid(texts.get("contact.add.reach.invalid"));
                })
                .help(texts.get("contact.add.reach.help"))
                .next(context -> Next.goTo("confirm"))
                .build();
    }

    private Step confirm() {
        return Step.named("confirm")
                .prompt(context -> new Prompt.Confirm(texts.get("contact.add.confirm", "summary", draftSummary(context)),
                        texts.get("contact.add.confirm.yes"), texts.get("contact.add.confirm.no")))
                // Checked again as the contact is saved (in the same transaction): since the details, the flow may
                // have been set aside while others were added, or have added the referrer.
                .check((values, context) -> "yes".equals(values.get("confirm")) && atLimit(context)
                        ? Validation.invalid(texts.get("contact.add.limit", "max", maxContacts))
                        : new Validation.Valid(values))
                .next(context -> "yes".equals(context.answer("confirm")) ? Next.finish()
                        : Next.goTo("details", texts.get("contact.add.confirm.change")))
                .build();
    }

    private String draftSummary(StepContext context) {
        ContactAnswers answers = new ContactAnswers(context.answers());
        return format.draft(answers.name(),
                ContactFormatter.position(answers.answer("role"), answers.answer("organisation")), answers.warmth(),
                answers.source(), answers.referrerName(), answers.answer("why"), answers.answer("reach"));
    }

    // ---- saving ------------------------------------------------------------------------------------------------

    private Completion saveFromAdd(StepContext context) {
        Optional<Completion> kept = keptExisting(context);
        if (kept.isPresent()) {
            return kept.get();
        }
        ContactAnswers answers = new ContactAnswers(context.answers());
        NewContact contact = answers.toNewContact(context.user(), existing(context, answers.referrerId()));
        long id = save(context, contact);
        String next = contact.warmth() == Warmth.WARM ? "contact.add.saved.next-warm" : "contact.add.saved.next";
        return new Completion(List.of(texts.get("contact.add.saved", "name", contact.name()), texts.get(next)),
                Map.of(ContactFlows.SAVED_ID, Long.toString(id), ContactFlows.SAVED_NAME, contact.name()));
    }

    private Completion saveFromQuickAdd(StepContext context) {
        Optional<Completion> kept = keptExisting(context);
        if (kept.isPresent()) {
            return kept.get();
        }
        NewContact contact = new ContactAnswers(context.answers()).toQuickContact(context.user());
        if (atLimit(context)) {
            // Set aside and resumed after the last place was taken: the parent flow goes on with the name only.
            return new Completion(List.of(texts.get("contact.quick.limit", "name", contact.name(), "max", maxContacts)),
                    Map.of(ContactFlows.SAVED_ID, "", ContactFlows.SAVED_NAME, ""));
        }
        long id = save(context, contact);
        return new Completion(List.of(texts.get("contact.quick.saved", "name", contact.name())),
                Map.of(ContactFlows.SAVED_ID, Long.toString(id), ContactFlows.SAVED_NAME, contact.name()));
    }

    /** Whether the user keeps as many contacts as {@code contacts.max-per-user} allows. */
    private boolean atLimit(StepContext context) {
        return contacts.count(context.connection(), context.user()) >= maxContacts;
    }

    private long save(StepContext context, NewContact contact) {
        users.ensure(context.connection(), context.user(), context.now());
        return contacts.add(context.connection(), contact, context.now());
    }

    /** The existing contact the user said this one is, kept instead of adding a duplicate. */
    private Optional<Completion> keptExisting(StepContext context) {
        return ContactOptionId.picked(contacts, context, context.answer("duplicate")).map(existing -> new Completion(
                List.of(texts.get("contact.add.kept-existing", "name", existing.name())),
                Map.of(ContactFlows.SAVED_ID, Long.toString(existing.id()), ContactFlows.SAVED_NAME,
                        existing.name())));
    }

    /** The referrer's id when it is still one of the user's contacts. */
    private OptionalLong existing(StepContext context, OptionalLong id) {
        if (id.isEmpty() || contacts.find(context.connection(), context.user(), id.getAsLong()).isEmpty()) {
            return OptionalLong.empty();
        }
        return id;
    }

    private List<Contact> nearDuplicates(StepContext context) {
        return matcher.nearDuplicates(context.answer("name"), contacts.list(context.connection(), context.user()));
    }
}
