package coach.coffeechat.contact;

import static coach.coffeechat.contact.ContactAnswers.REFERRER;
import static coach.coffeechat.contact.ContactAnswers.REFERRER_ID;
import static coach.coffeechat.contact.ContactAnswers.REFERRER_NEW;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The steps of {@code contact-add} that ask who referred the user to a lukewarm contact: the name typed is
 * recognised among the user's contacts (linked at once), offered as candidates to pick from, or added in the
 * {@code contact-quick-add} sub-flow (when the flow offers it), or kept as a name only; skipped or left blank,
 * there is no referrer. All of them go on to the step the flow says ({@code reach} while adding), or end the flow
 * ({@code contact-edit}).
 */
final class ReferrerSteps {
    /** The step (and answer) where the user picks the referrer among contacts with a similar name. */
    static final String PICK = "referrer-pick";
    private static final int NAME_MAX = 100;

    private final Texts texts;
    private final ContactRepository contacts;
    private final ContactMatcher matcher;
    private final ContactFormatter format;
    private final Function<StepContext, String> then;
    private final boolean offerToAdd;

    /**
     * @param then the step the referrer steps lead to, or empty to end the flow there
     * @param offerToAdd whether a referrer who is not a contact may be added in {@code contact-quick-add} (else the
     *     name is kept as it is)
     */
    ReferrerSteps(Texts texts, ContactRepository contacts, ContactMatcher matcher, Function<StepContext, String> then,
                  boolean offerToAdd) {
        this.texts = texts;
        this.contacts = contacts;
        this.matcher = matcher;
        this.format = new ContactFormatter(texts);
        this.then = then;
        this.offerToAdd = offerToAdd;
    }

    /** The steps, by id: referrer, referrer-pick, and referrer-new when a new referrer may be added. */
    List<Step> all() {
        return offerToAdd ? List.of(referrer(), referrerPick(), referrerNew()) : List.of(referrer(), referrerPick());
    }

    /** Where the steps lead: {@code then}, or the end of the flow. */
    private Next onwards(StepContext context, String... notes) {
        String step = then.apply(context);
        return step.isEmpty() ? Next.finish() : Next.goTo(step, notes);
    }

    /** The referrer not found among the contacts: offered to add, or kept as a name. */
    private Next unknown(StepContext context) {
        return offerToAdd ? Next.goTo(REFERRER_NEW) : onwards(context);
    }

    private Step referrer() {
        return Step.named(REFERRER)
                .prompt(context -> new Prompt.Text(texts.get("contact.add.referrer", "name", context.answer("name")),
                        texts.get("contact.add.referrer.label"), Prompt.TextLength.SHORT, NAME_MAX,
                        texts.get("contact.add.referrer.placeholder"), ""))
                .optional()
                .check((values, context) -> {
                    String typed = values.getOrDefault(REFERRER, "");
                    if (ContactMatcher.normalise(typed).equals(ContactMatcher.normalise(context.answer("name")))) {
                        return Validation.invalid(texts.get("contact.add.referrer.self", "name", typed));
                    }
                    Map<String, String> kept = new HashMap<>(values);
                    kept.put(REFERRER_ID, "");
                    if (resolve(context, typed) instanceof ContactMatcher.Exact exact) {
                        kept.put(REFERRER_ID, Long.toString(exact.contact().id()));
                        kept.put(REFERRER, exact.contact().name());
                    }
                    return new Validation.Valid(kept);
                })
                .help(() -> texts.get("contact.add.referrer.help"))
                .next(context -> {
                    // Skipped or left blank, there is no referrer: a skipped optional answer is no name.
                    if (context.answer(REFERRER).isBlank()) {
                        return onwards(context);
                    }
                    ContactMatcher.Resolution found = resolve(context, context.answer(REFERRER));
                    if (found instanceof ContactMatcher.Exact exact) {
                        return onwards(context, texts.get("contact.add.referrer.linked",
                                "referrer", format.shortName(exact.contact())));
                    }
                    return found instanceof ContactMatcher.Candidates ? Next.goTo(PICK)
                            : unknown(context);
                })
                .build();
    }

    private Step referrerPick() {
        return Step.named(PICK)
                .prompt(context -> {
                    String typed = context.answer(REFERRER);
                    List<Prompt.Option> options = new ArrayList<>();
                    if (resolve(context, typed) instanceof ContactMatcher.Candidates candidates) {
                        for (Contact contact : candidates.contacts()) {
                            options.add(Prompt.Option.of(ContactOptionId.of(contact), format.shortName(contact)));
                        }
                    }
                    options.add(Prompt.Option.of("new", texts.get("contact.add.referrer-pick.new", "typed", typed)));
                    return new Prompt.Choice(texts.get("contact.add.referrer-pick", "typed", typed), options);
                })
                .check((values, context) -> {
                    Map<String, String> kept = new HashMap<>(values);
                    Optional<Contact> contact = ContactOptionId.picked(contacts, context,
                            values.getOrDefault(PICK, ""));
                    kept.put(REFERRER_ID, contact.map(c -> Long.toString(c.id())).orElse(""));
                    contact.ifPresent(c -> kept.put(REFERRER, c.name()));
                    return new Validation.Valid(kept);
                })
                .next(context -> context.answer(REFERRER_ID).isEmpty() ? unknown(context) : onwards(context))
                .build();
    }

    private Step referrerNew() {
        return Step.named(REFERRER_NEW)
                .prompt(context -> {
                    String typed = context.answer(REFERRER);
                    return new Prompt.Choice(texts.get("contact.add.referrer-new", "typed", typed), List.of(
                            Prompt.Option.of("add", texts.get("contact.add.referrer-new.add", "typed", typed)),
                            Prompt.Option.of("name-only", texts.get("contact.add.referrer-new.name-only"))));
                })
                .next(context -> "add".equals(context.answer(REFERRER_NEW))
                        ? new Next.StartSubFlow(ContactFlows.QUICK_ADD, Map.of("name", context.answer(REFERRER)),
                                then.apply(context))
                        : onwards(context))
                .build();
    }

    private ContactMatcher.Resolution resolve(StepContext context, String typed) {
        return matcher.resolve(typed, contacts.list(context.connection(), context.user()));
    }
}
