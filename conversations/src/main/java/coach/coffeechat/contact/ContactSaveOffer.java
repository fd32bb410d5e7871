package coach.coffeechat.contact;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.user.UserRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The offer made under a quick {@code /draft}: save the person it was written to as a contact, in one click and no
 * questions. Cold without a referrer; lukewarm and referred with one, linked to the referrer when the user keeps
 * them as a contact. The user may ignore it: it is a {@link Flow#offer} and the next command closes it.
 */
final class ContactSaveOffer {
    static final String FLOW = "contact-save-offer";
    private static final String NAME = "name";
    private static final String REFERRER = "referrer";
    private static final String FIELD = "field";

    private final Texts texts;
    private final ContactRepository contacts;
    private final UserRepository users;
    private final int maxContacts;

    ContactSaveOffer(Texts texts, ContactRepository contacts, UserRepository users, int maxContacts) {
        this.texts = texts;
        this.contacts = contacts;
        this.users = users;
        this.maxContacts = maxContacts;
    }

    /** The answer that shows {@code notes} and offers to save {@code name}. */
    static CommandHandler.Launch launch(String name, String referrer, String field, List<String> notes) {
        return new CommandHandler.Launch(FLOW, Map.of(NAME, name, REFERRER, referrer, FIELD, field), notes, "");
    }

    Flow flow() {
        Step save = Step.named("save")
                .prompt(context -> new Prompt.Confirm(texts.get("contact.offer.ask", "name", context.answer(NAME)),
                        texts.get("contact.offer.yes"), texts.get("contact.offer.no")))
                .next(context -> Next.finish())
                .build();
        return Flow.offer(FLOW, () -> texts.get("contact.offer.title"), save, this::finish);
    }

    private Completion finish(StepContext context) {
        String name = context.answer(NAME);
        if (!"yes".equals(context.answer("save"))) {
            return Completion.of(texts.get("contact.offer.declined", "name", name));
        }
        List<Contact> kept = contacts.list(context.connection(), context.user());
        Optional<Contact> same = kept.stream().filter(contact -> ContactMatcher.sameName(contact.name(), name))
                .findFirst();
        if (same.isPresent()) {
            return Completion.of(texts.get("contact.offer.exists", "name", same.get().name()));
        }
        if (kept.size() >= maxContacts) {
            return Completion.of(texts.get("contact.add.limit", "max", maxContacts));
        }
        String referrer = context.answer(REFERRER);
        OptionalLong referrerId = kept.stream().filter(contact -> ContactMatcher.sameName(contact.name(), referrer))
                .mapToLong(Contact::id).findFirst();
        String field = context.answer(FIELD);
        users.ensure(context.connection(), context.user(), context.now());
        contacts.add(context.connection(), new NewContact(context.user(), name, "", "",
                referrer.isEmpty() ? Warmth.COLD : Warmth.LUKEWARM, referrer.isEmpty() ? Source.OTHER : Source.REFERRAL,
                referrerId, referrer, field.isEmpty() ? "" : texts.get("contact.offer.why", "field", field), ""),
                context.now());
        return Completion.of(texts.get("contact.offer.saved", "name", name));
    }
}
