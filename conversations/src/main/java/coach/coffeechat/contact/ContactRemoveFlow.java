package coach.coffeechat.contact;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import java.util.List;

/**
 * {@code contact-remove}: confirms before removing the contact {@code /contact remove} named, saying whom it
 * referred (they stay, without the link).
 */
final class ContactRemoveFlow {
    private final Texts texts;
    private final ContactRepository contacts;
    private final ContactHandOff.Receiver handedIn;

    ContactRemoveFlow(Texts texts, ContactRepository contacts, ContactHandOff.Receiver handedIn) {
        this.texts = texts;
        this.contacts = contacts;
        this.handedIn = handedIn;
    }

    Flow flow() {
        Step confirm = Step.named("confirm")
                .prompt(context -> {
                    Contact contact = handedIn.contactOrPlaceholder(context);
                    List<Contact> referred = contacts.referredBy(context.connection(), context.user(), contact.id());
                    String referrals = referred.isEmpty() ? "" : texts.get("contact.remove.referrals", "names",
                            String.join(", ", referred.stream().map(Contact::name).toList()));
                    return new Prompt.Confirm(texts.get("contact.remove.confirm", "name", contact.name(),
                            "referrals", referrals), texts.get("contact.remove.yes"), texts.get("contact.remove.no"));
                })
                .next(context -> Next.finish())
                .build();
        return Flow.of(ContactFlows.REMOVE, () -> texts.get("contact.remove.title"), List.of(confirm), context -> {
            Contact contact = handedIn.contactOrPlaceholder(context);
            if ("yes".equals(context.answer("confirm"))
                    && contacts.remove(context.connection(), context.user(), contact.id())) {
                return Completion.of(texts.get("contact.removed", "name", contact.name()));
            }
            return Completion.of(texts.get("contact.remove.kept", "name", contact.name()));
        });
    }
}
