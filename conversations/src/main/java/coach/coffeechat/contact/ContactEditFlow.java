package coach.coffeechat.contact;

import static coach.coffeechat.contact.ContactAnswers.REFERRER;
import static coach.coffeechat.contact.ContactAnswers.REFERRER_ID;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code contact-edit}: changes one field of the contact {@code /contact edit} named. The field is picked (or
 * given as {@code field:}), then asked alone with its current value filled in ({@code value:} answers it at once),
 * checked as {@code contact-add} checks it ({@link ContactFieldSteps}); the referrer is asked by
 * {@link ReferrerSteps}, linked when they are a contact and kept as a name otherwise. Skipped, nothing changes.
 */
final class ContactEditFlow {
    /** The answer that names the field. */
    static final String FIELD = "field";
    /** The step that asks the new value, and its answer. */
    static final String VALUE = "value";

    private final Texts texts;
    private final ContactRepository contacts;
    private final ContactHandOff.Receiver handedIn;
    private final ContactFieldSteps fields;
    private final ReferrerSteps referrer;

    ContactEditFlow(Texts texts, ContactRepository contacts, ContactMatcher matcher,
                    ContactHandOff.Receiver handedIn) {
        this.texts = texts;
        this.contacts = contacts;
        this.handedIn = handedIn;
        this.fields = new ContactFieldSteps(texts);
        this.referrer = new ReferrerSteps(texts, contacts, matcher, context -> "", false);
    }

    /**
     * The launch answers for changing {@code field} of {@code contact}, or for asking which when it is null; the
     * name lets the referrer steps refuse the contact as their own referrer.
     */
    static Map<String, String> answers(Contact contact, ContactField field) {
        Map<String, String> answers = new HashMap<>(ContactHandOff.of(contact).answers());
        answers.put("name", contact.name());
        if (field != null) {
            answers.put(FIELD, field.id());
        }
        return answers;
    }

    /** The step a change of {@code field} starts at. */
    static String firstStep(ContactField field) {
        return field == ContactField.REFERRER ? REFERRER : VALUE;
    }

    Flow flow() {
        List<Step> steps = new ArrayList<>(List.of(field(), value()));
        steps.addAll(referrer.all());
        return Flow.of(ContactFlows.EDIT, () -> texts.get("contact.edit.title"), steps,
                context -> handedIn.finish(context, contact -> save(context, contact)));
    }

    private Step field() {
        return Step.named(FIELD)
                .prompt(context -> new Prompt.Choice(texts.get("contact.edit.which", "name",
                        handedIn.contactOrPlaceholder(context).name()), fields.options(List.of(ContactField.values()))))
                .next(context -> Next.goTo(firstStep(field(context))))
                .build();
    }

    private Step value() {
        return Step.named(VALUE)
                .prompt(context -> {
                    Contact contact = handedIn.contactOrPlaceholder(context);
                    ContactField field = field(context);
                    return fields.alone(field, contact.name(), field.of(contact));
                })
                // Skipped, the field stays as it was; sent empty, an optional field is cleared.
                .optional()
                .check((values, context) -> fields.problem(field(context), values.getOrDefault(VALUE, ""))
                        .<Validation>map(Validation::invalid).orElseGet(() -> new Validation.Valid(values)))
                .next(context -> Next.finish())
                .build();
    }

    private static ContactField field(StepContext context) {
        return ContactField.fromId(context.answer(FIELD)).orElse(ContactField.NAME);
    }

    private Completion save(StepContext context, Contact contact) {
        ContactField field = field(context);
        String label = fields.label(field);
        if (field == ContactField.REFERRER) {
            String name = context.answer(REFERRER).strip();
            OptionalLong id = context.answer(REFERRER_ID).isEmpty() ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(context.answer(REFERRER_ID)));
            if (id.isPresent() && contacts.find(context.connection(), context.user(), id.getAsLong()).isEmpty()) {
                id = OptionalLong.empty();
            }
            contacts.setReferrer(context.connection(), context.user(), contact.id(), id, name);
            return Completion.of(said(contact.name(), label, name));
        }
        if (!context.answers().containsKey(VALUE)) {
            return Completion.of(texts.get("contact.edit.skipped", "name", contact.name()));
        }
        String value = context.answer(VALUE);
        if (value.equals(field.of(contact))) {
            return Completion.of(texts.get("contact.edit.same", "name", contact.name(), "field", label,
                    "value", fields.shown(field, value)));
        }
        contacts.update(context.connection(), context.user(), contact.id(), field, value);
        String name = field == ContactField.NAME ? value : contact.name();
        return Completion.of(said(name, label, fields.shown(field, value)));
    }

    private String said(String name, String label, String value) {
        return value.isEmpty() ? texts.get("contact.edit.cleared", "name", name, "field", label)
                : texts.get("contact.edit.saved", "name", name, "field", label, "value", value);
    }
}
