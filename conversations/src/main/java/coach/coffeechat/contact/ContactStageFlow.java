package coach.coffeechat.contact;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Completion;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Step;
import coach.coffeechat.engine.StepContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code contact-stage}: offers the stages for the contact {@code /contact stage} named, its current one picked,
 * and moves it; {@link #moveStage} also serves the command when it names the stage itself.
 */
final class ContactStageFlow {
    private final Texts texts;
    private final ContactRepository contacts;
    private final ContactFormatter format;
    private final ContactHandOff.Receiver handedIn;

    ContactStageFlow(Texts texts, ContactRepository contacts, ContactHandOff.Receiver handedIn) {
        this.texts = texts;
        this.contacts = contacts;
        this.format = new ContactFormatter(texts);
        this.handedIn = handedIn;
    }

    Flow flow() {
        Step pick = Step.named("stage")
                .prompt(context -> {
                    Contact contact = handedIn.contactOrPlaceholder(context);
                    List<Prompt.Option> options = new ArrayList<>();
                    for (Stage stage : Stage.values()) {
                        options.add(Prompt.Option.of(stage.id(), format.label(stage)));
                    }
                    return new Prompt.Choice(texts.get("contact.stage.ask", "name", contact.name(),
                            "stage", format.label(contact.stage())), options, contact.stage().id());
                })
                .next(context -> Next.finish())
                .build();
        return Flow.of(ContactFlows.STAGE, () -> texts.get("contact.stage.title"), List.of(pick), context -> Completion.of(
                moveStage(context, handedIn.contactOrPlaceholder(context),
                        Stage.fromId(context.answer("stage")).orElseThrow())));
    }

    /** Moves a contact's stage and says what happened. */
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
}
