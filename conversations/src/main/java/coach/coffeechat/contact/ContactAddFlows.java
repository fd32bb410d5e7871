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
 * flags a near duplicate. "Change something" at the confirmation asks which field and only that one, each step
 * then going back to the confirmation. {@code contact-quick-add} is the short version, also the sub-flow that adds
 * a referrer.
 * Both end by saving the contact, or keeping the existing one the user said it was, and hand its id and name on
 * as the flow's outputs ({@link ContactFlows#SAVED_ID}, {@link ContactFlows#SAVED_NAME}).
 */
final class ContactAddFlows {
    /** The answer of the "Change something" step: the field being changed, empty until the first confirmation. */
    /** The step (and answer) where the user picks a near duplicate to keep instead of adding. */
    static final String DUPLICATE = "duplicate";
    private static final String CHANGE = "change";
    /** The step that asks a text field alone when it is changed. */
    private static final String CHANGE_TEXT = "change-text";

    private final Texts texts;
    private final ContactRepository contacts;
    private final UserRepository users;
    private final ContactMatcher matcher;
    private final ContactFormatter format;
    private final ContactFieldSteps fields;
    private final ReferrerSteps referrer;
    private final int maxContacts;

    ContactAddFlows(Texts texts, ContactRepository contacts, UserRepository users, ContactMatcher matcher,
                    int maxContacts) {
        this.texts = texts;
        this.contacts = contacts;
        this.users = users;
        this.matcher = matcher;
        this.format = new ContactFormatter(texts);
        this.fields = new ContactFieldSteps(texts);
        this.referrer = new ReferrerSteps(texts, contacts, matcher,
                context -> changing(context) ? "confirm" : "reach", true);
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
                source(context -> changing(context) ? Next.goTo("confirm")
                        : Warmth.LUKEWARM.id().equals(context.answer("warmth")) ? Next.goTo("referrer")
                        : Next.goTo("reach"))));
        steps.addAll(referrer.all());
        steps.add(reach());
        steps.add(confirm());
        steps.add(change());
        steps.add(changeText());
        return Flow.of(ContactFlows.ADD, () -> texts.get("contact.add.title"), steps, this::saveFromAdd);
    }

    private Flow quickAdd() {
        return Flow.of(ContactFlows.QUICK_ADD, () -> texts.get("contact.quick.title"), List.of(
                details(false, "warmth"),
                duplicate("warmth"),
                warmth("source"),
                source(context -> Next.finish())), this::saveFromQuickAdd);
    }

    private Step details(boolean withWhy, String next) {
        return Step.named("details")
                .prompt(context -> {
                    List<Prompt.Field> form = new ArrayList<>(List.of(fields.formField(ContactField.NAME),
                            fields.formField(ContactField.ROLE), fields.formField(ContactField.ORGANISATION)));
                    if (withWhy) {
                        form.add(fields.formField(ContactField.WHY));
                    }
                    String key = withWhy ? "contact.add.details" : "contact.quick.details";
                    return new Prompt.Form(texts.get(key), texts.get("contact.add.form-title"), form);
                })
                .check((values, context) -> {
                    Optional<String> problem = fields.problem(ContactField.NAME, values.getOrDefault("name", ""));
                    if (problem.isPresent()) {
                        return Validation.invalid(problem.get());
                    }
                    if (atLimit(context)) {
                        return Validation.invalid(texts.get("contact.add.limit", "max", maxContacts));
                    }
                    Map<String, String> kept = new HashMap<>(values);
                    kept.put(DUPLICATE, "");
                    return new Validation.Valid(kept);
                })
                .help(() -> texts.get("contact.add.details.help"))
                .next(context -> nearDuplicates(context).isEmpty() ? Next.goTo(next) : Next.goTo(DUPLICATE))
                .build();
    }

    private Step duplicate(String next) {
        return Step.named(DUPLICATE)
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
                .help(() -> texts.get("contact.add.duplicate.help"))
                .next(context -> ContactOptionId.isContact(context.answer(DUPLICATE)) ? Next.finish()
                        : Next.goTo(changing(context) ? "confirm" : next))
                .build();
    }

    private Step warmth(String next) {
        return Step.named("warmth")
                .prompt(context -> {
                    Prompt.Choice choice = fields.warmth(context.answer("name"), "");
                    boolean hasWarm = contacts.list(context.connection(), context.user()).stream()
                            .anyMatch(c -> c.warmth() == Warmth.WARM);
                    return hasWarm ? choice : new Prompt.Choice(choice.text() + "\n"
                            + texts.get("contact.add.warmth.tip"), choice.options());
                })
                .help(() -> texts.get("contact.add.warmth.help"))
                .next(context -> {
                    ContactAnswers answers = new ContactAnswers(context.answers());
                    String then = !changing(context) ? next
                            : answers.warmth() == Warmth.LUKEWARM && !answers.namedReferrer() ? "referrer"
                            : "confirm";
                    return answers.warmth() == Warmth.COLD ? Next.goTo(then, texts.get("contact.add.cold-note"))
                            : Next.goTo(then);
                })
                .build();
    }

    private Step source(Function<StepContext, Next> next) {
        return Step.named("source")
                .prompt(context -> fields.source(context.answer("name"), ""))
                .next(next)
                .build();
    }

    private Step reach() {
        return Step.named("reach")
                .prompt(context -> fields.reach(context.answer("name"), ""))
                .optional()
                .check((values, context) -> fields.problem(ContactField.REACH, values.getOrDefault("reach", ""))
                        .<Validation>map(Validation::invalid).orElseGet(() -> new Validation.Valid(values)))
                .help(() -> texts.get("contact.add.reach.help"))
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
                .next(context -> "yes".equals(context.answer("confirm")) ? Next.finish() : Next.goTo(CHANGE))
                .build();
    }

    /** "Change something": the field to change, then that field alone, then the confirmation again. */
    private Step change() {
        return Step.named(CHANGE)
                .prompt(context -> {
                    List<ContactField> changeable = new ArrayList<>(List.of(ContactField.values()));
                    if (new ContactAnswers(context.answers()).warmth() != Warmth.LUKEWARM) {
                        changeable.remove(ContactField.REFERRER);
                    }
                    return new Prompt.Choice(texts.get("contact.add.change"), fields.options(changeable));
                })
                .next(context -> switch (ContactField.fromId(context.answer(CHANGE)).orElseThrow()) {
                    case WARMTH -> Next.goTo("warmth");
                    case SOURCE -> Next.goTo("source");
                    case REFERRER -> Next.goTo("referrer");
                    case REACH -> Next.goTo("reach");
                    default -> Next.goTo(CHANGE_TEXT);
                })
                .build();
    }

    /** A text field of the details form asked alone, its answer filled in, checked as in the form. */
    private Step changeText() {
        return Step.named(CHANGE_TEXT)
                .prompt(context -> {
                    ContactField field = changed(context);
                    return fields.alone(field, context.answer("name"), context.answer(field.id()));
                })
                // Skipped, the field stays as it was; sent empty, an optional field is cleared.
                .optional()
                .check((values, context) -> {
                    ContactField field = changed(context);
                    String value = values.getOrDefault(CHANGE_TEXT, "");
                    // Kept under the field's own key only, so the next change shows its own answer.
                    return fields.problem(field, value).<Validation>map(Validation::invalid)
                            .orElseGet(() -> Validation.valid(field.id(), value));
                })
                .next(context -> changed(context) == ContactField.NAME && !nearDuplicates(context).isEmpty()
                        ? Next.goTo(DUPLICATE) : Next.goTo("confirm"))
                .build();
    }

    private static ContactField changed(StepContext context) {
        return ContactField.fromId(context.answer(CHANGE)).orElse(ContactField.NAME);
    }

    /** Whether the user is changing one field after the confirmation, so each step goes back to it. */
    private static boolean changing(StepContext context) {
        return !context.answer(CHANGE).isEmpty();
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
        return ContactOptionId.picked(contacts, context, context.answer(DUPLICATE)).map(existing -> new Completion(
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
