package coach.coffeechat.contact;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.user.UserRepository;
import java.util.ArrayList;
import java.util.List;

/**
 * The flows that pick and manage contacts, and the ids and outputs they share: {@code contact-add} and
 * {@code contact-quick-add} ({@link ContactAddFlows}), {@code contact-remove} ({@link ContactRemoveFlow}),
 * {@code contact-stage} ({@link ContactStageFlow}), which confirm or pick before they change anything, and
 * {@code contact-edit} ({@link ContactEditFlow}), which changes one field.
 */
final class ContactFlows {
    static final String ADD = "contact-add";
    static final String QUICK_ADD = "contact-quick-add";
    static final String REMOVE = "contact-remove";
    static final String STAGE = "contact-stage";
    static final String EDIT = "contact-edit";

    /** Outputs of the add flows: the contact saved, or kept instead of a duplicate. */
    static final String SAVED_ID = "saved-contact-id";
    static final String SAVED_NAME = "saved-contact-name";

    private final ContactAddFlows add;
    private final ContactRemoveFlow remove;
    private final ContactStageFlow stage;
    private final ContactEditFlow edit;

    ContactFlows(Texts texts, ContactRepository contacts, UserRepository users, ContactMatcher matcher,
                 int maxContacts) {
        ContactHandOff.Receiver handedIn = new ContactHandOff.Receiver(contacts, texts);
        this.add = new ContactAddFlows(texts, contacts, users, matcher, maxContacts);
        this.remove = new ContactRemoveFlow(texts, contacts, handedIn);
        this.stage = new ContactStageFlow(texts, contacts, handedIn);
        this.edit = new ContactEditFlow(texts, contacts, matcher, handedIn);
    }

    List<Flow> all() {
        List<Flow> all = new ArrayList<>(add.all());
        all.add(remove.flow());
        all.add(stage.flow());
        all.add(edit.flow());
        return all;
    }

    /** Moves a contact's stage and says what happened; shared by the flow and the one-line command. */
    String moveStage(StepContext context, Contact contact, Stage to) {
        return stage.moveStage(context, contact, to);
    }
}
